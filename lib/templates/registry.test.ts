import { describe, expect, it } from "vitest";
import { EXAMPLES } from "./__fixtures__/configs";
import { TEMPLATES, TEMPLATE_IDS, getTemplate, secretFieldNames } from "./registry";
import type { Condition, Match, Template } from "./types";
import { planVerifyRequest } from "./verify";

const matchesOf = (condition: Condition | boolean | undefined): Match[] =>
  condition === undefined || typeof condition === "boolean"
    ? []
    : "anyOf" in condition && Array.isArray(condition.anyOf)
      ? [...(condition.anyOf as Match[])]
      : [condition as Match];

const fieldOf = (template: Template, name: string) => template.fields.find((field) => field.name === name)!;
const regexOf = (templateId: string, name: string) => new RegExp(fieldOf(getTemplate(templateId)!, name).validation);

describe("template registry", () => {
  it("holds exactly the 15 template ids Posit's SDK knows", () => {
    expect([...TEMPLATE_IDS].sort()).toEqual(
      ["aws", "azure", "azure-openai", "bigquery", "connect", "custom", "databricks", "drive", "github", "msgraph", "salesforce", "sharepoint", "sheets", "snowflake", "vertex-ai"],
    );
  });

  it.each(TEMPLATES.map((template) => [template.id, template] as const))("%s is internally consistent", (_id, template) => {
    const names = [...template.options.map((option) => option.name), ...template.fields.map((field) => field.name)];
    expect(new Set(names).size).toBe(names.length);

    for (const field of template.fields) {
      if (field.validation === "") continue;
      expect(field.validation.startsWith("^") && field.validation.endsWith("$")).toBe(true);
      expect(() => new RegExp(field.validation)).not.toThrow();
      expect(field.validation_description).not.toBe("");
      if (field.default) expect(new RegExp(field.validation).test(field.default)).toBe(true);
    }
    // Conditions may only refer to options (or the derived auth_type), with values they can take.
    const conditions = [...template.options.map((o) => o.visibility), ...template.fields.flatMap((f) => [f.visibility, f.required])];
    for (const match of conditions.flatMap(matchesOf)) {
      for (const [name, values] of Object.entries(match)) {
        const option = template.options.find((candidate) => candidate.name === name);
        const possible = option ? (option.type === "bool" ? ["true", "false"] : option.values) : name === "auth_type" ? template.auth_types : [];
        expect(possible, `${template.id}: ${name}`).toEqual(expect.arrayContaining([...values]));
      }
    }
    const authType = template.options.find((option) => option.name === "auth_type");
    if (template.auth_types.length > 1) expect(authType?.values).toEqual(template.auth_types);
    else expect(authType).toBeUndefined();
  });

  it("marks client secrets as secret and nothing else as secret", () => {
    for (const template of TEMPLATES) {
      const hasClient = template.fields.some((field) => field.name === "client_id");
      expect(secretFieldNames(template)).toEqual(hasClient ? ["client_secret"] : []);
    }
  });

  it("has an example config for every template", () => {
    expect(new Set(EXAMPLES.map((example) => example.template))).toEqual(new Set(TEMPLATE_IDS));
  });
});

