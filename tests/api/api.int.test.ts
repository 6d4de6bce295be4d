import { randomUUID } from "node:crypto";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it, vi } from "vitest";
import { POST as adjustBalanceRoute } from "@/app/api/admin/users/[id]/adjust-balance/route";
import { GET as adminLedgerRoute } from "@/app/api/admin/users/[id]/ledger/route";
import { POST as registerRoute } from "@/app/api/auth/register/route";
import { GET as healthRoute } from "@/app/api/health/route";
import { GET as ownLedgerRoute } from "@/app/api/user/ledger/route";
import { db } from "@/lib/db";
import { reloadEnvForTests } from "@/lib/env";
import { callRoute, createUser, sessionCookie, uniqueEmail } from "@/tests/factories";

describe("POST /api/auth/register", () => {
  it("creates an account and answers 201 with the product's contract", async () => {
    const email = uniqueEmail("new");
    const { status, json } = await callRoute(registerRoute, {
      body: { email: email.toUpperCase(), password: "long-enough-1", fullName: "Rahim Uddin", phone: "+8801712345678", acceptTerms: true },
    });
    expect(status).toBe(201);
    expect(json).toEqual({ success: true, data: { userId: expect.any(String), email, fullName: "Rahim Uddin" } });
    const user = await db.user.findUniqueOrThrow({ where: { email }, select: { role: true, passwordHash: true } });
    expect(user.role).toBe("CUSTOMER");
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
  });

  it("answers 409 for a taken e-mail", async () => {
    const existing = await createUser();
    const { status, json } = await callRoute(registerRoute, {
      body: { email: existing.email, password: "long-enough-1", fullName: "Someone", acceptTerms: true },
    });
    expect(status).toBe(409);
    expect(json.error).toMatchObject({ code: "email_taken", message: expect.stringContaining("email") });
  });

  it("answers 400 for malformed JSON and 422 naming the field for wrong or missing fields, writing nothing", async () => {
    const before = await db.user.count();
    const malformed = await callRoute(registerRoute, { rawBody: '{"email": "x@y.z",' });
    expect(malformed.status).toBe(400);
    expect(malformed.json.error?.code).toBe("invalid_json");

    const missing = await callRoute(registerRoute, { body: { email: uniqueEmail(), password: "long-enough-1" } });
    expect(missing.status).toBe(422);
    expect(missing.json.error?.message).toBe("fullName: is required");

    const wrongType = await callRoute(registerRoute, { body: { email: 42, password: "long-enough-1", fullName: "A Person" } });
    expect(wrongType.status).toBe(422);
    expect(wrongType.json.error?.message).toMatch(/^email: /);

    const shortPassword = await callRoute(registerRoute, { body: { email: uniqueEmail(), password: "short", fullName: "A Person" } });
    expect(shortPassword.json.error?.message).toBe("password: must be at least 8 characters");

    // The Terms of service must be agreed to, over the API as on the form.
    for (const acceptTerms of [undefined, false, "true"]) {
      const terms = await callRoute(registerRoute, {
        body: { email: uniqueEmail(), password: "long-enough-1", fullName: "A Person", acceptTerms },
      });
      expect(terms.status).toBe(422);
      expect(terms.json.error?.message).toBe("acceptTerms: tick the box to agree to the Terms of service");
    }
    expect(await db.user.count()).toBe(before);
  });
});

describe("JSON routes read JSON only", () => {
  const post = (type: string | null, body: string) =>
    registerRoute(
      new Request("http://localhost:3999/api/auth/register", { method: "POST", headers: type ? { "content-type": type } : {}, body }),
    );

  it("answers 415 naming content-type for a form, multipart (even malformed), text/plain or untyped body, writing nothing", async () => {
    const before = await db.user.count();
    const fields = new URLSearchParams({ email: uniqueEmail(), password: "long-enough-1", fullName: "Form Person" }).toString();
    for (const [type, body] of [
      ["multipart/form-data", "garbage"],
      ["multipart/form-data; boundary=xx", "--xx\r\nbroken"],
      ["application/x-www-form-urlencoded", fields],
      ["text/plain", "{}"],
      [null, '{"email":"a@b.test"}'],
    ] as const) {
      const res = await post(type, body);
      expect(res.status, String(type)).toBe(415);
      expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/^content-type: must be application\/json/);
    }
    expect(await db.user.count()).toBe(before);
  });

  it("takes application/json with parameters, and a NUL anywhere is a 422 naming the field", async () => {
    const ok = await post(
      "application/json; charset=utf-8",
      JSON.stringify({ email: uniqueEmail(), password: "long-enough-1", fullName: "Json Person", acceptTerms: true }),
    );
    expect(ok.status).toBe(201);
    const nul = await post(
      "application/json",
      JSON.stringify({ email: uniqueEmail(), password: "long-enough-1", fullName: "Nul\u0000Person", acceptTerms: true }),
    );
    expect(nul.status).toBe(422);
    expect(((await nul.json()) as { error: { message: string } }).error.message).toBe("fullName: must not contain NUL characters");
  });
});

