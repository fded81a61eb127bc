"use client";

import { SectionError } from "@/components/shell/section-error";

export default function AuditError({ error, retry }: { error: unknown; retry: () => void }) {
  return <SectionError title="The audit log could not be loaded" error={error} retry={retry} />;
}
