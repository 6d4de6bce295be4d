// Issue 11 (4–9): whatever arrives — malformed bodies, NULs, numbers beyond int4, impossible days,
// wrong content types — every route handler and every server action answers below 500 and writes nothing.
import { inRequestScope } from "./request-scope"; // first: it sets up Next's request storage
import fc from "fast-check";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import { createComplaintSchema, updateComplaintSchema } from "@/lib/complaints/schemas";
import { importSchema } from "@/lib/catalog/schemas";
import { db } from "@/lib/db";
import { adminPaymentFiltersSchema } from "@/lib/payments/schemas";
import { apiV2, resellerWithKey } from "@/tests/api-v2";
import { createUser, sessionCookie } from "@/tests/factories";
import { rowCounts } from "./row-counts";
import { BAD_DAYS, OUT_OF_INT4, oneOfEach, poisonCases, type Poisoned } from "./zod-input";

type Handler = ((req: Request, segment: { params: Promise<Record<string, unknown>> }) => Promise<Response>) & {
  schemas?: { body?: z.ZodType; query?: z.ZodType; params?: z.ZodType };
};
type RouteModule = Record<string, unknown>;

const ROUTE_MODULES = import.meta.glob<RouteModule>("/app/api/**/route.ts");
const ACTION_MODULES = import.meta.glob<RouteModule>("/lib/actions/**/*.ts");
const NUM_RUNS = 6;
const ORIGIN = "http://localhost:3999";

/**
 * Every route file, with what the fuzz needs beyond the route() wrapper's own schemas: dynamic segment
 * values, and the schema of handlers that read their body or query themselves. A new route file
 * fails the first test until it is listed here.
 */
const ROUTES: Record<
  string,
  { params?: fc.Arbitrary<Record<string, unknown>>; body?: z.ZodType; query?: z.ZodType; path?: fc.Arbitrary<string> }
> = {
  "/app/api/admin/brand/[image]/route.ts": {
    params: fc.record({ image: fc.constantFrom("logo", "favicon", "banner", "constructor", "__proto__", "x\u0000", "") }),
  },
  "/app/api/admin/catalog/import/route.ts": { body: importSchema },
  "/app/api/admin/complaints/bulk/route.ts": {},
  "/app/api/admin/complaints/route.ts": {},
  "/app/api/admin/orders/[id]/route.ts": { params: idParam() },
  "/app/api/admin/orders/export/route.ts": {},
  "/app/api/admin/orders/forward-to-provider/route.ts": {},
  "/app/api/admin/orders/manual/route.ts": {},
  "/app/api/admin/orders/route.ts": {},
  "/app/api/admin/orders/sync-status/route.ts": {},
  "/app/api/admin/payments/export/route.ts": { query: adminPaymentFiltersSchema },
  "/app/api/admin/providers/[id]/services/route.ts": { params: idParam() },
  "/app/api/admin/reports/export/route.ts": {},
  "/app/api/admin/users/[id]/adjust-balance/route.ts": { params: idParam() },
  "/app/api/admin/users/[id]/ledger/route.ts": { params: idParam() },
  "/app/api/admin/waiting-work/route.ts": {},
  "/app/api/auth/[...nextauth]/route.ts": {
    path: fc.constantFrom("session", "csrf", "providers", "signin", "signout", "callback/credentials", "signin/credentials"),
  },
  "/app/api/auth/register/route.ts": {},
  "/app/api/complaints/[id]/route.ts": { params: idParam(), body: updateComplaintSchema },
  "/app/api/complaints/attachments/[id]/route.ts": { params: idParam() },
  "/app/api/complaints/route.ts": { body: createComplaintSchema },
  "/app/api/demo-provider/v2/route.ts": {},
  "/app/api/health/route.ts": {},
  "/app/api/inngest/route.ts": {},
  "/app/api/notifications/route.ts": {},
  "/app/api/payments/initiate/route.ts": {},
  "/app/api/payments/return/[outcome]/route.ts": {
    params: fc.record({ outcome: fc.constantFrom("success", "fail", "cancel", "constructor", "x\u0000") }),
  },
  "/app/api/payments/verify/route.ts": {},
  "/app/api/payments/webhook/[gateway]/route.ts": {
    params: fc.record({
      gateway: fc.constantFrom("sandbox", "sslcommerz", "constructor", "__proto__", "toString", "hasOwnProperty", "x\u0000y"),
    }),
  },
  "/app/api/user/create-orders/route.ts": {},
  "/app/api/user/balance/route.ts": {},
  "/app/api/user/ledger/route.ts": {},
  "/app/api/user/orders/[id]/route.ts": { params: idParam() },
  "/app/api/user/orders/route.ts": {},
  // Answers 404 here (no UPLOADTHING_TOKEN); its refusals with UploadThing are in direct-upload.int.test.ts.
  "/app/api/uploadthing/route.ts": {},
  "/app/api/v2/route.ts": {},
};

