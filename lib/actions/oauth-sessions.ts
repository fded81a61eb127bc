"use server";
// "Connect your account" and "Disconnect" for Viewer integrations (the user's OAuth sessions, as
// Posit calls them): the same services as Posit's v1/oauth/sessions.
import { z } from "zod";
import { deleteOAuthSession } from "@/lib/server/oauth-sessions/delete-oauth-session";
import { startOAuthSessionConnect } from "@/lib/server/oauth-sessions/start-oauth-session-connect";
import { textId as guid } from "./args";
import { consoleAction } from "./console-action";
import { withBinding } from "./oauth-binding";

export const connectAccountAction = consoleAction(z.object({ guid }), ({ guid }, { actor, context }) =>
  withBinding((request) => startOAuthSessionConnect(actor, guid, request, context)),
);

export const disconnectAccountAction = consoleAction(z.object({ guid }), ({ guid }, { actor, context }) => deleteOAuthSession(actor, guid, context), {
  revalidate: ["/connected-accounts"],
});
