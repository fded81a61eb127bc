import "server-only";
// Maps the template registry's verdict onto AppError: the first problem as the message (Posit
// clients show one string), every problem per field for the console's form.
import { AppError } from "@/lib/errors";
import { validateConfigForCreate, validateConfigForUpdate } from "@/lib/templates/validate";

type Verdict = ReturnType<typeof validateConfigForCreate>;
type Accepted = Extract<Verdict, { ok: true }>;

function accept(verdict: Verdict): Accepted {
  if (verdict.ok) return verdict;
  const fieldErrors: Record<string, string[]> = {};
  for (const { path, message } of verdict.errors) (fieldErrors[path || "config"] ??= []).push(message);
  throw new AppError("validation_failed", verdict.errors[0]?.message ?? "Invalid config", { fieldErrors });
}

export const acceptConfigForCreate = (template: string, config: Record<string, unknown>) => accept(validateConfigForCreate(template, config));

export const acceptConfigForUpdate = (template: string, stored: Record<string, unknown>, setSecrets: string[], patch: Record<string, unknown>) =>
  accept(validateConfigForUpdate(template, stored, setSecrets, patch));
