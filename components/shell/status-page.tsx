import { SearchXIcon, ShieldXIcon } from "lucide-react";
import { Link } from "@/components/ui/link";
import { Button } from "@/components/ui/button";

/** The body of the 404 page, inside the shell when signed in. */
export function NotFoundContent({ signedIn = true }: { signedIn?: boolean }) {
  return (
    <div className="mx-auto flex max-w-md flex-col items-center gap-3 py-24 text-center" data-testid="not-found">
      <SearchXIcon className="size-10 text-muted-foreground" aria-hidden />
      <p className="text-sm font-medium text-muted-foreground">Error 404</p>
      <h1 className="text-xl font-semibold">Page not found</h1>
      <p className="text-sm text-muted-foreground">There is nothing at this address. It may have moved, or the link may be mistyped.</p>
      <Button asChild variant="outline" className="mt-2">
        <Link href={signedIn ? "/" : "/login"}>{signedIn ? "Go to the home page" : "Sign in"}</Link>
      </Button>
    </div>
  );
}

/** The body of the 403 page (`forbidden()`), inside the shell. */
export function ForbiddenContent() {
  return (
    <div role="status" className="mx-auto flex max-w-md flex-col items-center gap-3 py-24 text-center" data-testid="forbidden">
      <ShieldXIcon className="size-10 text-muted-foreground" aria-hidden />
      <p className="text-sm font-medium text-muted-foreground">Error 403</p>
      <h1 className="text-xl font-semibold">You don&apos;t have access to this page</h1>
      <p className="text-sm text-muted-foreground">Your role in this organisation does not allow it. Ask an admin if you need access.</p>
      <Button asChild variant="outline" className="mt-2">
        <Link href="/">Go to the home page</Link>
      </Button>
    </div>
  );
}
