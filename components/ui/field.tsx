import { Children, cloneElement, isValidElement, useId, type ComponentProps, type ReactElement, type ReactNode } from "react";
import { Label } from "@/components/ui/label";
import { labelMessage } from "@/lib/labels";
import { cn } from "@/lib/utils";

/** The attributes that tie a control to its label, description and error. */
type FieldControlProps = {
  id: string;
  "aria-describedby"?: string;
  "aria-invalid"?: true;
  "aria-required"?: true;
};

type FieldProps = {
  label: ReactNode;
  /**
   * The control. A single element (Input, Textarea, Checkbox, Switch…) receives the wiring props
   * itself; for composite controls such as Select pass a function and spread them on the trigger:
   * `{(control) => <Select…><SelectTrigger {...control} /></Select>}`.
   */
  children: ReactElement<Partial<FieldControlProps>> | ((control: FieldControlProps) => ReactNode);
  description?: ReactNode;
  /** A react-hook-form message or a server action's `fieldErrors[name]`. */
  error?: string | string[] | null;
  /** Control id; generated when omitted. */
  id?: string;
  required?: boolean;
  /** `horizontal` puts the control before the label, for checkboxes and switches. */
  orientation?: "vertical" | "horizontal";
  className?: string;
};

function Field({ label, children, description, error, id, required, orientation = "vertical", className }: FieldProps) {
  const generatedId = useId();
  const child = typeof children === "function" ? null : Children.only(children);
  const controlId = id ?? (isValidElement(child) ? child.props.id : undefined) ?? generatedId;
  const descriptionId = `${controlId}-description`;
  const errorId = `${controlId}-error`;
  // Schema messages name fields by path ("clientId is required"): shown with this field's label.
  const messages = (Array.isArray(error) ? error : [error]).filter((m): m is string => !!m).map((m) => labelMessage(m, typeof label === "string" ? label : undefined));
  const invalid = messages.length > 0;

  const control: FieldControlProps = {
    id: controlId,
    "aria-describedby": [description ? descriptionId : null, invalid ? errorId : null].filter(Boolean).join(" ") || undefined,
    "aria-invalid": invalid || undefined,
    "aria-required": required || undefined,
  };
  const rendered =
    typeof children === "function"
      ? children(control)
      : cloneElement(children, {
          ...control,
          "aria-describedby": [children.props["aria-describedby"], control["aria-describedby"]].filter(Boolean).join(" ") || undefined,
          "aria-invalid": children.props["aria-invalid"] ?? control["aria-invalid"],
        });

  return (
    <div
      data-slot="field"
      data-orientation={orientation}
      data-invalid={invalid || undefined}
      className={cn(
        "group/field grid gap-2",
        orientation === "horizontal" && "grid-cols-[auto_1fr] items-center gap-x-3 gap-y-1 [&>[data-slot=field-description]]:col-start-2 [&>[data-slot=field-error]]:col-start-2",
        className,
      )}
    >
      {orientation === "horizontal" && rendered}
      <Label htmlFor={controlId} className="group-data-[invalid]/field:text-destructive">
        {label}
        {required && (
          <span aria-hidden className="text-destructive">
            *
          </span>
        )}
      </Label>
      {orientation === "vertical" && rendered}
      {description && <FieldDescription id={descriptionId}>{description}</FieldDescription>}
      <FieldError id={errorId}>
        {messages.length > 1 ? (
          <ul className="list-disc pl-4">
            {messages.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        ) : (
          messages[0]
        )}
      </FieldError>
    </div>
  );
}

function FieldDescription({ className, ...props }: ComponentProps<"p">) {
  return <p data-slot="field-description" className={cn("text-sm text-muted-foreground", className)} {...props} />;
}

/** Renders nothing without content; `role="alert"` makes screen readers announce it when it appears. */
function FieldError({ className, children, ...props }: ComponentProps<"div">) {
  if (children === undefined || children === null || children === false || children === "") return null;
  return (
    <div data-slot="field-error" role="alert" className={cn("text-sm text-destructive", className)} {...props}>
      {children}
    </div>
  );
}

export { Field, FieldDescription, FieldError, type FieldProps, type FieldControlProps };
