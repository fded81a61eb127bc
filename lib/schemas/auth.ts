import { z } from "zod";

export const loginSchema = z.object({
  email: z.string().trim().min(1, "Enter your email").max(320, "Email is too long"),
  password: z.string().min(1, "Enter your password").max(1024, "Password is too long"),
});
export type LoginInput = z.infer<typeof loginSchema>;


const newPasswordFields = {
  newPassword: z.string().min(12, "At least 12 characters").max(1024, "Password is too long"),
  confirmPassword: z.string().max(1024, "Password is too long"),
};

const confirmed = <T extends { newPassword: string; confirmPassword: string }>(value: T, ctx: z.RefinementCtx) => {
  if (value.newPassword !== value.confirmPassword) ctx.addIssue({ code: "custom", path: ["confirmPassword"], message: "The two passwords differ" });
};

/** Change your own password: the current one, the new one twice. */
export const changePasswordSchema = z
  .object({ currentPassword: z.string().min(1, "Enter your current password").max(1024, "Password is too long"), ...newPasswordFields })
  .superRefine((value, ctx) => {
    confirmed(value, ctx);
    if (value.currentPassword && value.newPassword === value.currentPassword) {
      ctx.addIssue({ code: "custom", path: ["newPassword"], message: "Choose a password different from your current one" });
    }
  });
export type ChangePasswordInput = z.input<typeof changePasswordSchema>;

/** Set a password through a one-time link (a reset link, or an invitation of a new account). */
export const setPasswordSchema = z.object({ token: z.string().min(1).max(200), ...newPasswordFields }).superRefine(confirmed);
export type SetPasswordInput = z.input<typeof setPasswordSchema>;
