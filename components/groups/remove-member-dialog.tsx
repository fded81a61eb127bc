"use client";

import { useRouter } from "next/navigation";
import type { ReactNode } from "react";
import { toast } from "@/components/ui/toast";
import { removeGroupMemberAction } from "@/lib/actions/groups";
import ConfirmDialog from "@/components/ui/confirm-dialog";
import type { MemberDto } from "@/lib/schemas/users";

type Props = { groupGuid: string; groupName: string; member: Pick<MemberDto, "userId" | "email">; trigger?: ReactNode };

/** Removes a member from the group after a confirmation; their account is untouched. Loaded on first use (./popups.ts). */
export default function RemoveMemberDialog({ groupGuid, groupName, member, trigger }: Props) {
  const router = useRouter();
  return (
    <ConfirmDialog
      trigger={trigger}
      title={`Remove ${member.email} from ${groupName}?`}
      description="They lose what this group gives them — the integrations that name the group in who can use it. Their account and other groups are untouched."
      confirmText="Remove member"
      destructive
      onConfirm={async () => {
        const result = await removeGroupMemberAction({ groupGuid, userGuid: member.userId });
        if (!result.ok) {
          toast.error(result.error);
          router.refresh();
          return;
        }
        toast.success(`Removed ${member.email} from ${groupName}`);
        // The row is gone: focus the heading rather than <body>.
        requestAnimationFrame(() => document.querySelector<HTMLElement>("#main h1")?.focus());
      }}
    />
  );
}
