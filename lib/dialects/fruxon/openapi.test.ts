// Fruxon's document says what the handlers do: every SYSTEM integration (one per template) and a
// tenant integration of every template, as the serializers build them, validate against it; so
// do the problem bodies; a credential in a body does not; and the access metadata is the
// integrations' (publishers read, administrators write), inside the caller's own tenant.
import { describe, expect, test } from "vitest";
import { buildDocument } from "@/lib/contract/build-document";
import { AppError } from "@/lib/errors";
import type { IntegrationDto } from "@/lib/schemas/integrations";
import { TEMPLATES } from "@/lib/templates/registry";
import { bodyValidator, operationsOf } from "@/test/support/openapi-document";
import { problemResponse } from "./errors";
import { toFruxonIntegration, toSystemIntegration } from "./integrations";
import { fruxonContract } from "./openapi";

const document = buildDocument(fruxonContract);
const validate = bodyValidator(document);
const CANARY = "canary-secret-5f1e";

function tenantIntegration(templateIndex: number): IntegrationDto {
  const template = TEMPLATES[templateIndex];
  // Every field gets a value — the secret ones too, as if a secret had reached the DTO's config.
  const config: Record<string, unknown> = Object.fromEntries(template.fields.map((f) => [f.name, f.secret ? CANARY : `value-${f.name}`]));
  config.auth_type = template.auth_types[0];
  return {
    id: String(templateIndex + 1),
    guid: "5b7b4e2c-8d4f-4a8e-9a57-3f1c2f0d9e61",
    slug: `${template.id}-5b7b4e2c`,
    tags: ["prod", "team-a"],
    permissions: [],
    name: `${template.name} for us`,
    description: "",
    template: template.id,
    authType: template.auth_types[0],
    config,
    secrets: {},
    secretExpiresAt: templateIndex % 2 ? "2027-11-20T10:00:00.000Z" : null,
    createdAt: "2026-11-20T10:00:00.000Z",
    updatedAt: "2026-11-21T10:00:00.000Z",
    version: 2,
    contentCount: 0,
  };
}

describe("the Fruxon document", () => {
  test("describes every SYSTEM and tenant integration the serializers build, with no secret value", () => {
    const items = TEMPLATES.flatMap((template, i) => [toSystemIntegration(template), toFruxonIntegration(tenantIntegration(i))]);
    for (const item of items) {
      expect(validate("getIntegration", 200, item), item.id).toBeNull();
      expect(JSON.stringify(item)).not.toContain(CANARY);
    }
    expect(validate("listIntegrations", 200, { items, nextPageToken: "eyJwIjoidCJ9", totalCount: items.length })).toBeNull();
    expect(validate("listIntegrations", 200, { items: [], nextPageToken: null, totalCount: 0 })).toBeNull();
    expect(validate("createIntegration", 201, items[1])).toBeNull();
    expect(validate("verifyIntegrationConfig", 200, { success: false, error: "invalid_client", authorizationUrl: null, authMapResults: [] })).toBeNull();
    expect(validate("issueAccessToken", 200, { access_token: "eyJ.x.y", token_type: "Bearer", expires_in: 900 })).toBeNull();
  });

  test("a credential in an integration fails the document", () => {
    const item = toFruxonIntegration(tenantIntegration(0));
    const withSettings = structuredClone(item);
    withSettings.configMetadata.authMetadata[0].authSettings.parameters = { client_secret: CANARY } as never;
    expect(validate("getIntegration", 200, withSettings)).toMatch(/additional/);
    expect(validate("getIntegration", 200, { ...item, clientSecret: CANARY })).toMatch(/additional/);
  });

  test("problem bodies, with and without per-field errors, are the document's error body", async () => {
    const request = new Request("http://console.test/v1/tenants/default/integrations");
    const invalid = new AppError("validation_failed", "Invalid body", { fieldErrors: { name: ["too long"], "tags.0": ["bad"] } });
    for (const error of [invalid, new AppError("not_found", "Tenant not found"), new AppError("conflict", "Taken")]) {
      const response = problemResponse(error, request, "req-1");
      expect(response.headers.get("content-type")).toBe("application/problem+json");
      expect(validate("listIntegrations", "default", await response.json())).toBeNull();
    }
  });

  test("every tenant operation is refused (404) for another organisation's tenant; publishers read, administrators write", () => {
    const ops = operationsOf(document);
    expect(ops).toHaveLength(7);
    for (const { path, method, op } of ops) {
      const id = String(op.operationId);
      if (path === "/v1/auth/token") {
        expect(op["x-permission"], id).toBeNull();
        expect(op["x-tenant"], id).toBeUndefined();
        continue;
      }
      expect(op["x-tenant"], id).toEqual({ param: "tenant", otherOrganisation: 404 });
      expect(op["x-roles"], id).toEqual(method === "get" ? ["admin", "publisher"] : ["admin"]);
      expect(op["x-ownership"], id).toBe(path.includes("{integration}") ? "organisation" : "none");
      expect(op["x-if-match"] === true, id).toBe(method === "put" || method === "delete");
    }
    expect(document.components?.securitySchemes?.fruxonBearer).toMatchObject({ type: "http", scheme: "bearer" });
  });
});
