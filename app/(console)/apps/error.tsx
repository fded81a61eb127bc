"use client";

import Link from "next/link";
import { SectionError } from "@/components/shell/section-error";
import { Button } from "@/components/ui/button";

export default function AppsError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <SectionError
      title="Apps could not be loaded"
      error={error}
      retry={retry}
      action={
        <Button asChild variant="ghost">
          <Link href="/apps">Back to apps</Link>
        </Button>
      }
    />
  );
}
