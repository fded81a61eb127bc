import { describe, expect, it } from "vitest";
import { EXAMPLES } from "./__fixtures__/configs";
import { TEMPLATES, getTemplate } from "./registry";
import type { Template } from "./types";
import { validateConfigForCreate } from "./validate";
import { buildTemplateFormSchema, templateFormDefaults } from "./zod";

const BAD_VALUES = ["not valid ☃", "http://plain-http.example.com/x", "", "   ", "Public"];

/** Each example, then single-key mutations of it: removals, bad strings, wrong types, extras. */
function* variants(): Generator<[string, Template, Record<string, unknown>]> {
  for (const example of EXAMPLES) {
    const template = getTemplate(example.template)!;
    const base = example.config;
    yield [`${example.label}`, template, base];
    for (const key of [...template.fields.map((f) => f.name), ...template.options.map((o) => o.name)]) {
      const { [key]: _removed, ...without } = base;
      yield [`${example.label} without ${key}`, template, without];
      for (const bad of BAD_VALUES) yield [`${example.label} ${key}=${JSON.stringify(bad)}`, template, { ...base, [key]: bad }];
      yield [`${example.label} ${key}=42`, template, { ...base, [key]: 42 }];
      yield [`${example.label} ${key}=true`, template, { ...base, [key]: true }];
      yield [`${example.label} ${key}="true"`, template, { ...base, [key]: "true" }];
      yield [`${example.label} ${key}=null`, template, { ...base, [key]: null }];
    }
    for (const option of template.options.filter((o) => o.type === "select")) {
      for (const value of option.values) yield [`${example.label} ${option.name}=${value}`, template, { ...base, [option.name]: value }];
    }
    yield [`${example.label} + unknown key`, template, { ...base, extra_key: "x" }];
    yield [`${example.label} + auth_type Viewer`, template, { ...base, auth_type: "Viewer" }];
  }
}

describe("form schema agrees with the server validator", () => {
  const cases = [...variants()];

  it("covers a meaningful mix of accepted and rejected inputs", () => {
    const outcomes = cases.map(([, template, config]) => validateConfigForCreate(template.id, config).ok);
    expect(cases.length).toBeGreaterThan(1000);
    expect(outcomes.filter(Boolean).length).toBeGreaterThan(100);
    expect(outcomes.filter((ok) => !ok).length).toBeGreaterThan(500);
  });

  it("accepts and rejects the same inputs, with the same first message", () => {
    const disagreements: string[] = [];
    const schemas = new Map(TEMPLATES.map((template) => [template.id, buildTemplateFormSchema(template, { mode: "create" })]));
    for (const [label, template, config] of cases) {
      const server = validateConfigForCreate(template.id, config);
      const form = schemas.get(template.id)!.safeParse(config);
      if (server.ok !== form.success) {
        disagreements.push(`${label}: server ${server.ok}, form ${form.success}`);
        continue;
      }
      if (!server.ok && !form.success) {
        const first = server.errors[0];
        const issue = form.error.issues[0];
        const issuePath = issue.path.length > 0 ? String(issue.path[0]) : (issue.code === "unrecognized_keys" ? issue.keys[0] : "");
        if (first.message !== issue.message || first.path !== issuePath) {
          disagreements.push(`${label}: server ${first.path} "${first.message}", form ${issuePath} "${issue.message}"`);
        }
      }
    }
    expect(disagreements).toEqual([]);
  });
});

describe("form schema modes", () => {
  const azure = getTemplate("azure")!;
  const filled = { ...templateFormDefaults(azure), tenant_id: "contoso.onmicrosoft.com", client_id: "abc", scopes: "openid" };

  it("requires the secret on create, and lets edit leave it blank to keep it", () => {
    const create = buildTemplateFormSchema(azure, { mode: "create" }).safeParse(filled);
    expect(create.success).toBe(false);
    expect(create.error?.issues).toEqual([expect.objectContaining({ path: ["client_secret"], message: "config key client_secret is required" })]);
    expect(buildTemplateFormSchema(azure, { mode: "edit" }).safeParse(filled).success).toBe(true);
    expect(buildTemplateFormSchema(azure, { mode: "edit", setSecrets: ["client_secret"] }).safeParse(filled).success).toBe(true);
    // Switching an integration to Confidential whose secret was never stored: blank won't do.
    expect(buildTemplateFormSchema(azure, { mode: "edit", setSecrets: [] }).safeParse(filled).success).toBe(false);
  });

  it("still checks a replacement secret and hides fields the options hide", () => {
    const publicViewer = { ...filled, auth_mode: "Public" };
    expect(buildTemplateFormSchema(azure, { mode: "create" }).safeParse(publicViewer).success).toBe(true);
    const tenant = buildTemplateFormSchema(azure, { mode: "edit" }).safeParse({ ...filled, tenant_id: "nope nope" });
    expect(tenant.error?.issues.map((issue) => issue.path)).toEqual([["tenant_id"]]);
  });

  it("starts from stored values and defaults, never a secret", () => {
    const stored = { auth_type: "Service Account", tenant_id: "t.example.com", client_id: "abc", scopes: "x/.default", client_secret: "leak" };
    expect(templateFormDefaults(azure, stored)).toEqual({
      auth_type: "Service Account",
      auth_mode: "Confidential",
      tenant_id: "t.example.com",
      client_id: "abc",
      client_secret: "",
      scopes: "x/.default",
    });
    for (const template of TEMPLATES) {
      const defaults = templateFormDefaults(template);
      for (const option of template.options) expect(defaults[option.name]).toBe(option.default);
    }
  });
});
