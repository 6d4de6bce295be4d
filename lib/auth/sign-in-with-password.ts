import { AuthError, CredentialsSignin } from "next-auth";
import { AppError } from "@/lib/http/errors";
import { SignInError, type SignInFailure } from "./authenticate";
import { signIn } from "./auth";

/** Signs in through Auth.js (which sets the session cookie) and turns its errors back into typed ones. */
export async function signInWithPassword(email: string, password: string): Promise<void> {
  try {
    await signIn("credentials", { email, password, redirect: false });
  } catch (error) {
    if (error instanceof CredentialsSignin) {
      const reason = (["invalid", "suspended", "throttled"] as const).find((known) => known === error.code);
      throw new SignInError((reason ?? "invalid") satisfies SignInFailure, 15 * 60);
    }
    if (error instanceof AuthError) throw new AppError("sign_in_failed", "Sign-in failed. Try again.", 500);
    throw error;
  }
}
