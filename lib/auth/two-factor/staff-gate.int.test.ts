// Issue 18: staff whose session has not passed the second factor reach no admin handler and no admin
// action (not just pages): each answers 403 two_factor_required and writes nothing, whatever the input.
import { inRequestScope } from "@/tests/bad-input/request-scope"; // first: it sets up Next's request storage
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { rowCounts } from "@/tests/bad-input/row-counts";
import { createUser, sessionCookie } from "@/tests/factories";

type Handler = (req: Request, segment: { params: Promise<Record<string, unknown>> }) => Promise<Response>;
type Action = ((input: unknown) => Promise<{ success: boolean; error?: { code: string } }>) & { inputSchema: unknown };

// The same inventories the bad-input fuzz walks (tests/bad-input): every admin route file and action module.
const ADMIN_ROUTES = import.meta.glob<Record<string, unknown>>("/app/api/admin/**/route.ts");
const ADMIN_ACTIONS = import.meta.glob<Record<string, unknown>>("/lib/actions/admin/*.ts");
const ORIGIN = "http://localhost:3999";
/** Values for any dynamic segment: the refusal comes before they are read. */
const PARAMS = { id: "1", image: "logo" };
/** Input that would pass a schema's first look, were the caller let through. */
const INPUTS: unknown[] = [{}, { id: "1", userId: "x", orderId: 1 }];

/** What each may be told: support is refused outright (`forbidden`) where its role lacks the permission. */
const REFUSALS: Record<string, string[]> = {
  "admin who never enrolled": ["two_factor_required"],
  "support who never enrolled": ["two_factor_required", "forbidden"],
  "enrolled admin, session not passed": ["two_factor_required"],
};
const refused = (who: string, code: string | undefined) => REFUSALS[who]!.includes(code ?? "");
const cookies: Record<string, string> = {};
beforeAll(async () => {
  cookies["admin who never enrolled"] = await sessionCookie(await createUser({ role: "ADMIN", twoFactor: false }));
  cookies["support who never enrolled"] = await sessionCookie(await createUser({ role: "SUPPORT", twoFactor: false }));
  cookies["enrolled admin, session not passed"] = await sessionCookie(await createUser({ role: "ADMIN" }), { secondFactorPassed: false });
});

describe("staff without a passed second factor", () => {
  it("finds admin routes and actions to check", () => {
    expect(Object.keys(ADMIN_ROUTES).length).toBeGreaterThan(10);
    expect(Object.keys(ADMIN_ACTIONS).length).toBeGreaterThan(10);
  });

  for (const [file, load] of Object.entries(ADMIN_ROUTES)) {
    it(`cannot reach ${file.replace(/^\/app/, "")}`, async () => {
      const methods = Object.entries(await load()).filter(
        ([name, value]) => ["GET", "POST", "PUT", "PATCH", "DELETE"].includes(name) && typeof value === "function",
      ) as [string, Handler][];
      expect(methods.length).toBeGreaterThan(0);
      const path = file
        .replace(/^\/app/, "")
        .replace(/\/route\.ts$/, "")
        .replace(/\[(\w+)\]/g, (_, key: string) => PARAMS[key as keyof typeof PARAMS]);
      for (const [who, cookie] of Object.entries(cookies)) {
        for (const [method, handler] of methods) {
          const before = await rowCounts();
          const headers = new Headers({ cookie, origin: ORIGIN, "x-forwarded-for": "203.0.113.90", "content-type": "application/json" });
          const body = method === "GET" ? undefined : JSON.stringify(INPUTS[1]);
          const res = await handler(new NextRequest(new URL(path, ORIGIN), { method, headers, body }), { params: Promise.resolve(PARAMS) });
          const answer = (await res.json()) as { error?: { code: string } };
          expect({ who, method, status: res.status, refused: refused(who, answer.error?.code) }).toEqual({
            who,
            method,
            status: 403,
            refused: true,
          });
          expect(await rowCounts()).toEqual(before);
        }
      }
    });
  }

  for (const [file, load] of Object.entries(ADMIN_ACTIONS)) {
    it(`cannot run the actions of ${file.replace(/^\/lib\/actions/, "")}`, async () => {
      const actions = Object.entries(await load()).filter((entry): entry is [string, Action] => typeof entry[1] === "function");
      expect(actions.length).toBeGreaterThan(0);
      for (const [who, cookie] of Object.entries(cookies)) {
        for (const [name, action] of actions) {
          for (const input of INPUTS) {
            const before = await rowCounts();
            const headers = new Headers({ cookie, origin: ORIGIN, host: "localhost:3999", "x-forwarded-for": "203.0.113.91" });
            const result = await inRequestScope(headers, () => action(input));
            expect({ who, name, success: result.success, refused: refused(who, result.error?.code) }).toEqual({
              who,
              name,
              success: false,
              refused: true,
            });
            expect(await rowCounts()).toEqual(before);
          }
        }
      }
    });
  }
});
