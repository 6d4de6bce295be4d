import Google from "next-auth/providers/google";
import { env } from "@/lib/env";

/** "Continue with Google" exists only when the panel has a Google OAuth client (both variables; lib/env.ts). */
export function googleSignInEnabled(): boolean {
  return Boolean(env().AUTH_GOOGLE_ID && env().AUTH_GOOGLE_SECRET);
}

/** The Auth.js provider, or none. Google's ID token carries `email_verified`, which the linking rule needs. */
export function googleProviders() {
  if (!googleSignInEnabled()) return [];
  return [Google({ clientId: env().AUTH_GOOGLE_ID, clientSecret: env().AUTH_GOOGLE_SECRET })];
}
