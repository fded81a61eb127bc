// Our Switchboard document against Versori's own (test/vendor/, a verbatim copy of
// shared/specs/versori-switchboard-api-v1alpha1.yaml): for every operation we serve, the paths,
// operation ids, parameters, success statuses and response schemas agree, except for the
// differences listed below, each with its reason. A new difference — or one listed here that is
// gone — fails the test. (Real responses are checked against both documents by the integration
// tests, through test/support/switchboard-client.ts.)
import { Validator } from "@seriousme/openapi-schema-validator";
import { beforeAll, describe, expect, test } from "vitest";
import { buildDocument } from "@/lib/contract/build-document";
import { compareWithVendor } from "@/test/support/openapi-compare";
import { operationsOf } from "@/test/support/openapi-document";
import { VENDOR_SPEC } from "@/test/support/versori-spec";
import { versoriContract } from "./openapi";

const BASE = "/api/switchboard/v1alpha1";

const IF_MATCH = "If-Match on writes is ours (lost-update protection, 412 when stale); the vendor's API has no concurrency control";
const WRITE_ONLY = "write-only secrets are stored encrypted and never returned (the vendor's text: 'should be write-only, and not be viewable after creation')";
const INCOMPLETE =
  "an app's auth config is returned as stored and may be incomplete; `isValid` says whether it is complete (the vendor: 'it is allowed for an App to have invalid auth configs')";
const NOT_MODELLED = "not modelled here (no soft deletion, hubs, board publishing history, tags or thumbnails); we never send it";

const DIFFERENCES: { diff: string; why: string }[] = [
  { diff: "App: optional only in vendor: deletedAt", why: NOT_MODELLED },
  { diff: "Schema: optional only in vendor: deletedAt", why: NOT_MODELLED },
  { diff: "Board: optional only in vendor: hubId, activePublishInfo, recentPublishHistory, deletedAt, tags, thumbnailUrl", why: NOT_MODELLED },
  { diff: "GetBoards: parameter query tags only in vendor", why: "boards have no tags here, so there is nothing to filter by" },
  { diff: "Connection.secretExpiresAt: only in ours", why: "extension: when the connection's stored API key (or password, secret) stops working, for the expiry reminders" },
  { diff: "Board.connectionIds: only in ours", why: "extension: the connections a board uses, which make a connection's `usedByBoards` real" },
  {
    diff: "Connection.authType: only in ours (vendor requires it without declaring it)",
    why: "the vendor's Connection lists authType as required but declares no such property (a defect in its document); we send it as a string",
  },
  { diff: "Connection.app: nullable in ours only", why: "null only when a connection's app has left the public catalogue (shipped in code); the record is kept rather than dropped" },
  { diff: "AppAuthConfigOIDC: optional only in vendor: clientSecret", why: WRITE_ONLY },
  { diff: "AppAuthConfigOAuth2: optional only in vendor: password, clientSecret", why: WRITE_ONLY },
  { diff: "AppAuthConfigJWTBearer: optional only in vendor: secret", why: WRITE_ONLY },
  { diff: "AppAuthConfigHTTPBasicAuth.password: required by vendor, absent in ours", why: WRITE_ONLY },
  ...["AppAuthConfigApiKey.in", "AppAuthConfigApiKey.name", "AppAuthConfigCustomFunction.function_url", "AppAuthConfigHTTPBasicAuth.user", "AppAuthConfigJWTBearer.algorithm"].map(
    (field) => ({ diff: `${field}: optional in ours, required by vendor`, why: INCOMPLETE }),
  ),
  ...["in", "method", "name", "prefix", "secretIn", "selector", "tokenEndpoint", "tokenTTL"].map((field) => ({
    diff: `AppAuthConfigHTTPRefresh.${field}: optional in ours, required by vendor`,
    why: INCOMPLETE,
  })),
  {
    diff: "InitConnectionAction: optional only in vendor: form",
    why: "ours is exactly one of `redirect` (OAuth2, OIDC) or `form` (everything else), which the vendor's object with two optional members allows",
  },
  { diff: "InitConnectionAction: optional only in vendor: redirect", why: "as above: the `form` alternative carries no `redirect`" },
  ...["UpdateApp", "DeleteApp", "UpdateConnection", "DeleteConnection", "UpdateBoard", "DeleteBoard"].map((op) => ({
    diff: `${op}: parameter header if-match only in ours`,
    why: IF_MATCH,
  })),
  {
    diff: "FinaliseConnectionCallback: status 303 only in ours",
    why: "the callback is a browser's landing: it creates the connection and redirects to the console (303), also when the provider refused",
  },
  { diff: "FinaliseConnectionCallback: status 201 only in vendor", why: "as above: no JSON answer to a browser (the vendor's 201 returns a Credential, an object we do not serve)" },
  { diff: "FinaliseConnectionCallback: status 204 only in vendor", why: "as above: a redirect, not an empty answer" },
];

