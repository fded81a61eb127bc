"use client";

import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { createWorkloadAction, updateWorkloadAction } from "@/lib/actions/workloads";
import { useServerFieldErrors } from "@/components/forms/use-server-field-errors";
import { useUnsavedChanges } from "@/components/forms/use-unsaved-changes";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Spinner } from "@/components/ui/spinner";
import { Textarea } from "@/components/ui/textarea";
import { toast } from "@/components/ui/toast";
import { useLazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import type { WorkloadFormValues } from "@/lib/schemas/content";

type Props = { workload?: { guid: string; version: number; values: WorkloadFormValues } };

/** New workload, or edit one (`workload`: its values and the version the page loaded; a stale save is a 412). */
export function WorkloadForm({ workload }: Props) {
  const router = useRouter();
  const resolver = useLazyZodResolver<WorkloadFormValues>(() => import("@/lib/schemas/content").then((m) => m.workloadFormSchema));
  const form = useForm<WorkloadFormValues>({ resolver, defaultValues: workload?.values ?? { name: "", title: "", description: "" } });
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting, isDirty, isSubmitSuccessful },
  } = form;
  const showFieldErrors = useServerFieldErrors(form, ["name", "title", "description"]);
  const { confirmLeave } = useUnsavedChanges(isDirty && !isSubmitSuccessful);
  const back = workload ? `/workloads/${workload.guid}` : "/workloads";

  const onSubmit = handleSubmit(async (values) => {
    const result = workload ? await updateWorkloadAction({ guid: workload.guid, version: workload.version, values }) : await createWorkloadAction(values);
    if (!result.ok) {
      if (!showFieldErrors(result.fieldErrors)) toast.error(result.error);
      // A failed save leaves the form dirty (the guard stays).
      form.reset(values, { keepDirty: true, keepDefaultValues: true });
      return;
    }
    toast.success(workload ? `Saved ${values.name}` : `Created ${values.name}`);
    router.push(workload ? back : `/workloads/${"guid" in result ? result.guid : ""}`);
  });

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="max-w-2xl" data-testid="workload-form">
      <fieldset disabled={isSubmitting} className="grid gap-4">
        <Field label="Name" description="Short and URL-friendly, e.g. “nightly-etl”. Posit's `name`." error={errors.name?.message} required>
          <Input autoComplete="off" {...register("name")} />
        </Field>
        <Field label="Title" description="What people read in lists (optional)." error={errors.title?.message}>
          <Input autoComplete="off" {...register("title")} />
        </Field>
        <Field label="Description" error={errors.description?.message}>
          <Textarea rows={3} {...register("description")} />
        </Field>
        <div className="flex flex-wrap gap-2">
          <Button type="submit">
            {isSubmitting && <Spinner aria-hidden />}
            {workload ? (isSubmitting ? "Saving…" : "Save") : isSubmitting ? "Creating…" : "Create workload"}
          </Button>
          <Button type="button" variant="outline" onClick={() => confirmLeave() && router.push(back)}>
            Cancel
          </Button>
        </div>
      </fieldset>
    </form>
  );
}
