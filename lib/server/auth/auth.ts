import "server-only";
// Auth.js (next-auth v5): credentials sign-in, JWT sessions. The config is built per request so
// AUTH_SECRET is read at run time, not baked in at build time.
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { env } from "@/lib/env";
import { db } from "@/lib/server/db/client";
import { contextFromHeaders } from "@/lib/server/request-context";
import { nextSessionToken, SESSION_IDLE_SECONDS, SESSION_REFRESH_SECONDS } from "./session-policy";
import { verifyLogin } from "./verify-login";

class InvalidLogin extends CredentialsSignin {
  code = "invalid";
}
class ThrottledLogin extends CredentialsSignin {
  constructor(retryAfterSeconds: number) {
    super();
    this.code = `throttled-${Math.max(1, Math.ceil(retryAfterSeconds / 60))}`;
  }
}

const credentialsSchema = z.object({ email: z.string().min(1).max(320), password: z.string().min(1).max(1024) });

export const { handlers, auth, signIn, signOut, unstable_update } = NextAuth(() => ({
  secret: env.authSecret(),
  trustHost: true,
  session: { strategy: "jwt", maxAge: SESSION_IDLE_SECONDS, updateAge: SESSION_REFRESH_SECONDS },
  pages: { signIn: "/login" },
  logger: {
    // Auth.js logs CredentialsSignin as an error with the full stack; it is an expected outcome.
    error(error) {
      if ((error as { type?: string }).type !== "CredentialsSignin") console.error("[auth]", error.message);
    },
  },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(raw, request) {
        const parsed = credentialsSchema.safeParse(raw);
        if (!parsed.success) throw new InvalidLogin();
        const entering = /(?:^|;\s*)ic_org=([^;]*)/.exec(request.headers.get("cookie") ?? "")?.[1];
        const result = await verifyLogin(parsed.data, contextFromHeaders(request.headers), entering);
        if (result.ok) return { id: result.userId, email: result.email, stamp: result.stamp };
        if (result.reason === "throttled") throw new ThrottledLogin(result.retryAfterSeconds);
        throw new InvalidLogin();
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user, trigger, session }) {
      // After the user changed their own password (lib/actions/account.ts), their session takes the
      // account's new stamp. Only the current stamp is accepted: an old session (another browser)
      // does not know it, so it cannot revive itself by posting to the session endpoint.
      const stamp = (session as { stamp?: unknown } | undefined)?.stamp;
      if (trigger === "update" && typeof stamp === "string" && token.sub) {
        const current = await db.user.findUnique({ where: { id: token.sub }, select: { sessionStamp: true } });
        if (current?.sessionStamp === stamp) return { ...token, stamp };
      }
      return nextSessionToken(token, user as (typeof user & { stamp?: string }) | undefined, Math.floor(Date.now() / 1000));
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      (session as typeof session & { stamp?: unknown }).stamp = token.stamp;
      return session;
    },
  },
}));
