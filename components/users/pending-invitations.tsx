"use client";

import { useRouter } from "next/navigation";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { RelativeTime } from "@/components/ui/relative-time";
import { CARD_CLASSES, CARD_ROW, CARD_TABLE } from "@/components/data-table/card-layout";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { toast } from "@/components/ui/toast";
import { renewInvitationAction, revokeInvitationAction } from "@/lib/actions/users";
import type { PendingDto } from "@/lib/schemas/users";
import { cn } from "@/lib/utils";
import { ConfirmDialog, LinkDialog } from "./popups";

/**
 * People invited and not yet joined: the address given, the role, when; a fresh link (the older
 * one stops working) or revoke. Nothing of their account is shown: it is not this organisation's.
 * Below `md` each row is a card, by the data table's card classes.
 */
export function PendingInvitations({ items, total, canManage }: { items: PendingDto[]; total: number; canManage: boolean }) {
  const router = useRouter();
  return (
    <section aria-labelledby="pending-heading" className="mt-8 space-y-2">
      <h2 id="pending-heading" className="text-base font-semibold">
        Invited, pending ({total})
      </h2>
      <div className="overflow-x-auto rounded-md border max-md:px-3">
        <Table data-testid="pending-table" className={CARD_TABLE}>
          <TableHeader className="max-md:hidden">
            <TableRow>
              <TableHead>Email</TableHead>
              <TableHead>Role</TableHead>
              <TableHead>Invited</TableHead>
              <TableHead>Link</TableHead>
              {canManage && (
                <TableHead className="text-right">
                  <span className="sr-only">Actions</span>
                </TableHead>
              )}
            </TableRow>
          </TableHeader>
          <TableBody>
            {items.map((p) => (
              <TableRow key={p.userId} className={CARD_ROW}>
                <TableCell className={cn("font-medium break-all", CARD_CLASSES.title)}>{p.email}</TableCell>
                <TableCell data-label="Role" className={CARD_CLASSES.field}>
                  {p.role}
                </TableCell>
                <TableCell data-label="Invited" className={CARD_CLASSES.field}>
                  <RelativeTime value={p.invitedAt} />
                </TableCell>
                <TableCell data-label="Link" className={CARD_CLASSES.field}>
                  {p.expired ? <Badge variant="outline">expired</Badge> : <>until <RelativeTime value={p.expiresAt} /></>}</TableCell>
                {canManage && (
                  <TableCell className={cn("space-x-2 text-right whitespace-nowrap", CARD_CLASSES.actions)}>
                    <LinkDialog
                      trigger={
                        <Button variant="outline" size="sm" aria-haspopup="dialog" aria-label={`New invitation link for ${p.email}`}>
                          New link
                        </Button>
                      }
                      title={`New invitation link for ${p.email}`}
                      description="A fresh link, valid 7 days; the earlier link stops working."
                      confirmText="Make link"
                      run={async () => {
                        const result = await renewInvitationAction({ userId: p.userId });
                        if (result.ok) router.refresh();
                        return result;
                      }}
                      label="Invitation link"
                      testId="invitation-link"
                      note="One use, valid 7 days. You won't see it again: only a hash is kept."
                    />
                    <ConfirmDialog
                      trigger={
                        <Button variant="outline" size="sm" aria-haspopup="dialog" aria-label={`Revoke invitation of ${p.email}`}>
                          Revoke
                        </Button>
                      }
                      title={`Revoke the invitation of ${p.email}?`}
                      description="Their link stops working at once. You can invite them again later."
                      confirmText="Revoke invitation"
                      destructive
                      onConfirm={async () => {
                        const result = await revokeInvitationAction({ userId: p.userId });
                        if (!result.ok) return result.error;
                        toast.success(`Invitation of ${p.email} revoked`);
                      }}
                    />
                  </TableCell>
                )}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      {total > items.length && <p className="text-xs text-muted-foreground">Showing the {items.length} most recent; search by email to find others.</p>}
    </section>
  );
}
