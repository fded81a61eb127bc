"use server";
// The console's OAuth app writes: the same services as HDP's API, the same shared schemas.
import { z } from "zod";
import { createOAuthApp } from "@/lib/server/oauth-apps/create-oauth-app";
import { deleteOAuthApp } from "@/lib/server/oauth-apps/delete-oauth-app";
import { updateOAuthApp } from "@/lib/server/oauth-apps/update-oauth-app";
import { body, numericId as id, selection, version } from "./args";
import { consoleAction } from "./console-action";
import { deleteEach } from "./delete-each";

// A profile's page names its app.
const revalidate = ["/oauth-apps", "/oauth-profiles"];
const target = z.object({ id, version });

export const createOAuthAppAction = consoleAction(body, async (input, { actor, context }) => ({ id: (await createOAuthApp(actor, input, context)).id }), { revalidate });

/** `id` and `version` name the app the form loaded; the rest is the form's values. */
export const updateOAuthAppAction = consoleAction(
  z.looseObject({ id, version }),
  async ({ id, version, ...input }, { actor, context }) => ({ version: (await updateOAuthApp(actor, id, input, { expectedVersion: version }, context)).version }),
  { revalidate },
);

/** Deletes the app and its profiles. */
export const deleteOAuthAppAction = consoleAction(target, ({ id, version }, { actor, context }) => deleteOAuthApp(actor, id, { expectedVersion: version }, context), { revalidate });

/** The list's bulk delete: each selected app (and its profiles) with the version the list showed. */
export const deleteOAuthAppsAction = consoleAction(
  selection(target),
  ({ items }, { actor, context }) => deleteEach(items, (item) => `OAuth app ${item.id}`, (item) => deleteOAuthApp(actor, item.id, { expectedVersion: item.version }, context)),
  { revalidate },
);
