// Requests to Auth.js's own endpoints, as a browser sends them, for request-level tests.
import { handlers } from "@/lib/auth/auth";

async function csrfFor(headers: Record<string, string>) {
  const res = await handlers.GET(new Request("http://localhost:3999/api/auth/csrf", { headers }) as never);
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return {
    csrfToken,
    cookie: res.headers
      .getSetCookie()
      .map((line) => line.split(";")[0])
      .join("; "),
  };
}

const cookieValue = (res: Response, name: string) =>
  res.headers
    .getSetCookie()
    .map((line) => line.split(";")[0])
    .find((pair) => pair.startsWith(`${name}=`) && pair.length > name.length + 1);

/** A sign-in through Auth.js's own credentials endpoint, as the browser's form would post it. */
export async function postCredentials(
  fields: { email: string; password: string; code?: string },
  headers: Record<string, string>,
  cookie = "",
) {
  const { csrfToken, cookie: csrfCookie } = await csrfFor(headers);
  const res = await handlers.POST(
    new Request("http://localhost:3999/api/auth/callback/credentials", {
      method: "POST",
      headers: { ...headers, "content-type": "application/x-www-form-urlencoded", cookie: [csrfCookie, cookie].filter(Boolean).join("; ") },
      // The code only when given, as the sign-in form sends it only in its second step.
      body: new URLSearchParams({ ...Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)), csrfToken }),
    }) as never,
  );
  const location = res.headers.get("location") ?? "";
  const sessionCookie = cookieValue(res, "authjs.session-token");
  return { location, signedIn: Boolean(sessionCookie), sessionCookie, code: new URL(location, "http://x").searchParams.get("code") };
}

/** Auth.js's own sign-out endpoint, with the browser's session cookie. */
export async function postSignOut(sessionCookie: string) {
  const { csrfToken, cookie: csrfCookie } = await csrfFor({});
  return handlers.POST(
    new Request("http://localhost:3999/api/auth/signout", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie: `${csrfCookie}; ${sessionCookie}` },
      body: new URLSearchParams({ csrfToken }),
    }) as never,
  );
}
