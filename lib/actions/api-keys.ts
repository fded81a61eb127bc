"use server";
// The API keys page's writes. The new key is returned once, to the dialog that shows it; it is
// never stored in clear, logged, or rendered by the page itself.
import { z } from "zod";
import { createApiKey } from "@/lib/server/api-keys/create-api-key";
import { revokeApiKey } from "@/lib/server/api-keys/revoke-api-key";
import { body, textId as id } from "./args";
import { consoleAction } from "./console-action";

const revalidate = ["/api-keys"];

export const createApiKeyAction = consoleAction(body, async (input, { actor, context }) => ({ key: (await createApiKey(actor, input, context)).key }), { revalidate });

export const revokeApiKeyAction = consoleAction(z.object({ id }), ({ id }, { actor, context }) => revokeApiKey(actor, id, context), { revalidate });
