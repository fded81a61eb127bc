import "server-only";
// Auth.js (next-auth v5): credentials sign-in and single sign-on through Auth.js's own OIDC
// provider (id `oidc`: PKCE, state and nonce checked), JWT sessions. The config is built per
// request so AUTH_SECRET and the AUTH_OIDC_* settings are read at run time, not at build time.
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { env } from "@/lib/env";
import { db } from "@/lib/server/db/client";
import { contextFromHeaders } from "@/lib/server/request-context";
import { oidcConfig } from "./oidc-config";
import { nextSessionToken, SESSION_IDLE_SECONDS, SESSION_REFRESH_SECONDS } from "./session-policy";
import { signInWithOidc } from "./sign-in-with-oidc";
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

/** Auth.js's generic OIDC provider, when configured; only its checks and the claims we read are ours. */
function ssoProviders() {
  const config = oidcConfig();
  if (!config) return [];
  return [
    {
      id: "oidc",
      name: config.name,
      type: "oidc" as const,
      issuer: config.issuer,
      clientId: config.clientId,
      clientSecret: config.clientSecret,
      checks: ["pkce" as const, "state" as const, "nonce" as const],
      authorization: { params: { scope: "openid email profile" } },
      profile: (claims: Record<string, unknown>) => ({ id: String(claims.sub), email: typeof claims.email === "string" ? claims.email : null }),
    },
  ];
}

/** AUTH_PASSWORD_SIGNIN=false: no credentials provider at all, so a direct post to its callback is refused too, not only the page's form. */
const withoutPasswordsWhenOff = <P extends { id?: string }>(providers: P[]) => (env.passwordSignIn() ? providers : providers.filter((p) => p.id !== "credentials"));

export const { handlers, auth, signIn, signOut, unstable_update } = NextAuth((request) => ({
  secret: env.authSecret(),
  trustHost: true,
  session: { strategy: "jwt", maxAge: SESSION_IDLE_SECONDS, updateAge: SESSION_REFRESH_SECONDS },
  // Auth.js's own errors (a provider unreachable, a failed callback) come back to the sign-in
  // page with `?error=`, which says what happened, rather than to Auth.js's built-in page.
  pages: { signIn: "/login", error: "/login" },
  logger: {
    // Auth.js logs CredentialsSignin as an error with the full stack; it is an expected outcome.
    error(error) {
      if ((error as { type?: string }).type !== "CredentialsSignin") console.error("[auth]", error.message);
    },
  },
  providers: withoutPasswordsWhenOff([
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
    ...ssoProviders(),
  ]),
  callbacks: {
    async signIn({ user, account, profile }) {
      if (account?.provider !== "oidc") return true;
      const config = oidcConfig();
      if (!config || !profile) return "/login?error=sso-off";
      const result = await signInWithOidc(profile as Record<string, unknown>, config, contextFromHeaders(request?.headers ?? new Headers()));
      if (!result.ok) return `/login?error=sso-${result.reason}`;
      // The session's subject is the console's account id, not the provider's sub.
      user.id = result.userId;
      user.email = result.email;
      // Its session carries the account's stamp, as a password sign-in's does (a password change or
      // reset elsewhere ends it too).
      (user as typeof user & { stamp?: string }).stamp = result.stamp;
      return true;
    },
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
