"use server";

import { signIn } from "@/lib/auth/auth";
import { googleSignInEnabled } from "@/lib/auth/google/google-provider";
import { safeRedirectPath } from "@/lib/auth/safe-redirect";

/** Starts the Google sign-in (Auth.js redirects the browser to Google); hidden and refused when not configured. */
export async function googleSignInAction(formData: FormData): Promise<void> {
  if (!googleSignInEnabled()) return;
  const callbackUrl = formData.get("callbackUrl");
  await signIn("google", { redirectTo: safeRedirectPath(typeof callbackUrl === "string" ? callbackUrl : null, "/user/dashboard") });
}