/** Exports of action modules that take no input (nothing to fuzz); the Google button's form only names a callback path, made safe by safeRedirectPath. */
const NO_INPUT_ACTIONS = new Set(["signOutAction", "googleSignInAction"]);

function idParam() {
  return fc.record({
    id: fc.oneof(fc.constantFrom("1", "abc", "", "\u0000", "%ZZ", ...OUT_OF_INT4.map(String), ...BAD_DAYS), fc.string({ maxLength: 12 })),
  });
}

const text = (value: unknown) => (typeof value === "string" ? value : JSON.stringify(value));
const nulText = fc.tuple(fc.string({ maxLength: 6 }), fc.string({ maxLength: 6 })).map(([a, b]) => `${a}\u0000${b}`);

const FIELD_NAMES = [
  "key",
  "action",
  "service",
  "link",
  "quantity",
  "orders",
  "email",
  "id",
  "orderId",
  "amount",
  "gateway",
  "tran_id",
  "status",
  "val_id",
] as const;
/** Fields of a raw body, one of them always holding a NUL: with unknown names only, `{}` is valid input for some routes. */
const withNulField = (names: fc.Arbitrary<string>, values: fc.Arbitrary<unknown>) =>
  fc.tuple(fc.constantFrom(...FIELD_NAMES), nulText, fc.dictionary(names, values)).map(([name, nul, rest]) => ({ ...rest, [name]: nul }));

/** Bodies no schema needs to know about: wrong types, broken framing, NULs in fields, huge numbers. */
const rawBody: fc.Arbitrary<{ type: string | null; body: string }> = fc.oneof(
  fc.record({
    type: fc.constantFrom(
      "multipart/form-data",
      "multipart/form-data; boundary=xx",
      "application/json",
      "application/x-www-form-urlencoded",
      "text/plain",
      "application/xml",
      null,
    ),
    body: fc.constantFrom("garbage", "{", "--xx\r\nbroken", "[]", "null", "1e999", '{"__proto__":{"x":1}}'),
  }),
  fc.record({
    type: fc.constant("application/json"),
    body: withNulField(
      fc.constantFrom("key", "action", "service", "link", "quantity", "email", "id", "orderId", "amount", "gateway", "tran_id"),
      fc.oneof(nulText, fc.constantFrom(...OUT_OF_INT4), fc.constantFrom(...BAD_DAYS)),
    ).map((fields) => JSON.stringify(fields)),
  }),
  fc.record({
    type: fc.constant("application/x-www-form-urlencoded"),
    body: withNulField(
      fc.constantFrom("key", "action", "service", "link", "quantity", "orders", "tran_id", "status", "val_id"),
      fc.oneof(nulText, fc.constantFrom(...OUT_OF_INT4.map(String))),
    ).map((fields) => new URLSearchParams(fields as Record<string, string>).toString()),
  }),
  // Never blank: an empty body is `{}`, valid input for some routes (sync-status syncs everything).
  fc.record({
    type: fc.constantFrom("text/plain", null),
    body: fc.string({ minLength: 1, maxLength: 40 }).filter((body) => body.trim() !== ""),
  }),
);

type Call = { query: Record<string, string>; params: Record<string, unknown>; type: string | null; body: string | null; poison: string };
type Source = { params: fc.Arbitrary<Record<string, unknown>>; hasBody: boolean };

const rawCall = ({ params, hasBody }: Source): fc.Arbitrary<Call> =>
  fc
    .tuple(params, hasBody ? rawBody : fc.constant({ type: null, body: null }))
    .map(([p, raw]) => ({ query: {}, params: p, type: raw.type, body: raw.body, poison: "raw body" }));
