// The integration form's zod schema, built from the template registry: name and description use
// the API's own schemas, `config` the registry's form schema (which agrees with the server
// validator message for message). The forms load it after the page (useLazyZodResolver), so zod
// is not part of their first load. Client-safe.
import { z } from "zod";
import { integrationDescriptionSchema, integrationNameSchema, principalChoiceSchema, tagsSchema } from "@/lib/schemas/integrations";
import type { Template } from "@/lib/templates/types";
import { buildTemplateFormSchema, type TemplateFormOptions } from "@/lib/templates/zod";

export function integrationFormSchema(template: Template, options: TemplateFormOptions) {
  return z.object({
    // The API accepts an empty name (Posit does); the console asks for one so lists stay readable.
    name: integrationNameSchema.min(1, "Name is required"),
    description: integrationDescriptionSchema,
    tags: tagsSchema,
    permissions: z.array(principalChoiceSchema).max(200, "At most 200 people and groups"),
    config: buildTemplateFormSchema(template, options),
    secretExpiresOn: z.union([z.literal(""), z.iso.date("Enter a date")]),
  });
}
