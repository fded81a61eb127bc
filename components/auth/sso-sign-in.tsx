import { Button } from "@/components/ui/button";
import { ssoSignInAction } from "@/lib/actions/session";

const UNAVAILABLE = "The identity provider could not be reached. Try again in a moment, or tell the console's operator if it persists.";

/** Why a sign-in came back to the sign-in page (`?error=`): single sign-on's refusals and Auth.js's own codes. */
const MESSAGES: Record<string, string> = {
  "sso-no-access": "Your identity provider does not grant you access to this console. Ask your administrator to add you to a group that does.",
  "sso-locked": "Your account is locked. Ask an admin of your organisation to unlock it.",
  "sso-account-exists": "An account with your email already exists here and cannot be signed in to with single sign-on. Sign in with your password, or ask an admin.",
  "sso-no-email": "Your identity provider did not share your email address, which a new account needs.",
  "sso-no-organization": "Single sign-on is not set up completely (its organisation does not exist). Tell the console's operator.",
  "sso-off": "Single sign-on is not configured.",
  "sso-unavailable": UNAVAILABLE,
  Configuration: UNAVAILABLE,
  AccessDenied: "Sign-in was refused.",
};

export function signInErrorMessage(code: string | string[] | undefined): string | null {
  if (typeof code !== "string" || code === "" || code === "CredentialsSignin") return null;
  return MESSAGES[code] ?? "Single sign-on did not complete. Try again.";
}

/** "Sign in with <name>": a plain form post to the server action, so it works before any script has loaded. */
export function SsoSignIn({ name, callbackUrl }: { name: string; callbackUrl: string }) {
  return (
    <form action={ssoSignInAction}>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <Button type="submit" variant="outline" className="w-full" data-testid="sso-sign-in">
        Sign in with {name}
      </Button>
    </form>
  );
}