// A query alone would leave a POST's body empty, which is valid input for some (sync-status syncs everything).
const queryCall = ({ params }: Source): fc.Arbitrary<Call> =>
  fc
    .tuple(
      params,
      fc.dictionary(
        fc.constantFrom("q", "cursor", "from", "to", "page", "take", "id", "ids", "status", "callbackUrl", "key", "action"),
        fc.oneof(nulText, fc.constantFrom("abc", "%ZZ", "1e30", ...OUT_OF_INT4.map(String), ...BAD_DAYS)),
        { minKeys: 1 },
      ),
    )
    .map(([p, query]) => ({ query, params: p, type: null, body: null, poison: "query" }));
const bodyCall = ({ params }: Source, bad: fc.Arbitrary<Poisoned>): fc.Arbitrary<Call> =>
  fc.tuple(params, bad).map(([p, b]) => ({
    query: {},
    params: p,
    type: "application/json",
    body: JSON.stringify(b.input),
    poison: `body.${b.field} (${b.kind})`,
  }));
const poisonedQueryCall = ({ params }: Source, bad: fc.Arbitrary<Poisoned>): fc.Arbitrary<Call> =>
  fc.tuple(params, bad).map(([p, b]) => ({
    query: Object.fromEntries(Object.entries(b.input).map(([key, value]) => [key, text(value)])),
    params: p,
    type: null,
    body: null,
    poison: `query.${b.field} (${b.kind})`,
  }));

/** Generators for one method of one route: raw bodies and queries, and each poisoned field of its schemas. */
function callCases(file: string, method: string, handler: Handler): fc.Arbitrary<Call>[] {
  const entry = ROUTES[file]!;
  const bodySchema = entry.body ?? handler.schemas?.body;
  const querySchema = entry.query ?? handler.schemas?.query;
  const source: Source = { params: entry.params ?? fc.constant({}), hasBody: method !== "GET" };
  const cases = [rawCall(source)];
  if (!source.hasBody) cases.push(queryCall(source));
  if (bodySchema && source.hasBody) cases.push(...poisonCases(bodySchema).map((bad) => bodyCall(source, bad)));
  if (querySchema && !source.hasBody) cases.push(...poisonCases(querySchema).map((bad) => poisonedQueryCall(source, bad)));
  return cases;
}

let cookie: string;
beforeAll(async () => {
  cookie = await sessionCookie(await createUser({ role: "ADMIN", balance: "100" }));
});

function requestFor(file: string, method: string, call: Call, authPath: string | undefined): Request {
  const path = authPath ? `/api/auth/${authPath}` : file.replace(/^\/app/, "").replace(/\/route\.ts$/, "");
  const url = new URL(path, ORIGIN);
  for (const [key, value] of Object.entries(call.query)) url.searchParams.set(key, value);
  const headers = new Headers({ cookie, "x-forwarded-for": "203.0.113.77", origin: ORIGIN });
  if (call.type) headers.set("content-type", call.type);
  return new NextRequest(url, { method, headers, body: call.body });
}

