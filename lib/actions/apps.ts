"use server";
// The console's app writes: the same services the Switchboard API calls.
import { z } from "zod";
import { createApp } from "@/lib/server/apps/create-app";
import { deleteApp } from "@/lib/server/apps/delete-app";
import { updateApp } from "@/lib/server/apps/update-app";
import { selection, textId as id, version } from "./args";
import { consoleAction } from "./console-action";
import { deleteEach } from "./delete-each";

const target = z.object({ id, version });
const revalidate = ["/apps"];

/** The app form's save: with `id` and `version` (the app the form loaded) an update, without them a create; the rest is the form's values. */
export const saveAppAction = consoleAction(
  z.looseObject({ id: id.optional(), version: version.optional() }).refine((app) => app.id === undefined || app.version !== undefined, { path: ["version"], message: "Reload the form: the version it loaded is missing" }),
  async ({ id, version, ...input }, { actor, context }) => {
    const saved = id === undefined ? await createApp(actor, input, context) : await updateApp(actor, id, input, { expectedVersion: version }, context);
    return { id: saved.id };
  },
  { revalidate },
);

export const deleteAppAction = consoleAction(
  target,
  async ({ id, version }, { actor, context }) => {
    await deleteApp(actor, id, { expectedVersion: version }, context);
  },
  { revalidate },
);

/** The list's bulk delete: each selected app with the version the list showed (one that connections use is kept, and named). */
export const deleteAppsAction = consoleAction(
  selection(target),
  ({ items }, { actor, context }) => deleteEach(items, (item) => `app ${item.id}`, (item) => deleteApp(actor, item.id, { expectedVersion: item.version }, context)),
  { revalidate },
);
