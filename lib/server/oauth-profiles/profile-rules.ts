import "server-only";
import { AppError, isAppError } from "@/lib/errors";
import type { Tx } from "@/lib/server/db/client";
import { loadOAuthApp } from "@/lib/server/oauth-apps/oauth-app-dto";

/**
 * The app a profile body names must exist in the organisation: else HDP's "Invalid OAuthApplicationId" as a 400.
 * Returns its token URI: the endpoint the profile's tokens are stored for.
 */
export async function requireAppForProfile(tx: Tx, organizationId: string, oauthAppId: number): Promise<{ tokenURI: string }> {
  try {
    return await loadOAuthApp(organizationId, oauthAppId, tx);
  } catch (error) {
    if (isAppError(error) && error.code === "not_found") {
      const message = `Invalid OAuthApplicationId: ${oauthAppId}`;
      throw new AppError("validation_failed", message, { fieldErrors: { oauthAppId: [message] } });
    }
    throw error;
  }
}

export const duplicateProfileName = (name: string) =>
  new AppError("conflict", `An OAuth profile named ${name} already exists for this user.`, {
    fieldErrors: { name: [`An OAuth profile named ${name} already exists for this user`] },
  });
