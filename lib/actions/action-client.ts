import "server-only";
// Every console server action is written through this one wrapper (in the manner of dub's
// `authActionClient.inputSchema(schema).action(...)`): the signed-in actor first (signed out, the
// redirect to sign-in is the refusal and nothing runs), then the input parsed with the action's
// schema (bad input becomes `{ error, fieldErrors }` for the form, never a throw), then the
// service, then revalidation, then a minimal result. An AppError becomes its message and field
// errors; anything else becomes a generic message, logged with the request id and no secret.
// Next's own control-flow throws (redirect, notFound, forbidden) pass through untouched.
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { actionFailure, type ActionResult } from "@/lib/action-result";
import { AppError, isAppError } from "@/lib/errors";
import type { Actor, RequestContext } from "@/lib/server/auth/actor";
import { parseInput } from "@/lib/server/validation";

/** What an action's body is handed besides its input: who calls, and the request's audit context. */
export type ActionCall = { actor: Actor; context: RequestContext };

/** Sections to revalidate after the service ran: each path with everything under it. */
export type Revalidate<I> = readonly string[] | ((input: I) => readonly string[]);

export type ActionOptions<I> = { revalidate?: Revalidate<I> };

/** The wrapper's outside world, injected so that it can be tested without a request. */
export type ActionDeps = {
  actor: () => Promise<Actor>;
  context: () => Promise<RequestContext>;
  revalidate: (path: string) => void;
  logUnexpected: (error: unknown, requestId: string) => void;
};

/**
 * A failure after part of the work was done (a bulk delete that deleted some rows): the wrapper
 * revalidates as after a success, then answers the failure. Any other failure revalidates nothing —
 * revalidating re-renders the calling page, whose own permission check would audit a second refusal.
 */
export class PartialSuccess extends AppError {
  constructor(message: string) {
    super("conflict", message);
  }
}

export const unexpectedMessage = (requestId: string) => `Something went wrong on the server (request ${requestId}). Try again; if it persists, give an administrator this request id.`;

export function actionClient(deps: ActionDeps) {
  /**
   * One server action: `schema` parses its one argument (an object), `run` calls the service and
   * returns what the form needs (merged into `{ ok: true }`), `revalidate` names the sections
   * whose pages show what changed.
   */
  return function consoleAction<S extends z.ZodType, R extends object = object>(
    schema: S,
    run: (input: z.output<S>, call: ActionCall) => Promise<R | void>,
    options: ActionOptions<z.output<S>> = {},
  ): (input: z.input<S>) => Promise<ActionResult<R>> {
    return async (input) => {
      // Outside the try: signed out, requireActor's redirect to sign-in is the answer.
      const actor = await deps.actor();
      const context = await deps.context();
      const revalidate = (data: z.output<S>) => {
        for (const path of typeof options.revalidate === "function" ? options.revalidate(data) : (options.revalidate ?? [])) deps.revalidate(path);
      };
      try {
        const data = parseInput(schema, input);
        const value = await run(data, { actor, context }).catch((error: unknown) => {
          if (error instanceof PartialSuccess) revalidate(data);
          throw error;
        });
        revalidate(data);
        return { ok: true, ...value } as ActionResult<R>;
      } catch (error) {
        unstable_rethrow(error);
        if (isAppError(error)) return actionFailure(error);
        deps.logUnexpected(error, context.requestId);
        return { error: unexpectedMessage(context.requestId) };
      }
    };
  };
}
