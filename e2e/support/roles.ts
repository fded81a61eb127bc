import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

export type RoleKeys = { admin: string; publisher: string; viewer: string; publisherEmail: string; viewerEmail: string; password: string };
const file = path.resolve(import.meta.dirname, "../../.test-results/e2e-roles.json");

export const saveRoleKeys = (keys: RoleKeys) => writeFileSync(file, JSON.stringify(keys), { mode: 0o600 });
export const roleKeys = (): RoleKeys => JSON.parse(readFileSync(file, "utf8"));
