import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";

const labelClasses = "flex items-center gap-2 text-sm leading-none font-medium select-none";

/** The sign-in fields, rendered on the server (see LoginForm); limits as in loginSchema. */
export function LoginFields() {
  return (
    <>
      <div className="space-y-2">
        <label htmlFor="email" className={labelClasses}>
          Email
        </label>
        <Input id="email" name="email" type="email" autoComplete="username" autoFocus required maxLength={320} />
      </div>
      <div className="space-y-2">
        <label htmlFor="password" className={labelClasses}>
          Password
        </label>
        <Input id="password" name="password" type="password" autoComplete="current-password" required maxLength={1024} />
      </div>
      <Button type="submit" className="w-full">
        Sign in
      </Button>
    </>
  );
}