describe("validation patterns", () => {
  it("role_arn takes IAM role ARNs only", () => {
    const re = regexOf("aws", "role_arn");
    expect(re.test("arn:aws:iam::440849847947:role/PositConnect-OIDC-Role")).toBe(true);
    expect(re.test("arn:aws-us-gov:iam::123456789012:role/path/to/reader")).toBe(true);
    expect(re.test("arn:aws:iam::44084984794:role/short-account")).toBe(false);
    expect(re.test("arn:aws:iam::440849847947:user/alice")).toBe(false);
    expect(re.test("arn:aws:iam::440849847947:role/")).toBe(false);
  });

  it("session_duration is 900..43200 seconds", () => {
    const re = regexOf("aws", "session_duration");
    const accepted = (n: number) => re.test(String(n));
    expect([899, 900, 999, 1000, 3600, 9999, 10000, 39999, 40000, 42999, 43000, 43199, 43200, 43201, 50000, 100000].filter(accepted)).toEqual([
      900, 999, 1000, 3600, 9999, 10000, 39999, 40000, 42999, 43000, 43199, 43200,
    ]);
    expect(re.test("3600s")).toBe(false);
  });

  it("tenant_id takes a GUID, a domain or a multi-tenant alias", () => {
    const re = regexOf("azure", "tenant_id");
    for (const ok of ["8eaef023-2b34-4da1-9baa-8bc8c9d6a490", "contoso.onmicrosoft.com", "organizations"]) expect(re.test(ok)).toBe(true);
    for (const bad of ["b0b52785", "8eaef023-2b34-4da1-9baa-8bc8c9d6a49", "contoso", "https://contoso.com", "a b.com"]) expect(re.test(bad)).toBe(false);
  });

  it("URLs must be https, except http on loopback", () => {
    const re = regexOf("custom", "token_uri");
    expect(re.test("https://idp.example.com/oauth2/token")).toBe(true);
    expect(re.test("http://127.0.0.1:4010/token")).toBe(true);
    expect(re.test("http://localhost/token")).toBe(true);
    expect(re.test("http://keycloak:8080/realms/x/token")).toBe(false);
    expect(re.test("https://user@evil.example.com/")).toBe(false);
    expect(re.test("ftp://example.com/")).toBe(false);
  });

  it("scopes are space-separated RFC 6749 scope tokens", () => {
    const re = regexOf("custom", "scopes");
    expect(re.test("openid profile email repo read:user")).toBe(true);
    expect(re.test("https://cognitiveservices.azure.com/.default offline_access")).toBe(true);
    expect(re.test('openid "profile"')).toBe(false);
    expect(re.test("openid,\tprofile")).toBe(false);
  });

  it("snowflake account_url and sts_region", () => {
    expect(regexOf("snowflake", "account_url").test("https://myorg-account_xyz.snowflakecomputing.com")).toBe(true);
    expect(regexOf("snowflake", "account_url").test("https://example.com")).toBe(false);
    expect(regexOf("aws", "sts_region").test("us-gov-west-1")).toBe(true);
    expect(regexOf("aws", "sts_region").test("US-EAST-1")).toBe(false);
  });
});

describe("planVerifyRequest", () => {
  const plan = (id: string, config: Record<string, string>) => planVerifyRequest(getTemplate(id)!, config);

  it("builds each family's token endpoint", () => {
    expect(plan("custom", { token_uri: "https://idp.example.com/token" })?.tokenUrl).toBe("https://idp.example.com/token");
    for (const id of ["azure", "azure-openai", "sharepoint", "msgraph"]) {
      expect(plan(id, { tenant_id: "contoso.onmicrosoft.com" })?.tokenUrl).toBe("https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/token");
    }
    expect(plan("snowflake", { account_url: "https://acme.snowflakecomputing.com" })?.tokenUrl).toBe("https://acme.snowflakecomputing.com/oauth/token-request");
    expect(plan("salesforce", { sf_host_domain: "https://acme.my.salesforce.com" })).toEqual({
      tokenUrl: "https://acme.my.salesforce.com/services/oauth2/token",
      sendScope: false,
    });
    expect(plan("databricks", { workspace_host: "https://dbc-1.cloud.databricks.com" })?.tokenUrl).toBe("https://dbc-1.cloud.databricks.com/oidc/v1/token");
  });

  it("has no recipe for templates without a client-credentials flow, or without the key", () => {
    for (const id of ["aws", "github", "bigquery", "vertex-ai", "drive", "sheets", "connect"]) expect(plan(id, {})).toBeNull();
    expect(plan("azure", {})).toBeNull();
    expect(plan("custom", { token_uri: "   " })).toBeNull();
    expect(plan("custom", { token_uri: "not a url" })).toBeNull();
  });
});
