import "server-only";
// Rules every OAuth app write applies beyond the shared schema.
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/server/auth/actor";
import { checkProviderUrl } from "@/lib/server/oauth";

/** HDP's `tenantId`: accepted only when it names the caller's organisation (by id or slug). */
export function checkTenant(actor: Actor, tenantId: string | number | null | undefined): void {
  if (tenantId === undefined || tenantId === null || tenantId === "") return;
  const given = String(tenantId);
  if (given !== actor.organizationId && given !== actor.organizationSlug) {
    throw new AppError("forbidden", "You can manage OAuth applications only in your own tenant.");
  }
}

/** The browser is sent to authorizeURI and the server posts to tokenURI: https (http only on loopback where allowed). */
export function checkAppUrls(data: { authorizeURI: string; tokenURI: string }): void {
  for (const [field, value] of [
    ["authorizeURI", data.authorizeURI],
    ["tokenURI", data.tokenURI],
  ] as const) {
    try {
      checkProviderUrl(value, field);
    } catch (error) {
      if (error instanceof AppError) throw new AppError("validation_failed", error.message, { fieldErrors: { [field]: [error.message] } });
      throw error;
    }
  }
}

export const duplicateAppName = (name: string) =>
  new AppError("conflict", `An OAuth application named ${name} already exists.`, { fieldErrors: { name: [`An OAuth application named ${name} already exists`] } });

/** PostgreSQL unique violation (Prisma P2002, or 23505 from a raw statement). */
export function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; meta?: { code?: string }; cause?: { code?: string } } | null;
  return e?.code === "P2002" || e?.code === "23505" || e?.meta?.code === "23505" || e?.cause?.code === "23505";
}

/** The app's columns from a validated create or update body. */
export const appColumns = (data: { name: string; dataStore: number; description: string; clientId: string; authorizeURI: string; tokenURI: string; scope: string }) => ({
  name: data.name,
  dataStore: data.dataStore,
  description: data.description,
  clientId: data.clientId,
  authorizeUri: data.authorizeURI,
  tokenUri: data.tokenURI,
  scope: data.scope,
});
