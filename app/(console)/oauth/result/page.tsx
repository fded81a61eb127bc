import { TriangleAlertIcon } from "lucide-react";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { requireActor } from "@/lib/server/auth/page-auth";

export const metadata = { title: "Sign-in did not finish" };

// Where /oauth/callback sends the browser when it cannot trust or finish a provider's answer.
// Only known reason codes are shown, so the URL cannot put words in the console's mouth.
const REASONS: Record<string, string> = {
  missing_state: "The provider's answer was incomplete.",
  unknown_state: "This sign-in was already used or is unknown. Start again from the console.",
  expired: "The sign-in took too long and expired. Start again.",
  other_user: "This sign-in was started by another user.",
  other_browser: "This sign-in was started in another browser. Start again here.",
  other_organization: "Switch back to the organisation you started from, then start again.",
  not_found: "What this sign-in was for no longer exists.",
};

export default async function OAuthResultPage({ searchParams }: { searchParams: Promise<{ reason?: string }> }) {
  await requireActor();
  const { reason = "" } = await searchParams;
  return (
    <EmptyState
      icon={<TriangleAlertIcon />}
      title="Sign-in did not finish"
      description={REASONS[reason] ?? "Something went wrong while finishing the sign-in. Nothing was saved."}
      action={
        <Button asChild>
          <Link href="/oauth-profiles">OAuth profiles</Link>
        </Button>
      }
    />
  );
}
