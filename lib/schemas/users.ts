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

export const createUserSchema = z.object({
  email: emailSchema,
  /** Derived from the email when not given. */
  username: usernameSchema.optional(),
  firstName: z.string().trim().max(100, "At most 100 characters").default(""),
  lastName: z.string().trim().max(100, "At most 100 characters").default(""),
  role: roleSchema,
  password: passwordSchema,
});
export type CreateUserInput = z.input<typeof createUserSchema>;

export const changeRoleSchema = z.object({ role: roleSchema, version: z.number().int().positive() });
export const lockSchema = z.strictObject({ locked: z.boolean({ error: "locked must be true or false" }) });
export const setDisabledSchema = z.object({ disabled: z.boolean(), version: z.number().int().positive() });

export type MemberDto = {
  userId: string;
  email: string;
  username: string;
  firstName: string;
  lastName: string;
  role: string;
  disabled: boolean;
  createdAt: string;
  version: number;
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
