import "server-only";
// Switchboard routes: `Authorization: <api key>` (raw, the spec's apiKey scheme) or `Bearer <api
// key>`; `{organisationId}` is the organisation's id or slug (any organisation but the caller's
// is "not found"); every failure is the spec's Error body.
import { AppError } from "@/lib/errors";
import { dialectRoute } from "@/lib/dialects/shared/route";
import { versoriErrorResponse } from "./errors";

export const versoriRoute = dialectRoute({
  schemes: ["raw", "bearer"],
  errorBody: (error, _request, requestId) => versoriErrorResponse(error, requestId),
  body: { empty: "object", refuseNul: false },
  checkParams: (actor, { organisationId }) => {
    if (organisationId !== undefined && organisationId !== actor.organizationId && organisationId !== actor.organizationSlug) {
      throw new AppError("not_found", "Organisation not found");
    }
  },
});

export const pageRequestFrom = (query: URLSearchParams) => ({
  first: query.get("first"),
  after: query.get("after"),
  before: query.get("before"),
  sort: query.get("sort"),
});
