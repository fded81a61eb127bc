// The authorization matrix, generated from the documents: every operation × every principal ×
// every target the operation's ownership allows, with the status the metadata predicts (no cell
// is written by hand). The spec (e2e/api/proofs-matrix.spec.ts) checks what each refusal leaves.
import type { Dialect, Operation } from "./documents";
import type { OrgName, Principal, Principals } from "./principals";

export type Target = "none" | "own" | "another user's" | "another organisation's" | "missing";

export type Cell = { op: Operation; principal: Principal; target: Target; expected: number; refusal: "unauthenticated" | "role" | "object" | null };

export function targetsOf(op: Operation): Target[] {
  if (!op.object) return ["none"];
  if (op.ownership === "global") return ["own", "missing"];
  if (op.ownership === "user") return ["own", "another user's", "another organisation's", "missing"];
  return ["own", "another organisation's", "missing"];
}

const success = (op: Operation) => Math.min(...op.successStatuses);

/** The status the document's metadata predicts, and which kind of refusal it is. */
export function expectedCell(op: Operation, principal: Principal, target: Target): Cell {
  const cell = (expected: number, refusal: Cell["refusal"]): Cell => ({ op, principal, target, expected, refusal });
  if (op.permission === "public") return cell(success(op), null);
  if (!principal.role) return cell(401, "unauthenticated");
  if (op.permission !== null && !(op.roles ?? []).includes(principal.role)) return cell(op.refusal.role ?? 403, "role");
  switch (target) {
    case "missing":
      return cell(op.refusal.missing ?? 404, "object");
    case "another organisation's":
      return cell(op.refusal.otherOrganisation ?? 404, "object");
    case "another user's":
      return cell(op.refusal.otherUser ?? 404, "object");
    default:
      return cell(success(op), null);
  }
}

export function cellsOf(dialects: Dialect[], principals: Principal[]): Cell[] {
  return dialects.flatMap((d) => d.operations.flatMap((op) => principals.flatMap((p) => targetsOf(op).map((t) => expectedCell(op, p, t)))));
}

/** Where the target object lives for a principal: its own organisation, or the other one. */
export const targetOrg = (principal: Principal, target: Target): OrgName =>
  target === "another organisation's" ? (principal.org === "home" ? "other" : "home") : principal.org;

export const describeCell = (c: Cell) => `${c.op.dialect} ${c.op.method.toUpperCase()} ${c.op.path} · ${c.principal.name} · ${c.target}`;

/**
 * Who owns the object a cell targets: for organisation objects its organisation's admin; for
 * user-owned ones the caller itself ("own"), or another member of the target's organisation.
 */
export function ownerOf(cell: Cell, who: Principals): Principal {
  const org = targetOrg(cell.principal, cell.target);
  if (cell.op.ownership !== "user") return who.adminOf[org];
  if (cell.target === "own" && cell.principal.role) return cell.principal;
  return cell.principal === who.adminOf[org] ? who.memberOf[org] : who.adminOf[org];
}
