"use server";
// The console's integration writes: the same services the Posit API calls. No result ever carries
// a secret. Tags and permissions are checked by the service with the shared schemas (as for
// Posit's API).
import { z } from "zod";
import { createIntegration } from "@/lib/server/integrations/create-integration";
import { deleteIntegration } from "@/lib/server/integrations/delete-integration";
import { searchPrincipals } from "@/lib/server/integrations/search-principals";
import { updateIntegration } from "@/lib/server/integrations/update-integration";
import { verifyIntegration } from "@/lib/server/integrations/verify-integration";
import { selection, textId as guid, version } from "./args";
import { consoleAction } from "./console-action";
import { deleteEach } from "./delete-each";

const fields = { name: z.string(), description: z.string(), config: z.record(z.string(), z.unknown()), tags: z.unknown().optional(), permissions: z.unknown().optional(), secret_expires_time: z.unknown().optional() };
const target = z.object({ guid, version });
const revalidate = ["/integrations"];

export const createIntegrationAction = consoleAction(
  z.object({ ...fields, template: z.string() }),
  async (input, { actor, context }) => ({ guid: (await createIntegration(actor, input, context)).guid }),
  { revalidate },
);

export const updateIntegrationAction = consoleAction(
  z.object({ guid, version, ...fields }),
  async ({ guid, version, ...patch }, { actor, context }) => ({ version: (await updateIntegration(actor, guid, patch, { expectedVersion: version }, context)).version }),
  { revalidate },
);

export const deleteIntegrationAction = consoleAction(target, ({ guid, version }, { actor, context }) => deleteIntegration(actor, guid, { expectedVersion: version }, context), { revalidate });

/** The list's bulk delete: each row with the version the list showed (a row changed since is kept and named), each its own transaction and audit event. */
export const deleteIntegrationsAction = consoleAction(
  selection(target),
  ({ items }, { actor, context }) => deleteEach(items, (item) => item.guid, (item) => deleteIntegration(actor, item.guid, { expectedVersion: item.version }, context)),
  { revalidate },
);

/** Verify writes only an audit event, which the detail page lists. */
export const verifyIntegrationAction = consoleAction(
  z.object({ guid }),
  async ({ guid }, { actor, context }) => ({ outcome: await verifyIntegration(actor, guid, context) }),
  { revalidate: ({ guid }) => [`/integrations/${guid}`] },
);

/** "Who can use it": people and groups of the caller's organisation matching what was typed. */
export const searchPrincipalsAction = consoleAction(z.object({ query: z.string().max(200) }), async ({ query }, { actor, context }) => ({
  choices: await searchPrincipals(actor, query, context),
}));
