import { toast } from "@/components/ui/toast";
import type { ActionFailure } from "@/lib/action-result";

/**
 * A failed role or status change. On a version conflict the list is reloaded at once, so the admin
 * sees what the other person changed before deciding again; nothing was overwritten.
 */
export function notifyMemberFailure(failure: ActionFailure, reload: () => void) {
  if (failure.conflict) {
    toast.error("Not saved: someone else changed this user first", {
      description: "The list now shows their change. Check it, then try again if you still need to.",
    });
    reload();
    return;
  }
  toast.error(failure.error);
}
