"use client";

import Link from "next/link";
import { SectionError } from "@/components/shell/section-error";
import { Button } from "@/components/ui/button";

export default function IntegrationsError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <SectionError
      title="Integrations could not be loaded"
      error={error}
      retry={retry}
      action={
        <Button asChild variant="ghost">
          <Link href="/integrations">Back to integrations</Link>
        </Button>
      }
    />
  );
}
