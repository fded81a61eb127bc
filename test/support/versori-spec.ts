// Validates response bodies against Versori's own OpenAPI document (test/vendor/, a verbatim copy
// of the vendor's file) with openapi-backend, an OpenAPI 3.0 response validator (nullable,
// oneOf, allOf and $ref handled by its Ajv setup). The file is used as it is, with one reading
// rule about a defect in it, applied below and nowhere else:
//
//   AppAuthConfigData is a oneOf of seven schemas of which two (AppAuthConfigOIDC and
//   AppAuthConfigOAuth2) declare no required property, so every object matches both of them and
//   no auth config's `data` can ever satisfy "exactly one". A oneOf failure at an auth config's
//   `data` whose cause is *several* passing branches is therefore accepted; a `data` matching
//   *no* branch still fails, as does every other error.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import addFormats from "ajv-formats";
import { OpenAPIBackend } from "openapi-backend";

export const VENDOR_SPEC = path.resolve(import.meta.dirname, "../vendor/versori-switchboard-api-v1alpha1.yaml");
/**
 * SHA-256 of the vendor's file as published. A pass against an edited copy would prove nothing
 * about Versori's clients, so the check fails if anyone "fixes" the document instead of the code.
 */
export const VENDOR_SPEC_SHA256 = "ef0d133c812e695615b3e9b93a0205c614d25549eba0350f4867212875bb9980";

export const sha256 = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");

let api: Promise<OpenAPIBackend> | null = null;
export function versoriApi(): Promise<OpenAPIBackend> {
  api ??= (async () => {
    const backend = new OpenAPIBackend({
      definition: VENDOR_SPEC,
      quick: true,
      strict: false,
      customizeAjv: (ajv) => {
        addFormats(ajv);
        return ajv;
      },
    });
    await backend.init();
    return backend;
  })();
  return api;
}

type AjvError = { instancePath: string; keyword: string; params?: { passingSchemas?: unknown }; message?: string };
const ambiguousAuthConfigData = (e: AjvError) =>
  e.keyword === "oneOf" && /(^|\/)(supportedAuthConfigs\/\d+|authConfig)\/data$/.test(e.instancePath) && Array.isArray(e.params?.passingSchemas) && (e.params.passingSchemas as unknown[]).length > 1;

/** The validator's errors for this response, less the one vendor defect described above. */
export async function responseErrors(operationId: string, status: number, body: unknown): Promise<AjvError[]> {
  const result = (await versoriApi()).validateResponse(body, operationId, status);
  return ((result.errors ?? []) as AjvError[]).filter((e) => !ambiguousAuthConfigData(e));
}
