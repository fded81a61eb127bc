import { describe, expect, it } from "vitest";
import { EXAMPLES, SECRET } from "./__fixtures__/configs";
import { TEMPLATE_IDS } from "./registry";
import { validateConfigForCreate, validateConfigForUpdate, type ConfigVerdict } from "./validate";

function accepted(verdict: ConfigVerdict) {
  if (!verdict.ok) throw new Error(`expected success, got ${JSON.stringify(verdict.errors)}`);
  return verdict;
}
function messages(verdict: ConfigVerdict): string[] {
  if (verdict.ok) throw new Error(`expected errors, got ${JSON.stringify(verdict)}`);
  return verdict.errors.map((error) => error.message);
}

const AZURE_SA = { auth_type: "Service Account", client_id: "abc", client_secret: "s", scopes: "x/.default", tenant_id: "contoso.onmicrosoft.com" };

describe("validateConfigForCreate: realistic configs", () => {
  it.each(EXAMPLES.map((example) => [example.label, example] as const))("accepts %s", (_label, example) => {
    const verdict = accepted(validateConfigForCreate(example.template, example.config));
    expect(verdict.authType).toBe(example.authType);
    expect(Object.keys(verdict.config).sort()).toEqual([...example.storedKeys].sort());
    // Secrets come back separately and nowhere else.
    expect(verdict.config).not.toHaveProperty("client_secret");
    expect(JSON.stringify(verdict.config)).not.toContain(SECRET);
    expect(verdict.secrets).toEqual("client_secret" in example.config ? { client_secret: SECRET } : {});
    expect(verdict.clearedSecrets).toBeUndefined();
  });
});

