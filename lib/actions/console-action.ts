import "server-only";
// The console's action wrapper bound to the request: the session's actor (or a redirect to sign-in),
// the request's audit context, Next's cache, the server log. Actions import `consoleAction` from here.
import { revalidatePath } from "next/cache";
import { logUnexpectedError } from "@/lib/server/log";
import { requestContext, requireActor } from "@/lib/server/auth/page-auth";
import { actionClient } from "./action-client";

export const consoleAction = actionClient({
  actor: requireActor,
  context: requestContext,
  revalidate: (path) => revalidatePath(path, "layout"),
  logUnexpected: logUnexpectedError,
});