const ours = buildDocument(versoriContract) as never;
let vendor: never;

beforeAll(async () => {
  const validator = new Validator();
  const result = await validator.validate(VENDOR_SPEC);
  expect(result.valid).toBe(true);
  vendor = validator.specification as never;
});

describe("our Switchboard document and Versori's", () => {
  test("agree on paths, operation ids, parameters, statuses and response schemas, but for the listed differences", () => {
    expect(new Set(DIFFERENCES.map((d) => d.diff)).size).toBe(DIFFERENCES.length);
    expect(DIFFERENCES.every((d) => d.why.length > 20)).toBe(true);
    expect(compareWithVendor(ours, vendor, BASE)).toEqual(DIFFERENCES.map((d) => d.diff).sort());
  });

  test("the comparison notices a new difference: a dropped property, a changed type, an extra parameter, another status", () => {
    const changed = structuredClone(ours) as unknown as {
      components: { schemas: Record<string, { properties: Record<string, unknown>; required: string[] }> };
      paths: Record<string, Record<string, { parameters: unknown[]; responses: Record<string, unknown> }>>;
    };
    const connection = changed.components.schemas.Connection;
    delete connection.properties.credentialId;
    connection.required = connection.required.filter((name) => name !== "credentialId");
    changed.components.schemas.Board.properties.name = { type: "integer" };
    changed.paths[`${BASE}/organisations/{organisationId}/connections`].get.parameters.push({ in: "query", name: "q", schema: { type: "string" } });
    const publish = changed.paths[`${BASE}/organisations/{organisationId}/boards/{boardId}/publish`].post.responses;
    publish["200"] = publish["202"];
    delete publish["202"];
    const found = compareWithVendor(changed as never, vendor, BASE).filter((line) => !DIFFERENCES.some((d) => d.diff === line));
    expect(found).toEqual([
      "Board.name: type integer in ours, string in vendor",
      "Connection.credentialId: required by vendor, absent in ours",
      "GetConnections: parameter query q only in ours",
      "PublishBoard: status 200 only in ours",
      "PublishBoard: status 202 only in vendor",
    ]);
  });

  test("the OAuth callback: 303 to the console for a flow's redirect back, 400 with the Error body without a usable state", () => {
    const callback = (buildDocument(versoriContract) as unknown as { paths: Record<string, { get: { responses: Record<string, { content?: Record<string, { schema: unknown }> }> } }> }).paths[
      `${BASE}/connections/oauth2/callback`
    ].get;
    expect(Object.keys(callback.responses).sort()).toEqual(["303", "400", "default"]);
    expect(callback.responses["400"].content?.["application/json"].schema).toEqual({ $ref: "#/components/schemas/Error" });
  });

  test("every operation is reached through the caller's own organisation (404 for any other), with Switchboard's permissions", () => {
    const operations = operationsOf(buildDocument(versoriContract));
    expect(operations).toHaveLength(22);
    for (const { path, method, op } of operations) {
      const id = String(op.operationId);
      if (!path.includes("{organisationId}")) {
        expect(op["x-tenant"], id).toBeUndefined();
        expect(op["x-public"] === true || op["x-permission"] === null, id).toBe(true);
        continue;
      }
      expect(op["x-tenant"], id).toEqual({ param: "organisationId", otherOrganisation: 404 });
      const resource = /\/(apps|connections|connected-apps|connection-init|boards)/.exec(path.slice(BASE.length + "/organisations/{organisationId}".length))![1];
      const domain = { apps: "app", connections: "connection", "connected-apps": "connection", "connection-init": "connection", boards: "board" }[resource];
      expect(op["x-permission"], id).toBe(`${domain}.${method === "get" ? "read" : "write"}`);
      expect(op["x-if-match"] === true, id).toBe(method === "put" || method === "delete");
    }
  });
});
