import { describe, expect, it } from "vitest";
import { getTemplate } from "@/lib/templates/registry";
import { templateFormDefaults } from "@/lib/templates/zod";
import { describeChanges } from "./audit-changes";
import { formatRelative } from "@/lib/format";
import { configPayload, mapServerFieldErrors, permissionsPayload } from "./integration-form-schema";
import { integrationFormSchema } from "./integration-form-zod";
import { secretFieldStatuses, secretSummary } from "./secret-fields";

const azure = getTemplate("azure")!;
const filled = {
  ...templateFormDefaults(azure),
  tenant_id: "contoso.onmicrosoft.com",
  client_id: "abc",
  scopes: "openid",
  client_secret: "typed-secret",
};

describe("integration form schema", () => {
  it("validates name, description and the template's config together", () => {
    const schema = integrationFormSchema(azure, { mode: "create" });
    expect(schema.safeParse({ name: "Azure", description: "", tags: [], permissions: [], secretExpiresOn: "", config: filled }).success).toBe(true);
    // The secret's expiry: a calendar date or nothing.
    expect(schema.safeParse({ name: "Azure", description: "", tags: [], permissions: [], secretExpiresOn: "2028-02-29", config: filled }).success).toBe(true);
    expect(schema.safeParse({ name: "Azure", description: "", tags: [], permissions: [], secretExpiresOn: "next year", config: filled }).success).toBe(false);
    const bad = schema.safeParse({ name: "  ", description: "", tags: ["ok", "x".repeat(41)], permissions: [], secretExpiresOn: "", config: { ...filled, client_secret: "", tenant_id: "not a tenant" } });
    expect(bad.error?.issues.map((i) => i.path.join("."))).toEqual(["name", "tags.1", "config.tenant_id", "config.client_secret"]);
    // The shared tagsSchema: at most 20, duplicates dropped.
    const many = schema.safeParse({ name: "Azure", description: "", tags: Array.from({ length: 21 }, (_, i) => `t${i}`), permissions: [], secretExpiresOn: "", config: filled });
    expect(many.error?.issues.map((i) => i.message)).toEqual(["At most 20 tags"]);
    expect(schema.parse({ name: "Azure", description: "", tags: ["a", "a", "b"], permissions: [], secretExpiresOn: "", config: filled }).tags).toEqual(["a", "b"]);
  });

  it("lets edit keep a stored secret by leaving it blank", () => {
    const schema = integrationFormSchema(azure, { mode: "edit", setSecrets: ["client_secret"] });
    expect(schema.safeParse({ name: "Azure", description: "", tags: [], permissions: [], secretExpiresOn: "", config: { ...filled, client_secret: "" } }).success).toBe(true);
  });
});

describe("configPayload", () => {
  it("sends visible values only and never a blank or hidden secret", () => {
    expect(configPayload(azure, filled, "create")).toEqual({
      auth_type: "Viewer",
      auth_mode: "Confidential",
      tenant_id: "contoso.onmicrosoft.com",
      client_id: "abc",
      client_secret: "typed-secret",
      scopes: "openid",
    });
    const publicClient = configPayload(azure, { ...filled, auth_mode: "Public" }, "create");
    expect(publicClient).not.toHaveProperty("client_secret");
    const serviceAccount = configPayload(azure, { ...filled, auth_type: "Service Account", client_secret: "" }, "edit");
    expect(serviceAccount).not.toHaveProperty("auth_mode");
    expect(serviceAccount).not.toHaveProperty("client_secret");
  });

  it("sends a blank optional field on edit (to unset it) but not on create", () => {
    expect(configPayload(azure, { ...filled, scopes: "" }, "create")).not.toHaveProperty("scopes");
    expect(configPayload(azure, { ...filled, scopes: "" }, "edit")).toHaveProperty("scopes", "");
  });
});

describe("permissionsPayload", () => {
  it("is Posit's permissions body: user_guid for people, group_guid for groups, in order", () => {
    expect(
      permissionsPayload([
        { kind: "group", guid: "g1", label: "Finance" },
        { kind: "user", guid: "u1", label: "a@example.com" },
      ]),
    ).toEqual([{ group_guid: "g1" }, { user_guid: "u1" }]);
    expect(permissionsPayload([])).toEqual([]);
  });
});

describe("mapServerFieldErrors", () => {
  it("puts tags and permissions errors under those fields", () => {
    expect(mapServerFieldErrors(azure, { "tags.2": ["A tag must be at most 40 characters"], permissions: ["Unknown group x"] })).toEqual({
      fields: [
        ["tags", "A tag must be at most 40 characters"],
        ["permissions", "Unknown group x"],
      ],
      other: [],
    });
  });

  it("puts request and registry keys under their inputs and the rest in a banner", () => {
    const mapped = mapServerFieldErrors(azure, {
      name: ["too long"],
      "config.tenant_id": ["bad tenant"],
      client_secret: ["config key client_secret is required"],
      template: ["unknown template"],
    });
    expect(mapped.fields).toEqual([
      ["name", "too long"],
      ["config.tenant_id", "bad tenant"],
      ["config.client_secret", "config key client_secret is required"],
    ]);
    expect(mapped.other).toEqual(["unknown template"]);
  });
});

describe("secret status", () => {
  it("lists the secrets that apply and whether each is set", () => {
    const updatedAt = "2026-01-01T00:00:00.000Z";
    const viewer = { template: "azure", config: { auth_type: "Viewer", auth_mode: "Confidential" }, secrets: { client_secret: { set: true as const, updatedAt } } };
    expect(secretFieldStatuses(viewer)).toEqual([{ name: "client_secret", label: "Client Secret", required: true, set: true, updatedAt }]);
    expect(secretSummary(secretFieldStatuses(viewer))).toBe("set");
    expect(secretSummary(secretFieldStatuses({ ...viewer, secrets: {} }))).toBe("missing");
    expect(secretSummary(secretFieldStatuses({ ...viewer, config: { auth_type: "Viewer", auth_mode: "Public" }, secrets: {} }))).toBe("none");
  });
});

describe("describeChanges", () => {
  it("names changed fields and replaced secrets without values of secrets", () => {
    const before = { name: "A", description: "x", config: { scopes: "a" }, secrets: { client_secret: { set: true, updatedAt: "1" } } };
    const after = { name: "A", description: "y", config: { scopes: "b" }, secrets: { client_secret: { set: true, updatedAt: "2" } } };
    expect(describeChanges(before, after, (k) => k.toUpperCase())).toEqual(['Description: "x" → "y"', 'SCOPES: "a" → "b"', "CLIENT_SECRET: replaced"]);
  });
});

describe("formatRelative", () => {
  it("reads naturally", () => {
    const now = Date.parse("2026-01-10T12:00:00Z");
    expect(formatRelative("2026-01-10T11:59:50Z", now)).toBe("just now");
    expect(formatRelative("2026-01-10T11:55:00Z", now)).toBe("5 minutes ago");
    expect(formatRelative("2026-01-09T12:00:00Z", now)).toBe("yesterday");
  });
});
