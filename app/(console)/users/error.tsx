"use client";

import { SectionError } from "@/components/shell/section-error";

export default function UsersError({ error, retry }: { error: unknown; retry: () => void }) {
  return <SectionError title="Users could not be loaded" error={error} retry={retry} />;
}
