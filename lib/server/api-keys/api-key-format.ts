import "server-only";
// API keys: "ic_" + 8-character id + "_" + 256 random bits, stored as SHA-256 (lib/server/crypto/opaque-token.ts).
import { hashOpaqueToken, opaqueTokenKind } from "@/lib/server/crypto/opaque-token";

const API_KEY = opaqueTokenKind("ic");

export function generateApiKey(): { key: string; prefix: string; hash: string } {
  const { token, prefix, hash } = API_KEY.generate();
  return { key: token, prefix, hash };
}

export const looksLikeApiKey = API_KEY.looksLike;

export const hashApiKey = hashOpaqueToken;
