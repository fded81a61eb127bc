"use client";

import { ShownOnce } from "@/components/ui/shown-once";

/** The one time a key is rendered. */
export function NewApiKey({ name, apiKey }: { name: string; apiKey: string }) {
  return (
    <ShownOnce
      title="Copy your new API key"
      description={<>“{name}” is ready to use with the console&apos;s APIs.</>}
      label="API key"
      value={apiKey}
      testId="new-api-key"
      note={
        <>
          Store it somewhere safe now. <strong>You won&apos;t see it again:</strong> only a hash is kept. If you lose it, revoke it and create a new one.
        </>
      }
    />
  );
}
