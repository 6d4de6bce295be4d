// Helpers for reseller API v2 tests: a customer with a key, and calls through the real route handler.
import { GET, POST } from "@/app/api/v2/route";
import { createApiKey } from "@/lib/api-keys/create-api-key";
import { createUser } from "./factories";

export async function resellerWithKey(options: { balance?: string; status?: "ACTIVE" | "SUSPENDED" } = {}) {
  const user = await createUser({ balance: options.balance ?? "10000", status: options.status });
  const created = await createApiKey(user.id, "test key");
  return { user, key: created.key, keyId: created.id };
}

type CallOptions = { as?: "form" | "json" | "get"; headers?: Record<string, string> };

/** One API v2 call, form-encoded by default; returns HTTP status, headers and the parsed JSON. */
export async function apiV2(fields: Record<string, string | number | string[]>, options: CallOptions = {}) {
  const as = options.as ?? "form";
  const text = Object.fromEntries(
    Object.entries(fields).map(([name, value]) => [name, Array.isArray(value) ? value.join(",") : String(value)]),
  );
  const url = new URL("http://localhost:3999/api/v2");
  const headers = new Headers(options.headers);
  let body: string | undefined;
  if (as === "get") for (const [name, value] of Object.entries(text)) url.searchParams.set(name, value);
  else if (as === "json") {
    headers.set("content-type", "application/json");
    body = JSON.stringify(fields);
  } else {
    headers.set("content-type", "application/x-www-form-urlencoded");
    body = new URLSearchParams(text).toString();
  }
  const req = new Request(url, { method: as === "get" ? "GET" : "POST", headers, body });
  const res = as === "get" ? await GET(req) : await POST(req);
  return { status: res.status, headers: res.headers, json: (await res.json()) as unknown };
}
