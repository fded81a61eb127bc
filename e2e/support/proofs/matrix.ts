// The authorization matrix, generated from the documents: every operation × every principal ×
// every target the operation's metadata allows, with the status the metadata predicts (no cell
// is written by hand). The spec (e2e/api/proofs-matrix.spec.ts) checks what each refusal leaves.
import type { Dialect, Operation } from "./documents";
import type { OrgName, Principal, Principals } from "./principals";

export type Target =
  | "none"
  | "own"
  | "another user's"
  | "another organisation's"
  | "missing"
  /** x-tenant: the path names another organisation (its slug) instead of the caller's. */
  | "another organisation's tenant"
  /** x-on-behalf: `?user=` names another member (and the object, if any, is that member's). */
  | "another user's (?user=)"
  /** x-on-behalf: `?user=` names nobody in the organisation. */
  | "unknown user (?user=)";

export type Cell = {
  op: Operation;
  principal: Principal;
  target: Target;
  expected: number;
  refusal: "unauthenticated" | "role" | "object" | null;
  /** The permission a role refusal is audited under. */
  permission?: string;
};

export function targetsOf(op: Operation): Target[] {
  const targets: Target[] = !op.object
    ? ["none"]
    : op.ownership === "global"
      ? ["own", "missing"]
      : op.ownership === "user"
        ? ["own", "another user's", "another organisation's", "missing"]
        : ["own", "another organisation's", "missing"];
  if (op.tenant) targets.push("another organisation's tenant");
  if (op.onBehalf) targets.push("another user's (?user=)", "unknown user (?user=)");
  return targets;
}

const success = (op: Operation) => Math.min(...op.successStatuses);

/** The status the document's metadata predicts, and which kind of refusal it is. */
export function expectedCell(op: Operation, principal: Principal, target: Target): Cell {
  const cell = (expected: number, refusal: Cell["refusal"], permission?: string): Cell => ({ op, principal, target, expected, refusal, permission });
  if (op.permission === "public") return cell(success(op), null);
  if (!principal.role) return cell(401, "unauthenticated");
  // The organisation in the path is checked before anything else (lib/contract/operation.ts, x-tenant).
  if (target === "another organisation's tenant") return cell(op.tenant!.otherOrganisation, "object");
  // Naming another member needs the on-behalf permission, checked before the operation's own.
  if (target === "another user's (?user=)" || target === "unknown user (?user=)") {
    const onBehalf = op.onBehalf!;
    if (!onBehalf.roles.includes(principal.role)) return cell(onBehalf.refusal, "role", onBehalf.permission);
    if (target === "unknown user (?user=)") return cell(onBehalf.unknownUser, "object");
  }
  if (op.permission !== null && !(op.roles ?? []).includes(principal.role)) return cell(op.refusal.role ?? 403, "role", op.permission);
  switch (target) {
    case "missing":
      return cell(op.refusal.missing ?? 404, "object");
    case "another organisation's":
      return cell(op.refusal.otherOrganisation ?? 404, "object");
    case "another user's":
      // x-reach-all: these roles reach every member's objects (an admin and a publisher's workload).
      if (op.reachAll?.roles.includes(principal.role)) return cell(success(op), null);
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
  target === "another organisation's" || target === "another organisation's tenant" ? (principal.org === "home" ? "other" : "home") : principal.org;

export const describeCell = (c: Cell) => `${c.op.dialect} ${c.op.method.toUpperCase()} ${c.op.path} · ${c.principal.name} · ${c.target}`;

/**
 * Who owns the object a cell targets: for organisation objects its organisation's admin; for
 * user-owned ones the caller itself ("own"), or another member of the target's organisation
 * ("another user's", also the member `?user=` names).
 */
export function ownerOf(cell: Cell, who: Principals): Principal {
  const org = targetOrg(cell.principal, cell.target);
  if (cell.op.ownership !== "user") return who.adminOf[org];
  // A role refusal is answered before any object is looked at: the organisation's admin owns the
  // object then (a viewer cannot own a workload, so it could not make its "own").
  if (cell.refusal === "role") return who.adminOf[org];
  if ((cell.target === "own" || cell.target === "unknown user (?user=)") && cell.principal.role) return cell.principal;
  return cell.principal === who.adminOf[org] ? who.memberOf[org] : who.adminOf[org];
}

/** The member `?user=` names for a cell (another member of the caller's organisation), if any. */
export function onBehalfUser(cell: Cell, who: Principals): string | undefined {
  if (cell.target === "unknown user (?user=)") return `proofs-nobody-${crypto.randomUUID().slice(0, 8)}@example.com`;
  if (cell.target !== "another user's (?user=)") return undefined;
  return cell.op.object ? ownerOf(cell, who).email : (cell.principal === who.adminOf[cell.principal.org] ? who.memberOf : who.adminOf)[cell.principal.org].email;
}
