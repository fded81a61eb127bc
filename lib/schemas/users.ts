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
  /**
   * For a new account: the initial password (changed at its first console sign-in). Without one,
   * or for an email that already has an account, an invitation link is made instead; a password
   * given for an existing account is never applied.
   */
  password: z.union([z.literal(""), passwordSchema]).optional(),
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

/** A person invited into the organisation, not yet a member: nothing of their account beyond the address the admin gave. */
export type PendingDto = {
  userId: string;
  email: string;
  role: string;
  invitedAt: string;
  expiresAt: string;
  expired: boolean;
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
// refused; Posit's `unique_id` (remote authentication providers) is accepted and ignored.
// `user_must_set_password: true` (no password) invites the person to set their own through a link.
export const POSIT_ROLES = ["administrator", "publisher", "viewer"] as const;
const positRoleSchema = z.enum(POSIT_ROLES, { error: "user_role must be administrator, publisher or viewer" });
const positName = personNameSchema.nullish();

export const positCreateUserSchema = z
  .strictObject({
    username: usernameSchema.optional().meta({ description: "Letters, digits, `.`, `_`, `-`; unique. Derived from the email when omitted." }),
    email: emailSchema,
    password: passwordSchema.optional().meta({ description: "For a new account; never applied to an email that already has one (that person is invited)." }),
    first_name: positName,
    last_name: positName,
    user_role: positRoleSchema.optional().meta({ description: "Defaults to viewer." }),
    user_must_set_password: z.boolean().optional().meta({ description: "true (without `password`): the person sets their own password through an invitation link." }),
    unique_id: z.string().max(200).nullish(),
  })
  .refine((b) => (b.password === undefined) === (b.user_must_set_password === true), {
    error: "Give a password, or user_must_set_password: true without one",
    path: ["password"],
  });

export const positUpdateUserSchema = z.strictObject({
  email: emailSchema.optional(),
  username: usernameSchema.optional(),
  first_name: positName,
  last_name: positName,
  user_role: positRoleSchema.optional(),
  unique_id: z.string().max(200).nullish(),
});
