// Validates an integration's config against its template, for create (a whole config) and
// update (a patch merged onto the stored config, as Posit's PATCH and connectapi's
// update_integration expect). Pure: no I/O, safe on the client.
//
// Value rules (explicit, because clients differ in what they send):
// - field values are strings; non-secret ones are trimmed, secrets kept verbatim;
// - bool options take true/false or the strings "true"/"false" and are stored as booleans;
// - select options take one of their values exactly;
// - null, or a blank string, means "not given": the default applies, or the required check
//   fires. In an update, that unsets a non-secret key; for a secret, "" keeps the stored value
//   and null clears it (clearing is explicit, never a side effect of an empty form field);
// - keys of options or fields hidden by the chosen options (e.g. auth_mode on a Service
//   Account) are dropped, and a stored secret that became hidden is cleared;
// - `auth_type` on a single-auth-type template is accepted when it names that type, not stored.
import { isFieldRequired, isFieldVisible, resolveOptionValues } from "./conditions";
import { configMessages, fieldValueError, isBlankValue, normalizeFieldValue, parseOptionValue } from "./field-values";
import { TEMPLATE_IDS, getTemplate } from "./registry";
import type { AuthType, ConfigValue, Template } from "./types";

export type ConfigError = { path: string; message: string };

export type ConfigVerdict =
  | {
      ok: true;
      authType: AuthType;
      /** Non-secret config with defaults applied: what to store and return. */
      config: Record<string, ConfigValue>;
      /** Secret values given in this request, to encrypt. Never part of `config`. */
      secrets: Record<string, string>;
      /** Update only: stored secrets to delete (explicit null, or no longer applicable). */
      clearedSecrets?: string[];
    }
  | { ok: false; errors: ConfigError[] };

type Parsed = {
  /** `null` = explicitly unset. */
  values: Record<string, ConfigValue | null>;
  secrets: Record<string, string>;
  clears: string[];
};

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function findTemplate(templateId: string, errors: ConfigError[]): Template | undefined {
  const template = getTemplate(templateId);
  if (!template) errors.push({ path: "template", message: configMessages.unknownTemplate(templateId, TEMPLATE_IDS) });
  return template;
}

function parseEntries(template: Template, raw: Record<string, unknown>, errors: ConfigError[]): Parsed {
  const parsed: Parsed = { values: {}, secrets: {}, clears: [] };
  for (const [key, value] of Object.entries(raw)) {
    const fail = (message: string) => errors.push({ path: key, message });
    const option = template.options.find((candidate) => candidate.name === key);
    if (option) {
      const result = parseOptionValue(option, value);
      if (!result.ok) fail(result.message);
      else parsed.values[key] = result.value ?? null;
      continue;
    }
    const field = template.fields.find((candidate) => candidate.name === key);
    if (!field) {
      const onlyAuthType = template.auth_types[0];
      if (key !== "auth_type") fail(configMessages.unknownKey(key, template.id));
      else if (value !== null && value !== "" && value !== onlyAuthType) fail(configMessages.notOneOf(key, [onlyAuthType]));
      continue;
    }
    if (value === null || value === undefined) {
      if (field.secret) parsed.clears.push(key);
      else parsed.values[key] = null;
    } else if (typeof value !== "string") {
      fail(configMessages.notAString(key));
    } else if (field.secret) {
      if (!isBlankValue(value)) parsed.secrets[key] = value;
    } else {
      const normalized = normalizeFieldValue(field, value);
      parsed.values[key] = isBlankValue(normalized) ? null : normalized;
    }
  }
  return parsed;
}

