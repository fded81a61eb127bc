// Which config fields decide where an integration's client secret is sent: the placeholders of
// the template's token URL (tenant id, account URL, workspace URL, Salesforce domain…), its
// origin fields and its endpoint URIs (authorization_uri, token_uri). Changing any of them
// points the credential at a new place, so the stored secret must be entered again.
import type { ConfigValues, Template } from "./types";

const URI_FIELD = /_(uri|url)$/;

export function endpointFieldNames(template: Template): string[] {
  const names = new Set<string>();
  for (const match of template.verify?.token_url.matchAll(/\{([a-z_]+)\}/g) ?? []) names.add(match[1]);
  for (const field of template.fields) {
    if (field.secret) continue;
    if (field.normalize === "origin" || URI_FIELD.test(field.name)) names.add(field.name);
  }
  return [...names];
}

const valueOf = (config: ConfigValues, name: string) => {
  const value = config[name];
  return typeof value === "string" ? value.trim() : "";
};

/** The endpoint fields whose value differs between two configs of one template. */
export function changedEndpointFields(template: Template, before: ConfigValues, after: ConfigValues): string[] {
  return endpointFieldNames(template).filter((name) => valueOf(before, name) !== valueOf(after, name));
}
