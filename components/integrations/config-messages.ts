// The registry's messages name config keys ("config key tenant_id is required") because API
// clients send keys; a person filling the form reads labels ("Tenant ID is required").
import type { Template } from "@/lib/templates/types";

export function humanizeConfigMessage(template: Template, message: string): string {
  const label = (key: string) => [...template.fields, ...template.options].find((item) => item.name === key)?.label ?? key;
  return message
    .replace(/^(?:The )?config key (\w+) (must|is) /, (_, key: string, verb: string) => `${label(key)} ${verb} `)
    .replace(/^config key (\w+): (must .*)$/, (_, key: string, rest: string) => `${label(key)} ${rest}`)
    .replace(/^config key (\w+): /, (_, key: string) => `${label(key)}: `)
    .replace(/^unknown config key "(\w+)".*$/, (_, key: string) => `${label(key)} is not a setting of this template`);
}
