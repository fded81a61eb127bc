// Puts a failed action's field errors under their inputs (focusing the first) and returns what
// belongs in the form's banner instead.
import type { UseFormSetError } from "react-hook-form";
import type { ActionFailure } from "@/lib/action-result";
import type { Template } from "@/lib/templates/types";
import { humanizeConfigMessage } from "./config-messages";
import { mapServerFieldErrors, type IntegrationFormValues } from "./integration-form-schema";

export function applyServerErrors(setError: UseFormSetError<IntegrationFormValues>, template: Template, failure: ActionFailure): string[] {
  const { fields, other } = mapServerFieldErrors(template, failure.fieldErrors);
  fields.forEach(([path, message], index) => setError(path, { type: "server", message }, { shouldFocus: index === 0 }));
  if (other.length > 0) return other.map((message) => humanizeConfigMessage(template, message));
  return fields.length > 0 ? [] : [humanizeConfigMessage(template, failure.error)];
}
