import NextAuth, { CredentialsSignin, type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { logger } from "@/lib/log/logger";
import { authConfig, type SessionClaimsSource } from "./auth.config";
import { authenticate, normalizeEmail, SignInError } from "./authenticate";
import { clientIp } from "./client-ip";
import { isKnownDevice, knownDeviceCookieFrom } from "./known-device";
import { endSession, startSession } from "./user-sessions";

class PanelSignInError extends CredentialsSignin {
  constructor(code: string) {
    super();
    this.code = code;
  }
}

const credentialsSchema = z.object({ email: z.string().trim().min(1), password: z.string().min(1) });

const credentials = Credentials({
  credentials: { email: {}, password: {} },
  async authorize(raw, request) {
    const parsed = credentialsSchema.safeParse(raw);
    if (!parsed.success) throw new PanelSignInError("invalid");
    try {
      const knownDevice = isKnownDevice(knownDeviceCookieFrom(request.headers.get("cookie")), normalizeEmail(parsed.data.email));
      const user = await authenticate({ ...parsed.data, ip: clientIp(request.headers), knownDevice });
      return { id: user.id, email: user.email, name: user.fullName, role: user.role, sessionVersion: user.sessionVersion };
    } catch (error) {
      if (error instanceof SignInError) {
        logger.info({ reason: error.reason }, "sign-in refused");
        throw new PanelSignInError(error.reason);
      }
      throw error;
    }
  },
});

export const { handlers, auth, signIn, signOut } = NextAuth(() => {
  const base = authConfig();
  return {
    ...base,
    callbacks: {
      ...base.callbacks,
      // At sign-in (`user` is set only then) the cookie gets the id of a new server-side session row.
      async jwt(params) {
        const token = base.callbacks.jwt(params);
        if (params.user) token.sid = await startSession((params.user as SessionClaimsSource).id);
        return token;
      },
    },
    // Both signOut() and POST /api/auth/signout end the session row, not just the browser's cookie.
    events: {
      async signOut(message) {
        if ("token" in message) await endSession(message.token?.sid);
      },
    },
    logger: {
      error: (error) => {
        if (!(error instanceof CredentialsSignin)) logger.error({ err: error.message, name: error.name }, "auth error");
      },
      warn: (code) => logger.warn({ code }, "auth warning"),
    },
    providers: [credentials],
  } satisfies NextAuthConfig;
});
