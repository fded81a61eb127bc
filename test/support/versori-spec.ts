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
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import addFormats from "ajv-formats";
import { OpenAPIBackend } from "openapi-backend";

export const VENDOR_SPEC = path.resolve(import.meta.dirname, "../vendor/versori-switchboard-api-v1alpha1.yaml");
/** The shared copy the issue points at, when this checkout has it beside it. */
export const SHARED_SPEC = path.resolve(import.meta.dirname, "../../../shared/specs/versori-switchboard-api-v1alpha1.yaml");

export const sha256 = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");
export const sharedSpecIfPresent = () => (existsSync(SHARED_SPEC) ? SHARED_SPEC : null);

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
