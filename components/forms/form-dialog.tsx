"use client";
// The one form dialog of the console: a title and description, a react-hook-form form whose
// fieldset is disabled while it submits, an optional banner for errors that belong to no field,
// Cancel and the submit button; it resets the form whenever it opens or closes. The caller owns
// the form (useForm with the shared zod schema) and writes the fields as children. Loaded when
// first used (components/ui/lazy-popup.tsx), it mounts open around its trigger:
//
//   const form = useForm<Input, unknown, Output>({ resolver: zodResolver(schema), defaultValues: EMPTY });
//   <FormDialog trigger={trigger} title="New widget" description="…" form={form} submitText="Create widget"
//     onSubmit={async (values) => { const result = await createWidgetAction(values); …; return true; }}>
//     <Field label="Name" error={form.formState.errors.name?.message}><Input {...form.register("name")} /></Field>
//   </FormDialog>
import { useState, type ReactNode } from "react";
import type { DefaultValues, FieldValues, UseFormReturn } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { Spinner } from "@/components/ui/spinner";
import { FormBanner } from "./form-banner";

export type FormDialogProps<TInput extends FieldValues, TOutput> = {
  trigger?: ReactNode;
  title: ReactNode;
  description: ReactNode;
  form: UseFormReturn<TInput, unknown, TOutput>;
  /**
   * Submits the parsed values. `true`: done — the dialog closes and the form resets. A list of
   * messages: shown in the banner above the fields. Nothing: the dialog stays as it is (the
   * caller showed field errors, a toast, or `result`).
   */
  onSubmit: (values: TOutput) => Promise<true | string[] | void>;
  submitText: ReactNode;
  /** The submit button's text while submitting (default: `submitText`, beside a spinner). */
  pendingText?: ReactNode;
  /** What the form resets to (default: its `defaultValues`): pass current values that can change. */
  defaults?: TInput;
  /** Shown instead of the title and form once set: a second step, e.g. a secret shown once. */
  result?: ReactNode;
  /** Called when the dialog closes (clear a `result`). */
  onClose?: () => void;
  contentClassName?: string;
  /** The fields. */
  children: ReactNode;
};

export function FormDialog<TInput extends FieldValues, TOutput>(props: FormDialogProps<TInput, TOutput>) {
  const { trigger, title, description, form, submitText, pendingText, defaults, result, contentClassName, children } = props;
  const [open, setOpen] = useState(true);
  const [banner, setBanner] = useState<string[]>([]);
  const { isSubmitting } = form.formState;

  const onOpenChange = (next: boolean) => {
    if (isSubmitting) return;
    setOpen(next);
    setBanner([]);
    form.reset(defaults as DefaultValues<TInput> | undefined);
    if (!next) props.onClose?.();
  };
  const onSubmit = form.handleSubmit(async (values) => {
    setBanner([]);
    const outcome = await props.onSubmit(values);
    if (outcome === true) {
      setOpen(false);
      form.reset(defaults as DefaultValues<TInput> | undefined);
      props.onClose?.();
    } else if (outcome) setBanner(outcome);
  });

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      {trigger && <DialogTrigger asChild>{trigger}</DialogTrigger>}
      <DialogContent className={contentClassName}>
        {result ?? (
          <>
            <DialogHeader>
              <DialogTitle>{title}</DialogTitle>
              <DialogDescription>{description}</DialogDescription>
            </DialogHeader>
            <form method="post" onSubmit={onSubmit} noValidate>
              <fieldset disabled={isSubmitting} className="grid gap-4">
                <FormBanner messages={banner} />
                {children}
                <DialogFooter>
                  <DialogClose asChild>
                    <Button type="button" variant="outline">
                      Cancel
                    </Button>
                  </DialogClose>
                  <Button type="submit">
                    {isSubmitting && <Spinner aria-hidden />}
                    {isSubmitting ? (pendingText ?? submitText) : submitText}
                  </Button>
                </DialogFooter>
              </fieldset>
            </form>
          </>
        )}
      </DialogContent>
    </Dialog>
  );
}
