"use client";

import Link from "next/link";
import { SectionError } from "@/components/shell/section-error";
import { Button } from "@/components/ui/button";

export default function OAuthProfilesError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <SectionError
      title="OAuth profiles could not be loaded"
      error={error}
      retry={retry}
      action={
        <Button asChild variant="ghost">
          <Link href="/oauth-profiles">Back to OAuth profiles</Link>
        </Button>
      }
    />
  );
}