describe("validateConfigForCreate: errors", () => {
  it("names an unknown template and lists the valid ones", () => {
    const verdict = validateConfigForCreate("okta", {});
    expect(verdict).toEqual({ ok: false, errors: [{ path: "template", message: expect.stringContaining('unknown template "okta"') }] });
    for (const id of TEMPLATE_IDS) expect(messages(verdict)[0]).toContain(id);
  });

  it("names an unknown config key", () => {
    expect(validateConfigForCreate("azure", { ...AZURE_SA, foo: "bar" })).toEqual({
      ok: false,
      errors: [{ path: "foo", message: 'unknown config key "foo" for template "azure"' }],
    });
  });

  it("rejects a config that is not an object", () => {
    expect(messages(validateConfigForCreate("azure", ["tenant_id"]))).toEqual(["config must be an object"]);
    expect(messages(validateConfigForCreate("azure", "tenant_id=x"))).toEqual(["config must be an object"]);
  });

  it("requires strings for fields", () => {
    const errors = messages(validateConfigForCreate("aws", { auth_type: "Service Account", role_arn: "arn:aws:iam::123456789012:role/r", session_duration: 3600 }));
    expect(errors[0]).toBe("config key session_duration must be a string");
  });

  it("takes booleans or 'true'/'false' for bool options, stored as booleans", () => {
    const base = EXAMPLES.find((example) => example.label.startsWith("custom Viewer"))!.config;
    expect(accepted(validateConfigForCreate("custom", { ...base, use_pkce: "false" })).config.use_pkce).toBe(false);
    expect(accepted(validateConfigForCreate("custom", { ...base, use_pkce: false })).config.use_pkce).toBe(false);
    expect(messages(validateConfigForCreate("custom", { ...base, use_pkce: "yes" }))).toEqual([
      'config key use_pkce must be true or false (a boolean, or the string "true" or "false")',
    ]);
    expect(messages(validateConfigForCreate("custom", { ...base, use_pkce: 1 }))[0]).toContain("config key use_pkce must be true or false");
  });

  it("reports a pattern mismatch with the field's description", () => {
    expect(validateConfigForCreate("azure", { ...AZURE_SA, tenant_id: "not a tenant" })).toEqual({
      ok: false,
      errors: [{ path: "tenant_id", message: expect.stringMatching(/^config key tenant_id: must be a directory \(tenant\) ID/) }],
    });
    expect(messages(validateConfigForCreate("aws", { auth_type: "Service Account", role_arn: "arn:aws:iam::1:role/x" }))).toEqual([
      "config key role_arn: must be an IAM role ARN such as arn:aws:iam::123456789012:role/connect-reader",
    ]);
  });

  it("names each missing required field", () => {
    expect(messages(validateConfigForCreate("azure", { auth_type: "Service Account" }))).toEqual([
      "config key tenant_id is required",
      "config key client_id is required",
      "config key client_secret is required",
      "config key scopes is required",
    ]);
    expect(messages(validateConfigForCreate("custom", { token_uri: "https://idp.example.com/token", client_id: "c", client_secret: "s" }))).toEqual([
      "config key authorization_uri is required",
    ]);
  });

  it("requires client_secret for Confidential and Service Account, not for Public", () => {
    const viewer = { client_id: "abc", scopes: "openid", tenant_id: "contoso.onmicrosoft.com" };
    expect(messages(validateConfigForCreate("azure", { ...viewer, auth_mode: "Confidential" }))).toEqual(["config key client_secret is required"]);
    expect(accepted(validateConfigForCreate("azure", { ...viewer, auth_mode: "Public" })).secrets).toEqual({});
    expect(messages(validateConfigForCreate("azure", { ...AZURE_SA, client_secret: "   " }))).toEqual(["config key client_secret is required"]);
  });

  it("uses Posit's wording for a select value that is not allowed", () => {
    expect(validateConfigForCreate("connect", { max_role: "Owner" })).toEqual({
      ok: false,
      errors: [{ path: "max_role", message: "The config key max_role must be one of (Viewer, Publisher, Admin)" }],
    });
    expect(messages(validateConfigForCreate("azure", { ...AZURE_SA, auth_type: "Visitor API Key" }))).toEqual([
      "The config key auth_type must be one of (Viewer, Service Account)",
    ]);
    expect(messages(validateConfigForCreate("github", { auth_mode: "Public", client_id: "c", client_secret: "s" }))).toEqual([
      "The config key auth_mode must be one of (Confidential)",
    ]);
  });

  it("applies defaults and derives the auth type", () => {
    const aws = accepted(validateConfigForCreate("aws", { auth_type: "Service Account", role_arn: "arn:aws:iam::123456789012:role/r" }));
    expect(aws.config).toEqual({ auth_type: "Service Account", role_arn: "arn:aws:iam::123456789012:role/r", session_duration: "3600", sts_region: "us-east-1" });
    expect(accepted(validateConfigForCreate("connect", {}))).toMatchObject({ authType: "Visitor API Key", config: { max_role: "Viewer" } });
    const custom = accepted(validateConfigForCreate("custom", { authorization_uri: "https://a.example.com/auth", token_uri: "https://a.example.com/token", client_id: "c", client_secret: "s" }));
    expect(custom.authType).toBe("Viewer");
    expect(custom.config).toMatchObject({ auth_type: "Viewer", auth_mode: "Confidential", token_endpoint_auth_method: "client_secret_basic", use_pkce: true });
  });

  it("drops keys that do not apply to the chosen auth type, secrets included", () => {
    const verdict = accepted(validateConfigForCreate("azure", { ...AZURE_SA, auth_mode: "Public" }));
    expect(verdict.config).not.toHaveProperty("auth_mode");
    const publicViewer = accepted(validateConfigForCreate("azure", { ...AZURE_SA, auth_type: "Viewer", auth_mode: "Public" }));
    expect(publicViewer.secrets).toEqual({});
  });

  it("accepts auth_type on a single-auth-type template only when it names that type", () => {
    const github = { client_id: "c", client_secret: "s" };
    expect(accepted(validateConfigForCreate("github", { ...github, auth_type: "Viewer" })).config).not.toHaveProperty("auth_type");
    expect(messages(validateConfigForCreate("github", { ...github, auth_type: "Service Account" }))).toEqual([
      "The config key auth_type must be one of (Viewer)",
    ]);
  });

  it("normalises hosts and trims non-secret values, keeps secrets verbatim", () => {
    const verdict = accepted(validateConfigForCreate("salesforce", { sf_host_domain: " acme.my.salesforce.com/ ", client_id: " c ", client_secret: " s \n" }));
    expect(verdict.config).toMatchObject({ sf_host_domain: "https://acme.my.salesforce.com", client_id: "c" });
    expect(verdict.secrets).toEqual({ client_secret: " s \n" });
    expect(messages(validateConfigForCreate("databricks", { workspace_host: "http://dbc.example.com", client_id: "c", client_secret: "s" }))[0]).toMatch(
      /^config key workspace_host: must be an https:\/\//,
    );
  });
});

