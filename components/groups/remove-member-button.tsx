"use client";

import { UserMinusIcon } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState, useTransition, type MouseEvent } from "react";
import { toast } from "@/components/ui/toast";
import { removeGroupMemberAction } from "@/lib/actions/groups";
import {
  AlertDialog,
  AlertDialogAction,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
  AlertDialogTrigger,
} from "@/components/ui/alert-dialog";
import { Button } from "@/components/ui/button";
import { Spinner } from "@/components/ui/spinner";
import type { MemberDto } from "@/lib/schemas/users";

type Props = { groupGuid: string; groupName: string; member: Pick<MemberDto, "userId" | "email"> };

/** Removes a member from the group after a confirmation; their account is untouched. */
export function RemoveMemberButton({ groupGuid, groupName, member }: Props) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [pending, startTransition] = useTransition();

  function confirm(event: MouseEvent) {
    event.preventDefault(); // keep the dialog open until the server answers
    startTransition(async () => {
      const result = await removeGroupMemberAction({ groupGuid, userGuid: member.userId });
      setOpen(false);
      if (!result.ok) {
        toast.error(result.error);
        router.refresh();
        return;
      }
      toast.success(`Removed ${member.email} from ${groupName}`);
      // The row is gone: focus the heading rather than <body>.
      requestAnimationFrame(() => document.querySelector<HTMLElement>("#main h1")?.focus());
    });
  }

  return (
    <AlertDialog open={open} onOpenChange={(next) => !pending && setOpen(next)}>
      <AlertDialogTrigger asChild>
        <Button variant="outline" size="sm" aria-label={`Remove ${member.email}`}>
          <UserMinusIcon aria-hidden />
          Remove
        </Button>
      </AlertDialogTrigger>
      <AlertDialogContent>
        <AlertDialogHeader>
          <AlertDialogTitle className="break-words">
            Remove {member.email} from {groupName}?
          </AlertDialogTitle>
          <AlertDialogDescription>
            They lose what this group gives them — the integrations that name the group in who can use it. Their account and other groups are untouched.
          </AlertDialogDescription>
        </AlertDialogHeader>
        <AlertDialogFooter>
          <AlertDialogCancel disabled={pending}>Cancel</AlertDialogCancel>
          <AlertDialogAction variant="destructive" disabled={pending} onClick={confirm}>
            {pending && <Spinner aria-hidden />}
            Remove member
          </AlertDialogAction>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}
