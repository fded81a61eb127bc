"use client";
// "Secret expires on": a date beside a secret, for the expiry reminders and the dashboard's
// "Expiring soon". For providers whose secrets expire (Entra ID: at most 24 months) it is asked for
// whenever a secret is given, and "Use the maximum" fills in the provider's limit.
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { suggestedExpiry } from "@/lib/expiry-dates";

type Props = {
  id: string;
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  error?: string;
  /** The provider's maximum lifetime of a secret, in months (suggested, and the field is required). */
  maxMonths?: number;
  required?: boolean;
};

export function SecretExpiryField({ id, value, onChange, onBlur, error, maxMonths, required }: Props) {
  const description = maxMonths
    ? `This provider's secrets expire, at most ${maxMonths} months after they are made: enter the date to be reminded 30, 7 and 1 days before.`
    : "Optional. When the secret stops working, to be reminded 30, 7 and 1 days before.";
  return (
    <Field id={id} label="Secret expires on" description={description} error={error} required={required}>
      {(control) => (
        <div className="flex flex-wrap items-center gap-2">
          <Input {...control} type="date" className="w-44" value={value} onChange={(e) => onChange(e.target.value)} onBlur={onBlur} />
          {maxMonths ? (
            <Button type="button" variant="outline" size="sm" onClick={() => onChange(suggestedExpiry(maxMonths))}>
              Use the maximum ({maxMonths} months)
            </Button>
          ) : null}
          {value && !required ? (
            <Button type="button" variant="ghost" size="sm" onClick={() => onChange("")}>
              No date
            </Button>
          ) : null}
        </div>
      )}
    </Field>
  );
}
