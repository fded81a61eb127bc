// Every dialect's contract, one line each: adding a dialect's document is adding it here
// (it is then served at /api/openapi/<name>.json, listed on /api/docs, and held to its routes by
// lib/contract/route-coverage.test.ts).
import { fruxonContract } from "@/lib/dialects/fruxon/openapi";
import { hdpContract } from "@/lib/dialects/hdp/openapi";
import { positContract } from "@/lib/dialects/posit/openapi";
import { versoriContract } from "@/lib/dialects/versori/openapi";
import type { DialectContract } from "./operation";

export const DIALECT_CONTRACTS: readonly DialectContract[] = [
  positContract,
  hdpContract,
  fruxonContract,
  versoriContract,
];

export const findContract = (name: string) => DIALECT_CONTRACTS.find((contract) => contract.name === name);
