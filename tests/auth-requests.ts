// Requests to Auth.js's own endpoints, as a browser sends them, for request-level tests.
import { handlers } from "@/lib/auth/auth";

/** A sign-in through Auth.js's own credentials endpoint, as the browser's form would post it. */
export async function postCredentials(fields: { email: string; password: string }, headers: Record<string, string>, cookie = "") {
  const csrf = await handlers.GET(new Request("http://localhost:3999/api/auth/csrf", { headers }) as never);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const csrfCookie = csrf.headers.getSetCookie().map((line) => line.split(";")[0]).join("; ");
  const res = await handlers.POST(
    new Request("http://localhost:3999/api/auth/callback/credentials", {
      method: "POST",
      headers: { ...headers, "content-type": "application/x-www-form-urlencoded", cookie: [csrfCookie, cookie].filter(Boolean).join("; ") },
      body: new URLSearchParams({ ...fields, csrfToken }),
    }) as never,
  );
  const location = res.headers.get("location") ?? "";
  return { location, signedIn: res.headers.getSetCookie().some((line) => line.startsWith("authjs.session-token=")), code: new URL(location, "http://x").searchParams.get("code") };
}
