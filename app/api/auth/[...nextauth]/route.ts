// /api/auth/* — Auth.js endpoints (session, CSRF, sign-in callback, sign-out)
import { handlers } from "@/lib/server/auth/auth";

export const { GET, POST } = handlers;
