"use server";
// The Groups pages' writes: the same services as Posit's groups API (lib/server/groups/), which
// check group.manage, scope to the caller's organisation and audit.
import { z } from "zod";
import { addGroupMemberByLogin } from "@/lib/server/groups/add-member-by-login";
import { createGroup } from "@/lib/server/groups/create-group";
import { deleteGroup } from "@/lib/server/groups/delete-group";
import { removeGroupMember } from "@/lib/server/groups/group-members";
import { suggestGroupMembers } from "@/lib/server/groups/suggest-members";
import { body, selection, textId as guid } from "./args";
import { consoleAction } from "./console-action";
import { deleteEach } from "./delete-each";

// Integration pages name groups in "who can use it".
const revalidate = ["/groups", "/integrations"];

export const createGroupAction = consoleAction(body, async (input, { actor, context }) => ({ guid: (await createGroup(actor, input, context)).guid }), { revalidate });

export const deleteGroupAction = consoleAction(z.object({ guid }), ({ guid }, { actor, context }) => deleteGroup(actor, guid, context), { revalidate });

/** The list's bulk delete: each group on its own (a group that is an integration's only entry is kept and named). */
export const deleteGroupsAction = consoleAction(
  selection(z.object({ guid, name: z.string().max(200) })),
  ({ items }, { actor, context }) => deleteEach(items, (item) => item.name, (item) => deleteGroup(actor, item.guid, context)),
  { revalidate },
);

/** Adds a member by email or username (`login`, checked by the service). */
export const addGroupMemberAction = consoleAction(
  z.looseObject({ groupGuid: guid }),
  async ({ groupGuid, ...member }, { actor, context }) => ({ email: (await addGroupMemberByLogin(actor, groupGuid, member, context)).email }),
  { revalidate },
);

export const removeGroupMemberAction = consoleAction(
  z.object({ groupGuid: guid, userGuid: guid }),
  ({ groupGuid, userGuid }, { actor, context }) => removeGroupMember(actor, groupGuid, userGuid, context),
  { revalidate },
);

/** "Add member" suggestions as someone types (reads only: nothing to revalidate). */
export const suggestGroupMembersAction = consoleAction(z.object({ groupGuid: guid, query: z.string().max(200) }), async ({ groupGuid, query }, { actor, context }) => ({
  suggestions: await suggestGroupMembers(actor, groupGuid, query, context),
}));
