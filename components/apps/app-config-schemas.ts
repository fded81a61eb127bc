import type { JsonSchema } from "@/components/switchboard/json-schema-fields";
import { appAuthConfigJsonSchema, AUTH_CONFIG_TYPES, type AuthConfigType } from "@/lib/schemas/apps";

/** The JSON Schema of every auth-config type, for the app form's fieldsets. */
export const appConfigSchemas = () => Object.fromEntries(AUTH_CONFIG_TYPES.map((t) => [t, appAuthConfigJsonSchema(t) as JsonSchema])) as Record<AuthConfigType, JsonSchema>;
