"use client";

import Link from "next/link";
import { SectionError } from "@/components/shell/section-error";
import { Button } from "@/components/ui/button";

export default function BoardsError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <SectionError
      title="Boards could not be loaded"
      error={error}
      retry={retry}
      action={
        <Button asChild variant="ghost">
          <Link href="/boards">Back to boards</Link>
        </Button>
      }
    />
  );
}
