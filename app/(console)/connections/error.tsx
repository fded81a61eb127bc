"use client";

import Link from "next/link";
import { SectionError } from "@/components/shell/section-error";
import { Button } from "@/components/ui/button";

export default function ConnectionsError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <SectionError
      title="Connections could not be loaded"
      error={error}
      retry={retry}
      action={
        <Button asChild variant="ghost">
          <Link href="/connections">Back to connections</Link>
        </Button>
      }
    />
  );
}
