import NextAuth, { CredentialsSignin, type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { logger } from "@/lib/log/logger";
import { cookies } from "next/headers";
import { REFERRAL_COOKIE, referralCodeFrom } from "@/lib/affiliates/referral-cookie";
import { authConfig, type SessionClaimsSource } from "./auth.config";
import { googleProviders } from "./google/google-provider";
import { linkGoogleAccount, userForGoogleAccount, type GoogleProfile } from "./google/link-google-account";
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

// `code`: the second factor, sent in the second step once the first answered `code_required`;
// `carry`: the server's own sealed pass when it signs a user back in after a password change.
const optionalText = z.preprocess((value) => (value === "" ? undefined : value), z.string().max(400).optional());
const credentialsSchema = z.object({
  email: z.string().trim().min(1),
  password: z.string().min(1),
  code: optionalText,
  carry: optionalText,
});

const credentials = Credentials({
  credentials: { email: {}, password: {}, code: {}, carry: {} },
  async authorize(raw, request) {
    const parsed = credentialsSchema.safeParse(raw);
    if (!parsed.success) throw new PanelSignInError("invalid");
    try {
      const knownDevice = isKnownDevice(knownDeviceCookieFrom(request.headers.get("cookie")), normalizeEmail(parsed.data.email));
      const user = await authenticate({ ...parsed.data, ip: clientIp(request.headers), knownDevice });
      return {
        id: user.id,
        email: user.email,
        name: user.fullName,
        role: user.role,
        sessionVersion: user.sessionVersion,
        secondFactorPassed: user.secondFactorPassed,
      };
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
      // Which panel account a Google sign-in opens, or why none (shown on /login); credentials pass through.
      async signIn({ account, profile }) {
        if (account?.provider !== "google") return true;
        const referralCode = referralCodeFrom((await cookies()).get(REFERRAL_COOKIE)?.value);
        const result = await linkGoogleAccount({ ...(profile as GoogleProfile), sub: account.providerAccountId }, { referralCode });
        return result.ok ? true : `/login?error=google_${result.reason}`;
      },
      // At sign-in (`user` is set only then) the cookie gets the id of a new server-side session row,
      // which records whether this sign-in passed the second factor.
      // Google: the account linkGoogleAccount chose (below), never the profile's own id.
      async jwt(params) {
        const panelUser =
          params.account?.provider === "google" ? await userForGoogleAccount(params.account.providerAccountId) : params.user;
        const token = base.callbacks.jwt({ ...params, user: panelUser });
        if (params.user && panelUser) {
          // The panel's user (for Google, not the profile's id); only a password sign-in that checked a code passed.
          const signedIn = panelUser as SessionClaimsSource & { secondFactorPassed?: boolean };
          token.sid = await startSession(signedIn.id, { secondFactorPassed: signedIn.secondFactorPassed === true });
        }
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
    providers: [credentials, ...googleProviders()],
  } satisfies NextAuthConfig;
});
