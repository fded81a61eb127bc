// The OpenAPI documents, built once per process from the registered contracts.
import { buildDocument, type OpenApiDocument } from "./build-document";
import { DIALECT_CONTRACTS, findContract } from "./registry";

const built = new Map<string, OpenApiDocument>();

export function openApiDocumentFor(name: string): OpenApiDocument | undefined {
  const contract = findContract(name);
  if (!contract) return undefined;
  let document = built.get(name);
  if (!document) built.set(name, (document = buildDocument(contract)));
  return document;
}

/** Every dialect's document with its URL, for the reference page. */
export const documentSources = () =>
  DIALECT_CONTRACTS.map((contract) => ({
    name: contract.name,
    title: contract.title,
    url: `/api/openapi/${contract.name}.json`,
    authentication: {
      preferredSecurityScheme: contract.securitySchemeName,
      ...(contract.securityPrefill && { securitySchemes: { [contract.securitySchemeName]: contract.securityPrefill } }),
    },
  }));
