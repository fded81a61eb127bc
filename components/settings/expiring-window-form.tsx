"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { toast } from "@/components/ui/toast";
import { updateOrganizationSettingsAction } from "@/lib/actions/webhooks";

/** The dashboard's "Expiring soon" window, in days (1–365). */
export function ExpiringWindowForm({ days }: { days: number }) {
  const router = useRouter();
  const [value, setValue] = useState(String(days));
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  return (
    <form
      method="post"
      className="flex flex-wrap items-end gap-3"
      onSubmit={(e) => {
        e.preventDefault();
        start(async () => {
          const result = await updateOrganizationSettingsAction({ expiringWindowDays: value });
          if (!result.ok) return void setError(result.fieldErrors?.expiringWindowDays?.[0] ?? result.error);
          setError(null);
          toast.success("Saved");
          router.refresh();
        });
      }}
    >
      <Field id="expiring-window" label="“Expiring soon” covers the next (days)" error={error} description="Secrets, keys and tokens expiring within this many days show on the dashboard.">
        <Input type="number" inputMode="numeric" min={1} max={365} className="w-28" value={value} onChange={(e) => setValue(e.target.value)} />
      </Field>
      <Button type="submit" disabled={pending}>
        Save
      </Button>
    </form>
  );
}
