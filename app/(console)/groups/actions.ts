"use server";
// The Groups pages' writes: the same services as Posit's groups API (lib/server/groups/), which
// check group.manage, scope to the caller's organisation and audit; parse → service → revalidate
// → minimal result.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { actionFailure, deleteEach, type ActionResult } from "@/lib/action-result";
import { requestContext, requireActor } from "@/lib/server/auth/page-auth";
import { addGroupMemberByLogin } from "@/lib/server/groups/add-member-by-login";
import { createGroup } from "@/lib/server/groups/create-group";
import { deleteGroup } from "@/lib/server/groups/delete-group";
import { removeGroupMember } from "@/lib/server/groups/group-members";

const guid = z.string().min(1).max(100);
const revalidateGroups = () => {
  revalidatePath("/groups", "layout");
  // Integration pages name groups in "who can use it".
  revalidatePath("/integrations", "layout");
};

export async function createGroupAction(input: unknown): Promise<ActionResult<{ guid: string }>> {
  const actor = await requireActor();
  try {
    const created = await createGroup(actor, input, await requestContext());
    revalidateGroups();
    return { ok: true, guid: created.guid };
  } catch (error) {
    return actionFailure(error);
  }
}

export async function deleteGroupAction(groupGuid: unknown): Promise<ActionResult> {
  const actor = await requireActor();
  const parsed = guid.safeParse(groupGuid);
  if (!parsed.success) return { error: "Group not found" };
  try {
    await deleteGroup(actor, parsed.data, await requestContext());
    revalidateGroups();
    return { ok: true };
  } catch (error) {
    return actionFailure(error);
  }
}

const bulkDeleteArgs = z.array(z.object({ guid, name: z.string().max(200) })).min(1).max(100);

/** The list's bulk delete: each group on its own (a group that is an integration's only entry is kept and named). */
export async function deleteGroupsAction(input: unknown): Promise<ActionResult<{ deleted: number }>> {
  const actor = await requireActor();
  const parsed = bulkDeleteArgs.safeParse(input);
  if (!parsed.success) return { error: "Choose the groups to delete" };
  const context = await requestContext();
  const result = await deleteEach(parsed.data, (item) => item.name, (item) => deleteGroup(actor, item.guid, context));
  revalidateGroups();
  return result;
}

export async function addGroupMemberAction(groupGuid: unknown, input: unknown): Promise<ActionResult<{ email: string }>> {
  const actor = await requireActor();
  const parsed = guid.safeParse(groupGuid);
  if (!parsed.success) return { error: "Group not found" };
  try {
    const added = await addGroupMemberByLogin(actor, parsed.data, input, await requestContext());
    revalidateGroups();
    return { ok: true, email: added.email };
  } catch (error) {
    return actionFailure(error);
  }
}

export async function removeGroupMemberAction(groupGuid: unknown, userGuid: unknown): Promise<ActionResult> {
  const actor = await requireActor();
  const parsed = z.tuple([guid, guid]).safeParse([groupGuid, userGuid]);
  if (!parsed.success) return { error: "Group member not found" };
  try {
    await removeGroupMember(actor, parsed.data[0], parsed.data[1], await requestContext());
    revalidateGroups();
    return { ok: true };
  } catch (error) {
    return actionFailure(error);
  }
}
