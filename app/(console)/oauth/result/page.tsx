import { TriangleAlertIcon } from "lucide-react";
import { Link } from "@/components/ui/link";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { requireActor } from "@/lib/server/auth/page-auth";
import { noticeMessage } from "@/lib/notices";

export const metadata = { title: "Sign-in did not finish" };

// Where /oauth/callback sends the browser when it cannot trust or finish a provider's answer.
// Only known reason codes are shown (lib/notices.ts), so the URL cannot put words in the console's mouth.

export default async function OAuthResultPage({ searchParams }: { searchParams: Promise<{ reason?: string }> }) {
  await requireActor();
  const { reason = "" } = await searchParams;
  return (
    <EmptyState
      icon={<TriangleAlertIcon />}
      title="Sign-in did not finish"
      description={noticeMessage(reason)}
      action={
        <Button asChild>
          <Link href="/oauth-profiles">OAuth profiles</Link>
        </Button>
      }
    />
  );
}
