import { AuthError, CredentialsSignin } from "next-auth";
import { cookies } from "next/headers";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors/app-error";
import { normalizeEmail, SIGN_IN_FAILURES, SignInError } from "./authenticate";
import { signIn } from "./auth";
import { KNOWN_DEVICE_COOKIE, KNOWN_DEVICE_MAX_AGE, rememberDevice } from "./known-device";

/**
 * Signs in through Auth.js (which sets the session cookie) and turns its errors back into typed ones.
 * A success marks this browser as a known device of the account (its own throttle; authenticate.ts).
 * An account with the second factor on needs `code` (else the typed refusal `code_required`), or
 * `carry`, the server's own sealed pass (two-factor/pass-carry.ts).
 */
export async function signInWithPassword(
  email: string,
  password: string,
  secondFactor: { code?: string; carry?: string } = {},
): Promise<void> {
  try {
    const extra = Object.fromEntries(Object.entries(secondFactor).filter(([, value]) => value));
    await signIn("credentials", { email, password, ...extra, redirect: false });
    const jar = await cookies();
    jar.set(KNOWN_DEVICE_COOKIE, rememberDevice(jar.get(KNOWN_DEVICE_COOKIE)?.value, normalizeEmail(email)), {
      httpOnly: true,
      sameSite: "lax",
      secure: env().APP_URL.startsWith("https:"),
      path: "/",
      maxAge: KNOWN_DEVICE_MAX_AGE,
    });
  } catch (error) {
    if (error instanceof CredentialsSignin) {
      const reason = SIGN_IN_FAILURES.find((known) => known === error.code);
      throw new SignInError(reason ?? "invalid", 15 * 60);
    }
    if (error instanceof AuthError) throw new AppError("sign_in_failed", "Sign-in failed. Try again.", 500);
    throw error;
  }
}