describe("admin handlers check permissions themselves", () => {
  it("answers 403 to a customer and 401 to a visitor calling an admin handler, and changes nothing", async () => {
    const customer = await createUser({ balance: "10.00" });
    const body = { adjustmentId: randomUUID(), direction: "credit", amount: "1000", reason: "free money" };
    const asCustomer = await callRoute(adjustBalanceRoute, { cookie: await sessionCookie(customer), params: { id: customer.id }, body });
    expect(asCustomer.status).toBe(403);
    expect(asCustomer.json.error?.code).toBe("forbidden");
    const asVisitor = await callRoute(adjustBalanceRoute, { params: { id: customer.id }, body });
    expect(asVisitor.status).toBe(401);
    const support = await createUser({ role: "SUPPORT" });
    const asSupport = await callRoute(adjustBalanceRoute, { cookie: await sessionCookie(support), params: { id: customer.id }, body });
    expect(asSupport.status).toBe(403);
    const user = await db.user.findUniqueOrThrow({ where: { id: customer.id }, select: { balance: true } });
    expect(user.balance.toFixed(2)).toBe("10.00");
  });

  it("lets an admin adjust through the handler, with 422 naming a bad field", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const customer = await createUser();
    const cookie = await sessionCookie(admin);
    const ok = await callRoute(adjustBalanceRoute, {
      cookie,
      params: { id: customer.id },
      body: { adjustmentId: randomUUID(), direction: "credit", amount: "12.34", reason: "refund by hand" },
    });
    expect(ok.status).toBe(200);
    expect(ok.json.data).toMatchObject({ balance: "12.3400" });
    const bad = await callRoute(adjustBalanceRoute, {
      cookie,
      params: { id: customer.id },
      body: { adjustmentId: randomUUID(), direction: "credit", amount: "1.234", reason: "x" },
    });
    expect(bad.status).toBe(422);
    expect(bad.json.error?.message).toBe("amount: must have at most 2 decimal places");
    const missingUser = await callRoute(adjustBalanceRoute, {
      cookie,
      params: { id: "no-such-user" },
      body: { adjustmentId: randomUUID(), direction: "credit", amount: "1", reason: "nobody" },
    });
    expect(missingUser.status).toBe(404);
  });
});

describe("ledgers are scoped to their owner", () => {
  it("never lets a user read another user's ledger", async () => {
    const alice = await createUser({ balance: "70.00" });
    const bob = await createUser({ balance: "30.00" });
    const aliceCookie = await sessionCookie(alice);

    const own = await callRoute(ownLedgerRoute, {
      method: "GET",
      cookie: aliceCookie,
      url: `http://localhost:3999/api/user/ledger?userId=${bob.id}`,
    });
    expect(own.status).toBe(200);
    const entries = (own.json.data as { entries: { amount: string }[] }).entries;
    expect(entries.map((entry) => entry.amount)).toEqual(["70.0000"]);

    const bobEntry = await db.ledgerEntry.findFirstOrThrow({ where: { userId: bob.id }, select: { id: true } });
    const viaCursor = await callRoute(ownLedgerRoute, {
      method: "GET",
      cookie: aliceCookie,
      url: `http://localhost:3999/api/user/ledger?cursor=${bobEntry.id}`,
    });
    expect(JSON.stringify(viaCursor.json)).not.toContain("30.0000");

    const viaAdmin = await callRoute(adminLedgerRoute, {
      method: "GET",
      cookie: aliceCookie,
      params: { id: bob.id },
      url: "http://localhost:3999/api/admin/users/x/ledger",
    });
    expect(viaAdmin.status).toBe(403);

    const visitor = await callRoute(ownLedgerRoute, { method: "GET", url: "http://localhost:3999/api/user/ledger" });
    expect(visitor.status).toBe(401);
  });
});

describe("sessions", () => {
  it("stop working when the user is suspended or their password changes", async () => {
    const user = await createUser({ balance: "1.00" });
    const cookie = await sessionCookie(user);
    expect((await callRoute(ownLedgerRoute, { method: "GET", cookie })).status).toBe(200);
    await db.user.update({ where: { id: user.id }, data: { sessionVersion: { increment: 1 } } });
    expect((await callRoute(ownLedgerRoute, { method: "GET", cookie })).status).toBe(401);

    const other = await createUser();
    const otherCookie = await sessionCookie(other);
    await db.user.update({ where: { id: other.id }, data: { status: "SUSPENDED" } });
    expect((await callRoute(ownLedgerRoute, { method: "GET", cookie: otherCookie })).status).toBe(401);
  });
});

describe("GET /api/health", () => {
  it("reports the database and which local default stands in for each part", async () => {
    const res = await healthRoute(new Request("http://localhost/api/health"));
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      data: { status: string; mode: string; database: { reachable: boolean }; parts: Record<string, string> };
    };
    expect(body.data).toMatchObject({ status: "ok", mode: "local" });
    expect(body.data.database.reachable).toBe(true);
    expect(body.data.parts).toMatchObject({
      email: "dev-mailbox",
      cache: "in-process",
      jobs: "local-runner",
      sandboxGateway: "on",
      demoProvider: "on",
    });
  });

  it("answers 503 degraded when the shared rate-limit store does not answer", async () => {
    const refusing = createServer((_req, res) => res.writeHead(503).end("unavailable"));
    await new Promise<void>((resolve) => refusing.listen(0, "127.0.0.1", resolve));
    const holder = globalThis as unknown as { counterStore?: unknown };
    const saved = holder.counterStore;
    try {
      vi.stubEnv("UPSTASH_REDIS_REST_URL", `http://127.0.0.1:${(refusing.address() as AddressInfo).port}`);
      vi.stubEnv("UPSTASH_REDIS_REST_TOKEN", "token");
      reloadEnvForTests();
      delete holder.counterStore;
      const res = await healthRoute(new Request("http://localhost/api/health"));
      expect(res.status).toBe(503);
      const body = (await res.json()) as {
        data: { status: string; database: { reachable: boolean }; cache: { reachable: boolean }; parts: Record<string, string> };
      };
      expect(body.data).toMatchObject({
        status: "degraded",
        database: { reachable: true },
        cache: { reachable: false },
        parts: { cache: "upstash-redis" },
      });
    } finally {
      vi.unstubAllEnvs();
      reloadEnvForTests();
      holder.counterStore = saved;
      await new Promise((resolve) => refusing.close(resolve));
    }
  });
});
