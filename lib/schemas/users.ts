import { z } from "zod";
import { ROLES } from "@/lib/permissions";

export const MIN_PASSWORD_LENGTH = 12;

export const roleSchema = z.enum(ROLES, { error: "Role must be admin, publisher or viewer" });

export const emailSchema = z.string().trim().toLowerCase().max(320, "Email is too long").pipe(z.email("Enter a valid email address"));

export const passwordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `Password must be at least ${MIN_PASSWORD_LENGTH} characters`)
  .max(1024, "Password is too long");

/** Posit's username: letters, digits, ".", "_", "-" (stored lower-case, unique). */
export const usernameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, "Username is required")
  .max(64, "Username must be at most 64 characters")
  .regex(/^[a-z0-9._-]+$/, "Username may contain only letters, digits, '.', '_' and '-'");

/** A first or last name. U+0000 is refused: PostgreSQL cannot store it (a 500 otherwise). */
export const personNameSchema = z.string().trim().max(100, "At most 100 characters").regex(/^[^\u0000]*$/, "Must not contain U+0000");

export const createUserSchema = z.object({
  email: emailSchema,
  /** Derived from the email when not given. */
  username: usernameSchema.optional(),
  firstName: personNameSchema.default(""),
  lastName: personNameSchema.default(""),
  role: roleSchema,
  password: passwordSchema,
});
export type CreateUserInput = z.input<typeof createUserSchema>;

export const changeRoleSchema = z.object({ role: roleSchema, version: z.number().int().positive() });
export const lockSchema = z.strictObject({ locked: z.boolean({ error: "locked must be true or false" }) });
export const setDisabledSchema = z.object({ disabled: z.boolean(), version: z.number().int().positive() });

/** Changes to a user through Posit's `PUT|PATCH v1/users/{guid}`: only what is given changes. */
export const updateUserSchema = z.object({
  email: emailSchema.optional(),
  username: usernameSchema.optional(),
  firstName: personNameSchema.optional(),
  lastName: personNameSchema.optional(),
  role: roleSchema.optional(),
});
export type UpdateUserInput = z.input<typeof updateUserSchema>;

export type MemberDto = {
  userId: string;
  email: string;
  username: string;
  firstName: string;
  lastName: string;
  role: string;
  disabled: boolean;
  createdAt: string;
  /** The later of the account's and the membership's last change. */
  updatedAt: string;
  /** The membership's version (role, lock in this organisation). */
  version: number;
  /** The account's version (email, username, names: shared by every organisation it belongs to). */
  accountVersion: number;
};

export const MEMBER_SORTS = ["email", "-email", "name", "-name", "role", "-role", "created", "-created"] as const;

/** The Users list's URL state; anything malformed falls back to the default. */
export const memberListQuerySchema = z.object({
  q: z.string().trim().max(200).catch(""),
  role: z.enum(["", ...ROLES]).catch(""),
  status: z.enum(["", "active", "disabled"]).catch(""),
  sort: z.enum(MEMBER_SORTS).catch("email"),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
  size: z.coerce.number().pipe(z.union([z.literal(10), z.literal(25), z.literal(50), z.literal(100)])).catch(25),
});
export type MemberListQuery = z.infer<typeof memberListQuerySchema>;

// Posit Connect's user bodies (`POST v1/users`, `PUT|PATCH v1/users/{guid}`). Unknown keys are
// refused; Posit's `unique_id` (remote authentication providers) is accepted and ignored, and
// `user_must_set_password` only as false (this console sends no email: a password is required).
export const POSIT_ROLES = ["administrator", "publisher", "viewer"] as const;
const positRoleSchema = z.enum(POSIT_ROLES, { error: "user_role must be administrator, publisher or viewer" });
const positName = personNameSchema.nullish();

export const positCreateUserSchema = z.strictObject({
  username: usernameSchema.optional().meta({ description: "Letters, digits, `.`, `_`, `-`; unique. Derived from the email when omitted." }),
  email: emailSchema,
  password: passwordSchema,
  first_name: positName,
  last_name: positName,
  user_role: positRoleSchema.optional().meta({ description: "Defaults to viewer." }),
  user_must_set_password: z.literal(false, { error: "user_must_set_password is not supported: give a password" }).optional(),
  unique_id: z.string().max(200).nullish(),
});

export const positUpdateUserSchema = z.strictObject({
  email: emailSchema.optional(),
  username: usernameSchema.optional(),
  first_name: positName,
  last_name: positName,
  user_role: positRoleSchema.optional(),
  unique_id: z.string().max(200).nullish(),
});
