// The rules a new password must meet, shown on the forms before submitting (no zod here: the pages
// that show them load this alone). lib/schemas/auth.ts and the services check them.
export const PASSWORD_RULES = ["At least 12 characters", "Not your email address", "Different from your current password"] as const;