describe("bad input never answers 5xx and never writes", () => {
  it("lists every route file and every action export", async () => {
    expect(Object.keys(ROUTE_MODULES).sort()).toEqual(Object.keys(ROUTES).sort());
    for (const [file, load] of Object.entries(ACTION_MODULES)) {
      for (const [name, value] of Object.entries(await load())) {
        const fuzzable = typeof value === "function" && "inputSchema" in value;
        expect(fuzzable || NO_INPUT_ACTIONS.has(name), `${file}: ${name} has no input schema and is not listed as taking none`).toBe(true);
      }
    }
  });

  for (const file of Object.keys(ROUTES)) {
    it(`route ${file.replace(/^\/app/, "")}`, async () => {
      const load = ROUTE_MODULES[file];
      expect(load, `${file} is listed but does not exist`).toBeDefined();
      const routeModule = await load!();
      const methods = ["GET", "POST", "PUT", "PATCH", "DELETE"].filter((method) => typeof routeModule[method] === "function");
      expect(methods.length).toBeGreaterThan(0);
      for (const method of methods) {
        const handler = routeModule[method] as Handler;
        const cases = callCases(file, method, handler);
        const call = fc.tuple(fc.oneof(...cases), ROUTES[file]!.path ?? fc.constant(undefined));
        await fc.assert(
          fc.asyncProperty(call, async ([request, path]) => {
            const before = await rowCounts();
            const res = await handler(requestFor(file, method, request, path), { params: Promise.resolve(request.params) });
            const answer = await res.text();
            expect(res.status, `${method} ${request.poison}: ${answer.slice(0, 300)}`).toBeLessThan(500);
            if (request.poison.includes("(nul)"))
              expect(res.status, `${method} ${request.poison}: ${answer.slice(0, 300)}`).toBeGreaterThanOrEqual(400);
            expect(await rowCounts()).toEqual(before);
          }),
          {
            numRuns: NUM_RUNS,
            examples: oneOfEach(cases).map(
              (request) => [[request, fc.sample(ROUTES[file]!.path ?? fc.constant(undefined), 1)[0]]] as [[Call, string | undefined]],
            ),
          },
        );
      }
    });
  }

  it("API v2 with a valid key: NULs, ids past int4 and garbage in any field are refusals in the protocol's shape", async () => {
    const { key } = await resellerWithKey({ balance: "1000" });
    const category = await db.category.create({ data: { name: `Fuzz ${Date.now()}` } });
    const real = await db.service.create({
      data: { name: "Fuzz manual", categoryId: category.id, rate: "100", min: 1, max: 1000, mode: "MANUAL" },
      select: { id: true },
    });
    const value = fc.oneof(nulText, fc.constantFrom(...OUT_OF_INT4.map(String), ...BAD_DAYS, "abc", "-1", "1,2,3", " "));
    const fields = fc.record({
      action: fc.constantFrom("add", "status", "refill", "refill_status", "cancel", "balance", "services", "constructor", "__proto__"),
      poisoned: fc.constantFrom("service", "link", "quantity", "order", "orders", "refill", "refills", "runs", "interval", "comments"),
      poison: value,
      as: fc.constantFrom("form" as const, "json" as const),
    });
    await fc.assert(
      fc.asyncProperty(fields, async ({ action, poisoned: field, poison, as }) => {
        const before = await rowCounts();
        // A NUL goes with a real service, so only its refusal keeps it from the database; any other poison
        // with the largest int4, a service and an order nobody has, so whatever it misses, nothing is ordered.
        const service = poison.includes("\u0000") ? String(real.id) : "2147483647";
        const answer = await apiV2(
          { key, action, service, link: "https://instagram.com/p/fuzz", quantity: "100", order: "2147483647", [field]: poison },
          { as },
        );
        expect(answer.status, `${action} ${field}=${text(poison)}: ${text(answer.json)}`).toBeLessThan(500);
        if (poison.includes("\u0000") || action === "add")
          expect(answer.json, `${action} ${field}=${text(poison)}`).toHaveProperty("error");
        expect(await rowCounts()).toEqual(before);
      }),
      { numRuns: 40 },
    );
  });

  for (const [file, load] of Object.entries(ACTION_MODULES)) {
    it(`actions ${file.replace(/^\/lib\/actions/, "")}`, async () => {
      const actions = Object.entries(await load()).filter(
        (
          entry,
        ): entry is [
          string,
          ((input: unknown) => Promise<{ success: boolean; error?: { code: string; message: string } }>) & { inputSchema: z.ZodType },
        ] => typeof entry[1] === "function" && "inputSchema" in entry[1],
      );
      for (const [name, action] of actions) {
        const cases = [
          ...poisonCases(action.inputSchema).map((arbitrary) =>
            arbitrary.map((bad) => ({ input: bad.input as unknown, poison: `${bad.field} (${bad.kind})` })),
          ),
          fc
            .constantFrom<unknown>("garbage", 42, null, [], "\u0000", { "\u0000": 1 })
            .map((value) => ({ input: value, poison: `whole input ${text(value)} (${text(value).includes("\\u0000") ? "nul" : "type"})` })),
        ];
        await fc.assert(
          fc.asyncProperty(fc.oneof(...cases), async ({ input: value, poison }) => {
            const before = await rowCounts();
            const headers = new Headers({ cookie, "x-forwarded-for": "203.0.113.78", origin: ORIGIN, host: "localhost:3999" });
            const result = await inRequestScope(headers, () => action(value));
            if (poison.includes("(nul)")) expect(result.success, `${name} ${poison}`).toBe(false);
            expect(result.error?.code, `${name} ${poison}: ${result.error?.message}`).not.toBe("internal");
            expect(await rowCounts()).toEqual(before);
          }),
          { numRuns: 3, examples: oneOfEach(cases).map((example) => [example] as [typeof example]) },
        );
      }
    });
  }
});
