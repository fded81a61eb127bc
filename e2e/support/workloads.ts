// Workloads and their session tokens for the credential exchange's e2e specs. The workload section
// makes these through its own pages and API; here they are written directly (a content session
// token is a random string stored as SHA-256; a user session token is an HS256 JWT signed with a
// key derived from the console's AUTH_SECRET, read from its data directory).
import { createHash, hkdfSync, randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { SignJWT } from "jose";
import { E2E_DATA_DIR } from "./cli";
import { withDatabase } from "./database";

const ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

/** A new content session token of the workload `contentId`. */
export async function createContentSessionToken(contentId: string): Promise<string> {
  const id = Array.from(randomBytes(8), (b) => ALNUM[b % ALNUM.length]).join("");
  const token = `cst_${id}_${randomBytes(32).toString("base64url")}`;
  await withDatabase((c) =>
    c.query(
      `INSERT INTO content_session_tokens (id, content_id, organization_id, prefix, hash)
       SELECT gen_random_uuid(), id, organization_id, $2, $3 FROM content_items WHERE id = $1`,
      [contentId, `cst_${id}`, createHash("sha256").update(token).digest("hex")],
    ),
  );
  return token;
}

/** A user session token for `email` visiting `contentId` (what a hosting proxy hands the workload). */
export async function createUserSessionToken(email: string, contentId: string, ttlSeconds = 600): Promise<string> {
  const { userId, organizationId } = await withDatabase(async (c) => {
    const { rows } = await c.query(`SELECT u.id AS user_id, c.organization_id FROM users u, content_items c WHERE u.email = $1 AND c.id = $2`, [email, contentId]);
    return { userId: rows[0].user_id as string, organizationId: rows[0].organization_id as string };
  });
  const secret = readFileSync(path.join(E2E_DATA_DIR, "auth.secret"), "utf8").trim();
  const key = new Uint8Array(hkdfSync("sha256", secret, "integration-console", "posit user session token v1", 32));
  return new SignJWT({ cid: contentId, org: organizationId })
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setSubject(userId)
    .setIssuer("integration-console")
    .setAudience("posit-user-session")
    .setIssuedAt()
    .setExpirationTime(`${ttlSeconds}s`)
    .sign(key);
}

/** posit-sdk's exchange request: form fields, `Authorization: Key`. */
export function exchangeForm(subjectToken: string, subjectTokenType: "content" | "user", extra: Record<string, string> = {}): string {
  return new URLSearchParams({
    grant_type: "urn:ietf:params:oauth:grant-type:token-exchange",
    subject_token: subjectToken,
    subject_token_type: subjectTokenType === "content" ? "urn:posit:connect:content-session-token" : "urn:posit:connect:user-session-token",
    ...extra,
  }).toString();
}