describe("validateConfigForUpdate", () => {
  const stored = accepted(validateConfigForCreate("azure", { ...AZURE_SA, auth_type: "Viewer", auth_mode: "Confidential" }));

  it("keeps keys the patch omits and changes the ones it names", () => {
    const verdict = accepted(validateConfigForUpdate("azure", stored.config, ["client_secret"], { scopes: "openid offline_access" }));
    expect(verdict.config).toEqual({ ...stored.config, scopes: "openid offline_access" });
    expect(verdict.secrets).toEqual({});
    expect(verdict.clearedSecrets).toEqual([]);
  });

  it("treats an empty secret as 'keep' and a set secret as satisfying the requirement", () => {
    expect(accepted(validateConfigForUpdate("azure", stored.config, ["client_secret"], { client_secret: "" })).secrets).toEqual({});
    expect(messages(validateConfigForUpdate("azure", stored.config, [], { client_secret: "" }))).toEqual(["config key client_secret is required"]);
    expect(messages(validateConfigForUpdate("azure", stored.config, [], {}))).toEqual(["config key client_secret is required"]);
  });

  it("replaces a secret that is given, without putting it in config", () => {
    const verdict = accepted(validateConfigForUpdate("azure", stored.config, ["client_secret"], { client_secret: SECRET }));
    expect(verdict.secrets).toEqual({ client_secret: SECRET });
    expect(JSON.stringify(verdict.config)).not.toContain(SECRET);
  });

  it("clears a secret only on an explicit null, and refuses to clear a required one", () => {
    const publicStored = { ...stored.config, auth_mode: "Public" };
    expect(accepted(validateConfigForUpdate("azure", publicStored, ["client_secret"], {})).clearedSecrets).toEqual(["client_secret"]);
    expect(messages(validateConfigForUpdate("azure", stored.config, ["client_secret"], { client_secret: null }))).toEqual([
      "config key client_secret is required",
    ]);
    const custom = accepted(validateConfigForCreate("custom", { authorization_uri: "https://a.example.com/a", token_uri: "https://a.example.com/t", client_id: "c", auth_mode: "Public" }));
    expect(accepted(validateConfigForUpdate("custom", custom.config, [], { client_secret: null })).clearedSecrets).toEqual([]);
  });

  it("clears a stored secret that no longer applies (switching to Public)", () => {
    const verdict = accepted(validateConfigForUpdate("azure", stored.config, ["client_secret"], { auth_mode: "Public" }));
    expect(verdict.config.auth_mode).toBe("Public");
    expect(verdict.clearedSecrets).toEqual(["client_secret"]);
  });

  it("switches auth type and drops keys that no longer apply", () => {
    const verdict = accepted(validateConfigForUpdate("azure", stored.config, ["client_secret"], { auth_type: "Service Account" }));
    expect(verdict.authType).toBe("Service Account");
    expect(verdict.config).not.toHaveProperty("auth_mode");
  });

  it("unsets a non-secret key on null: the default returns, or the requirement fires", () => {
    const aws = accepted(validateConfigForCreate("aws", { auth_type: "Service Account", role_arn: "arn:aws:iam::123456789012:role/r", sts_region: "eu-west-1" }));
    expect(accepted(validateConfigForUpdate("aws", aws.config, [], { sts_region: null })).config.sts_region).toBe("us-east-1");
    expect(messages(validateConfigForUpdate("aws", aws.config, [], { role_arn: null }))).toEqual(["config key role_arn is required"]);
    expect(messages(validateConfigForUpdate("aws", aws.config, [], { role_arn: "" }))).toEqual(["config key role_arn is required"]);
  });

  it("validates the patch like a create: unknown keys, types, patterns, Posit's select wording", () => {
    const connect = { max_role: "Viewer" };
    expect(messages(validateConfigForUpdate("connect", connect, [], { max_role: "Superuser" }))).toEqual([
      "The config key max_role must be one of (Viewer, Publisher, Admin)",
    ]);
    expect(messages(validateConfigForUpdate("azure", stored.config, ["client_secret"], { color: "red" }))).toEqual([
      'unknown config key "color" for template "azure"',
    ]);
    expect(messages(validateConfigForUpdate("azure", stored.config, ["client_secret"], { tenant_id: 42 }))[0]).toBe("config key tenant_id must be a string");
    expect(messages(validateConfigForUpdate("azure", stored.config, ["client_secret"], { tenant_id: "x y" }))[0]).toMatch(/^config key tenant_id: /);
    expect(messages(validateConfigForUpdate("nope", {}, [], {}))[0]).toContain('unknown template "nope"');
  });

  it("ignores stored keys the registry no longer knows and secrets stored in config by mistake", () => {
    const verdict = accepted(validateConfigForUpdate("connect", { max_role: "Admin", legacy_key: "x" }, [], {}));
    expect(verdict.config).toEqual({ max_role: "Admin" });
    const azure = accepted(validateConfigForUpdate("azure", { ...stored.config, client_secret: "leaked" }, ["client_secret"], {}));
    expect(azure.config).not.toHaveProperty("client_secret");
    expect(azure.secrets).toEqual({});
  });
});
