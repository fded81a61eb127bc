import "server-only";
import { AppError } from "@/lib/errors";

/** The JSON body ({} when empty), or a 400 in the dialect's format when it is not JSON. */
export async function readJson(request: Request): Promise<unknown> {
  const text = await request.text();
  if (text.trim() === "") return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError("bad_request", "The request body is not valid JSON.");
  }
}

export const preconditionFrom = (request: Request) => ({ ifMatch: request.headers.get("if-match") });