/** Applies options, visibility, defaults, patterns and requirements to merged values. */
function finish(
  template: Template,
  given: Record<string, ConfigValue>,
  newSecrets: Record<string, string>,
  storedSecrets: ReadonlySet<string>,
  errors: ConfigError[],
): ConfigVerdict {
  const optionValues = resolveOptionValues(template, given);
  const config: Record<string, ConfigValue> = {};
  for (const option of template.options) {
    if (option.name in optionValues) config[option.name] = optionValues[option.name];
  }
  const secrets: Record<string, string> = {};
  const clearedSecrets: string[] = [];
  for (const field of template.fields) {
    const fail = (message: string) => errors.push({ path: field.name, message });
    if (!isFieldVisible(field, optionValues)) {
      if (field.secret && storedSecrets.has(field.name)) clearedSecrets.push(field.name);
      continue;
    }
    const value = field.secret ? newSecrets[field.name] : (given[field.name] ?? field.default ?? undefined);
    if (value === undefined || (typeof value === "string" && isBlankValue(value))) {
      const satisfied = field.secret && storedSecrets.has(field.name);
      if (!satisfied && isFieldRequired(field, optionValues)) fail(configMessages.required(field.name));
      continue;
    }
    if (typeof value !== "string") {
      fail(configMessages.notAString(field.name));
      continue;
    }
    const problem = fieldValueError(field, value);
    if (problem) fail(problem);
    else if (field.secret) secrets[field.name] = value;
    else config[field.name] = value;
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, authType: optionValues.auth_type as AuthType, config, secrets, clearedSecrets };
}

/** POST: `config` is the whole config. */
export function validateConfigForCreate(templateId: string, config: unknown): ConfigVerdict {
  const errors: ConfigError[] = [];
  const template = findTemplate(templateId, errors);
  if (!template) return { ok: false, errors };
  if (!isPlainObject(config)) return { ok: false, errors: [{ path: "config", message: configMessages.notAnObject() }] };
  const parsed = parseEntries(template, config, errors);
  const given = withoutNulls(parsed.values);
  const verdict = finish(template, given, parsed.secrets, new Set(), errors);
  if (!verdict.ok) return verdict;
  const { clearedSecrets: _none, ...created } = verdict;
  return created;
}

/**
 * PATCH: `patch` is merged onto `storedConfig` (the non-secret config as stored); keys it omits
 * keep their stored value. `setSecretNames` are the secrets already stored, which satisfy a
 * required secret the patch does not repeat.
 */
export function validateConfigForUpdate(
  templateId: string,
  storedConfig: Readonly<Record<string, unknown>>,
  setSecretNames: readonly string[],
  patch: unknown,
): ConfigVerdict {
  const errors: ConfigError[] = [];
  const template = findTemplate(templateId, errors);
  if (!template) return { ok: false, errors };
  if (!isPlainObject(patch)) return { ok: false, errors: [{ path: "config", message: configMessages.notAnObject() }] };

  // Stored values passed validation once; keys the registry no longer knows are left behind
  // rather than blocking every later edit.
  const secretNames = new Set(template.fields.filter((field) => field.secret).map((field) => field.name));
  const known = new Set([...template.options.map((option) => option.name), ...template.fields.map((field) => field.name)]);
  const storedKnown = Object.fromEntries(
    Object.entries(isPlainObject(storedConfig) ? storedConfig : {}).filter(([key]) => known.has(key) && !secretNames.has(key)),
  );
  const stored = parseEntries(template, storedKnown, []);
  const changes = parseEntries(template, patch, errors);

  const merged: Record<string, ConfigValue | null> = { ...stored.values, ...changes.values };
  const setBefore = setSecretNames.filter((name) => secretNames.has(name));
  const kept = new Set(setBefore.filter((name) => !changes.clears.includes(name)));
  const verdict = finish(template, withoutNulls(merged), changes.secrets, kept, errors);
  if (!verdict.ok) return verdict;
  const explicit = changes.clears.filter((name) => setBefore.includes(name));
  const clearedSecrets = [...new Set([...explicit, ...(verdict.clearedSecrets ?? [])])];
  return { ...verdict, clearedSecrets };
}

function withoutNulls(values: Record<string, ConfigValue | null>): Record<string, ConfigValue> {
  const result: Record<string, ConfigValue> = {};
  for (const [key, value] of Object.entries(values)) if (value !== null) result[key] = value;
  return result;
}
