"use client";

import Link from "next/link";
import { SectionError } from "@/components/shell/section-error";
import { Button } from "@/components/ui/button";

export default function OAuthAppsError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <SectionError
      title="OAuth apps could not be loaded"
      error={error}
      retry={retry}
      action={
        <Button asChild variant="ghost">
          <Link href="/oauth-apps">Back to OAuth apps</Link>
        </Button>
      }
    />
  );
}
