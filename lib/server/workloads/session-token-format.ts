import "server-only";
// Content session tokens: "cst_" + 8-character id + "_" + 256 random bits, stored as SHA-256 like
// API keys (lib/server/crypto/opaque-token.ts).
import { hashOpaqueToken, opaqueTokenKind } from "@/lib/server/crypto/opaque-token";

const SESSION_TOKEN = opaqueTokenKind("cst");

export const generateContentSessionToken = SESSION_TOKEN.generate;

export const looksLikeContentSessionToken = SESSION_TOKEN.looksLike;

export const hashContentSessionToken = hashOpaqueToken;
