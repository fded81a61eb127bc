import "server-only";
// Posit-dialect routes: `Authorization: Key <api key>`, an empty body is `{}`, and every failure is
// Posit's error body.
import { dialectRoute } from "@/lib/dialects/shared/route";
import { positErrorResponse } from "./errors";

export const positRoute = dialectRoute({
  schemes: ["key"],
  errorBody: (error, _request, requestId) => positErrorResponse(error, requestId),
  body: { empty: "object", refuseNul: true },
});
