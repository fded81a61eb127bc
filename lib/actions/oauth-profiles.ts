"use server";
// The console's OAuth profile actions: the same services as HDP's API. Connect/Reconnect start the
// browser flow (a binding cookie ties it to this browser) and hand back the provider's URL.
// `owner` names whose profile it is: "" (or absent) = the caller's own; an email = that
// member's (admins).
import { z } from "zod";
import { createOAuthProfile } from "@/lib/server/oauth-profiles/create-oauth-profile";
import { deleteOAuthProfile } from "@/lib/server/oauth-profiles/delete-oauth-profile";
import { refreshOAuthProfile } from "@/lib/server/oauth-profiles/refresh-oauth-profile";
import { replaceOAuthProfileTokens } from "@/lib/server/oauth-profiles/replace-oauth-profile-tokens";
import { startOAuthProfileConnect, startOAuthProfileReconnect } from "@/lib/server/oauth-profiles/start-oauth-profile-connect";
import { updateOAuthProfile } from "@/lib/server/oauth-profiles/update-oauth-profile";
import { body, numericId as id, selection, version } from "./args";
import { consoleAction } from "./console-action";
import { deleteEach } from "./delete-each";
import { withBinding } from "./oauth-binding";

const owner = z.string().max(320).optional();
const scopeOf = (email: string | undefined) => ({ user: email || null });
const revalidate = ["/oauth-profiles"];

export const connectOAuthProfileAction = consoleAction(body, (input, { actor, context }) => withBinding((request) => startOAuthProfileConnect(actor, input, request, context)));

export const reconnectOAuthProfileAction = consoleAction(z.object({ id }), ({ id }, { actor, context }) => withBinding((request) => startOAuthProfileReconnect(actor, id, request, context)));

export const createOAuthProfileAction = consoleAction(body, async (input, { actor, context }) => ({ id: (await createOAuthProfile(actor, input, {}, context)).id }), { revalidate });

/** `id`, `owner` and `version` name the profile the form loaded; the rest is the form's values. */
export const updateOAuthProfileAction = consoleAction(
  z.looseObject({ id, owner, version }),
  async ({ id, owner, version, ...input }, { actor, context }) => ({
    version: (await updateOAuthProfile(actor, id, input, scopeOf(owner), { expectedVersion: version }, context)).version,
  }),
  { revalidate },
);

export const replaceOAuthProfileTokensAction = consoleAction(
  z.looseObject({ id, owner, version }),
  async ({ id, owner, version, ...tokens }, { actor, context }) => ({
    version: (await replaceOAuthProfileTokens(actor, id, tokens, scopeOf(owner), { expectedVersion: version }, context)).version,
  }),
  { revalidate },
);

export const refreshOAuthProfileAction = consoleAction(
  z.object({ id, owner }),
  async ({ id, owner }, { actor, context }) => ({ outcome: (await refreshOAuthProfile(actor, id, scopeOf(owner), context)).outcome }),
  { revalidate },
);

export const deleteOAuthProfileAction = consoleAction(
  z.object({ id, owner, version }),
  ({ id, owner, version }, { actor, context }) => deleteOAuthProfile(actor, id, scopeOf(owner), { expectedVersion: version }, context),
  { revalidate },
);

/** The list's bulk delete: each selected profile (an admin's list may hold other members') with the version the list showed. */
export const deleteOAuthProfilesAction = consoleAction(
  selection(z.object({ id, version, owner })),
  ({ items }, { actor, context }) =>
    deleteEach(items, (item) => `OAuth profile ${item.id}`, (item) => deleteOAuthProfile(actor, item.id, scopeOf(item.owner), { expectedVersion: item.version }, context)),
  { revalidate },
);
