import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { logger } from "@/lib/log/logger";
import { authConfig } from "./auth.config";
import { authenticate, normalizeEmail, SignInError } from "./authenticate";
import { clientIp } from "./client-ip";
import { isKnownDevice, knownDeviceCookieFrom } from "./known-device";

class PanelSignInError extends CredentialsSignin {
  constructor(code: string) {
    super();
    this.code = code;
  }
}

const credentialsSchema = z.object({ email: z.string().trim().min(1), password: z.string().min(1) });

export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  ...authConfig(),
  logger: {
    error: (error) => {
      if (!(error instanceof CredentialsSignin)) logger.error({ err: error.message, name: error.name }, "auth error");
    },
    warn: (code) => logger.warn({ code }, "auth warning"),
  },
  providers: [
    Credentials({
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
    }),
  ],
}));
