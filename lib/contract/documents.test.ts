// Every registered dialect's document is valid OpenAPI 3.1 and every operation carries the
// metadata the generated proofs read (lib/contract/operation.ts), consistent with the permission
// table, its path and its responses; every success body is described exactly (closed objects), so
// a stray field — a secret above all — fails validation against the document.
import { Validator } from "@seriousme/openapi-schema-validator";
import { describe, expect, test } from "vitest";
import { PERMISSIONS } from "@/lib/permissions";
import { operationsOf, openObjects } from "@/test/support/openapi-document";
import { buildDocument } from "./build-document";
import { pathParams } from "./operation";
import { DIALECT_CONTRACTS } from "./registry";

type Json = Record<string, unknown>;

describe.each(DIALECT_CONTRACTS.map((contract) => [contract.name, contract] as const))("the %s document", (_name, contract) => {
  const document = buildDocument(contract);
  const operations = operationsOf(document);

  test("is valid OpenAPI 3.1 and holds every operation of the contract", async () => {
    const validator = new Validator();
    const result = await validator.validate(structuredClone(document) as unknown as Json);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe("3.1");
    expect(operations).toHaveLength(contract.operations.length);
    expect(new Set(operations.map((o) => o.op.operationId)).size).toBe(operations.length);
    expect(document.components?.securitySchemes?.[contract.securitySchemeName]).toBeDefined();
  });

  test("every operation carries its access metadata, matching the permission table", () => {
    for (const { path, op } of operations) {
      const id = String(op.operationId);
      if (op["x-public"] === true) {
        expect(op.security, id).toEqual([]);
        expect(op["x-permission"], id).toBeUndefined();
        continue;
      }
      expect(op.security, id).toEqual([{ [contract.securitySchemeName]: [] }]);
      expect("x-permission" in op, id).toBe(true);
      const permission = op["x-permission"] as keyof typeof PERMISSIONS | null;
      if (permission === null) expect(op["x-roles"], id).toBeNull();
      else expect(op["x-roles"], id).toEqual(PERMISSIONS[permission]);

      const ownership = op["x-ownership"];
      expect(["organisation", "user", "global", "none"], id).toContain(ownership);
      const object = op["x-object"] as { param: string; type: string } | undefined;
      if (ownership === "none") expect(object, id).toBeUndefined();
      else expect(pathParams(path), id).toContain(object?.param);

      const refusal = op["x-refusal"] as Json;
      expect(refusal.role, id).toEqual(permission === null ? undefined : expect.any(Number));
      expect(refusal.missing, id).toBe(object ? 404 : undefined);
      expect(refusal.otherOrganisation, id).toBe(object && ownership !== "global" ? 404 : undefined);
      expect(refusal.otherUser, id).toEqual(ownership === "user" ? expect.any(Number) : undefined);
    }
  });

  test("every operation documents its error statuses in the dialect's error body", () => {
    const errorRef = { $ref: expect.stringMatching(/^#\/components\/schemas\//) };
    for (const { op } of operations) {
      const id = String(op.operationId);
      const responses = op.responses as Record<string, Json>;
      const statuses = Object.keys(responses);
      expect(statuses.some((s) => /^[23]\d\d$/.test(s)), id).toBe(true);
      expect(responses.default?.content, id).toEqual({ [contract.errorContentType]: { schema: errorRef } });
      if (op["x-public"] !== true) expect(statuses, id).toContain("401");
      if (op["x-permission"]) expect(statuses, id).toContain(String((op["x-refusal"] as Json).role));
      if (op["x-object"]) expect(statuses, id).toContain("404");
      expect(statuses.includes("412"), id).toBe(op["x-if-match"] === true);
      const reachAll = op["x-reach-all"] as { permission: keyof typeof PERMISSIONS; roles: string[] } | undefined;
      if (reachAll) {
        expect(op["x-ownership"], id).toBe("user");
        expect(reachAll.roles, id).toEqual(PERMISSIONS[reachAll.permission]);
      }
      const onBehalf = op["x-on-behalf"] as { query: string; permission: keyof typeof PERMISSIONS; roles: string[] } | undefined;
      if (onBehalf) {
        expect(onBehalf.roles, id).toEqual(PERMISSIONS[onBehalf.permission]);
        expect((op.parameters as Json[]).some((p) => p.in === "query" && p.name === onBehalf.query), id).toBe(true);
        expect(statuses, id).toEqual(expect.arrayContaining(["403", "404"]));
      }
    }
  });

  test("every JSON success body is a closed schema (no undeclared property passes)", () => {
    for (const { op } of operations) {
      for (const [status, response] of Object.entries(op.responses as Record<string, Json>)) {
        if (!/^2\d\d$/.test(status)) continue;
        for (const media of Object.values((response.content ?? {}) as Record<string, Json>)) {
          expect(openObjects(document, media.schema as Json), `${String(op.operationId)} ${status}`).toEqual([]);
        }
      }
    }
  });
});
