// People's words for audit actions ("connection.create" → "Created"), for the audit log and the
// integration's activity (apart from labels.ts so that forms do not load them).
import { fieldLabel } from "@/lib/labels";

// What happened, by the verb at the end of an action ("integration.create" → "Created").
const VERBS: Record<string, string> = {
  create: "Created",
  update: "Updated",
  delete: "Deleted",
  read: "Viewed",
  verify: "Verified",
  test: "Tested",
  refresh: "Tokens refreshed",
  publish: "Published",
  unpublish: "Unpublished",
  connect: "Connected",
  reconnect: "Reconnected",
  disconnect: "Disconnected",
  init: "Connection started",
  revoke: "Revoked",
  rotate: "Rotated",
  login: "Signed in",
  associate: "Integrations associated",
  exchange: "Credentials exchanged",
  addMember: "Member added",
  removeMember: "Member removed",
  replaceTokens: "Tokens replaced",
  issueAccessToken: "Access token issued",
  apiKeyIssued: "API key issued",
  tokenObtained: "Token obtained",
};

/** "connection.create" → "Created"; an unknown verb is spelled out ("foo.doThing" → "Do thing"). */
export function actionLabel(action: string): string {
  const verb = action.split(".").at(-1) ?? action;
  return VERBS[verb] ?? fieldLabel(verb);
}

/** The subject of an action, for lists of every kind ("oauthApp.create" → "OAuth app"). */
export function actionSubject(action: string): string {
  const subject = action.includes(".") ? action.slice(0, action.lastIndexOf(".")) : "";
  return subject ? fieldLabel(subject.replace(/\./g, "_")) : "";
}
