"use server";
// The Workloads pages' writes: the same services as Posit's content API (lib/server/workloads/,
// lib/server/content/), which check the permission table, apply the ownership rule (publishers:
// their own workloads; admins: all), scope to the organisation and audit. Tokens are returned
// once, to the dialog that shows them; the pages never render one.
import { z } from "zod";
import { setContentAssociations } from "@/lib/server/content/content-associations";
import { createContentSessionToken } from "@/lib/server/workloads/create-content-session-token";
import { createWorkload } from "@/lib/server/workloads/create-workload";
import { deleteWorkload } from "@/lib/server/workloads/delete-workload";
import { issueUserSessionToken } from "@/lib/server/workloads/issue-user-session-token";
import { revokeContentSessionToken } from "@/lib/server/workloads/revoke-content-session-token";
import { searchAssociableIntegrations } from "@/lib/server/workloads/search-associable-integrations";
import { updateWorkload } from "@/lib/server/workloads/update-workload";
import { body, textId as guid, version } from "./args";
import { consoleAction } from "./console-action";

// An integration's page lists the workloads that use it.
const revalidate = ["/workloads", "/integrations"];
const workload = z.object({ guid });

export const createWorkloadAction = consoleAction(body, async (input, { actor, context }) => ({ guid: (await createWorkload(actor, input, context)).guid }), { revalidate });

export const updateWorkloadAction = consoleAction(
  z.object({ guid, version, values: body }),
  async ({ guid, version, values }, { actor, context }) => ({ version: (await updateWorkload(actor, guid, values, { expectedVersion: version }, context)).version }),
  { revalidate },
);

export const deleteWorkloadAction = consoleAction(z.object({ guid, version }), ({ guid, version }, { actor, context }) => deleteWorkload(actor, guid, { expectedVersion: version }, context), { revalidate });

export const createSessionTokenAction = consoleAction(
  workload,
  async ({ guid }, { actor, context }) => {
    const { token, sessionToken } = await createContentSessionToken(actor, guid, context);
    return { token, prefix: sessionToken.prefix };
  },
  { revalidate: ["/workloads"] },
);

export const revokeSessionTokenAction = consoleAction(
  z.object({ guid, tokenId: guid }),
  ({ guid, tokenId }, { actor, context }) => revokeContentSessionToken(actor, guid, tokenId, context),
  { revalidate: ["/workloads"] },
);

/** "Session token for me": the caller's own user session token for this workload. */
export const userSessionTokenAction = consoleAction(workload, async ({ guid }, { actor, context }) => {
  const issued = await issueUserSessionToken(actor, guid, {}, context);
  return { token: issued.token, expiresIn: issued.expiresIn };
});

/** Replaces the workload's associated integrations (the whole set; [] clears it). */
export const setWorkloadAssociationsAction = consoleAction(
  z.object({ guid, integrationGuids: z.array(guid).max(200) }),
  ({ guid, integrationGuids }, { actor, context }) => setContentAssociations(actor, guid, integrationGuids.map((g) => ({ oauth_integration_guid: g })), context),
  { revalidate },
);

/** The "Add integration" search (a few by name; see searchAssociableIntegrations). */
export const searchIntegrationsForWorkloadAction = consoleAction(z.object({ query: z.string().max(200) }), async ({ query }, { actor, context }) => ({
  items: await searchAssociableIntegrations(actor, query, context),
}));
