import { randomUUID } from "node:crypto";
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as createOrdersRoute } from "@/app/api/user/create-orders/route";
import { db } from "@/lib/db";
import { createOrder } from "@/lib/orders/create-order";
import { setSetting } from "@/lib/settings/settings";
import { apiV2, resellerWithKey } from "@/tests/api-v2";
import { createUser, sessionCookie, uniqueEmail } from "@/tests/factories";
import { registerUser } from "./register-user";
import { hashVerificationToken, resendEmailVerification, sendEmailVerification } from "./request-email-verification";
import { verifyEmail, verificationTokenState } from "./verify-email";

let admin: Awaited<ReturnType<typeof createUser>>;
let serviceId: number;

beforeAll(async () => {
  admin = await createUser({ role: "ADMIN" });
  const unique = randomUUID().slice(0, 8);
  const category = await db.category.create({ data: { name: `Verification test ${unique}` }, select: { id: true } });
  serviceId = (
    await db.service.create({
      data: { name: `Manual ${unique}`, categoryId: category.id, rate: "100", min: 1, max: 10000, mode: "MANUAL" },
      select: { id: true },
    })
  ).id;
});
afterAll(async () => setSetting("accounts.unverifiedMayOrder", true, { id: admin.id }));

const mailsTo = (email: string) => db.mailMessage.findMany({ where: { to: email }, orderBy: { createdAt: "asc" } });
const tokenIn = (text: string) => text.match(/verify-email\?token=([\w-]+)/)?.[1] ?? "";
const link = () => `https://instagram.com/p/${randomUUID().slice(0, 10)}`;

async function signUp() {
  const email = uniqueEmail("signup");
  const user = await registerUser({ email, fullName: "New Person", password: "long-enough-pass" }, { locale: "en" });
  const [mail] = await mailsTo(email);
  return { ...user, token: tokenIn(mail?.text ?? "") };
}

describe("sign-up verification", () => {
  it("a new account starts unverified and gets one confirmation mail with a link", async () => {
    const user = await signUp();
    expect((await db.user.findUniqueOrThrow({ where: { id: user.userId } })).emailVerifiedAt).toBeNull();
    const mails = await mailsTo(user.email);
    expect(mails).toHaveLength(1);
    expect(mails[0].subject).toMatch(/Confirm your e-mail address/);
    expect(user.token.length).toBeGreaterThan(20);
    const row = await db.emailVerificationToken.findUniqueOrThrow({ where: { tokenHash: hashVerificationToken(user.token) } });
    expect(row.userId).toBe(user.userId);
  });

  it("a token verifies once; the second use is refused", async () => {
    const user = await signUp();
    expect(await verificationTokenState(user.token)).toBe("valid");
    await expect(verifyEmail(user.token)).resolves.toEqual({ email: user.email });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.userId } })).emailVerifiedAt).toBeInstanceOf(Date);
    await expect(verifyEmail(user.token)).rejects.toMatchObject({ code: "invalid_verification_token", status: 400 });
    expect(await verificationTokenState(user.token)).toBe("invalid");
  });

  it("concurrent clicks verify once", async () => {
    const user = await signUp();
    const results = await Promise.allSettled(Array.from({ length: 6 }, () => verifyEmail(user.token)));
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(results.filter((result) => result.status === "rejected")).toHaveLength(5);
  });

  it("an expired or unknown token is refused and verifies nothing", async () => {
    const user = await createUser({ unverified: true });
    const token = randomUUID() + randomUUID();
    await db.emailVerificationToken.create({
      data: { userId: user.id, tokenHash: hashVerificationToken(token), expiresAt: new Date(Date.now() - 1000) },
    });
    expect(await verificationTokenState(token)).toBe("invalid");
    await expect(verifyEmail(token)).rejects.toMatchObject({ code: "invalid_verification_token" });
    await expect(verifyEmail(`${token}x`)).rejects.toMatchObject({ code: "invalid_verification_token" });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).emailVerifiedAt).toBeNull();
  });

  it("a new link spends the older ones, and resending is throttled to 3 an hour", async () => {
    const user = await signUp();
    await expect(resendEmailVerification(user.userId)).resolves.toEqual({ sent: true });
    expect(await verificationTokenState(user.token)).toBe("invalid");
    const newest = tokenIn((await mailsTo(user.email)).at(-1)!.text);
    expect(await verificationTokenState(newest)).toBe("valid");
    await resendEmailVerification(user.userId);
    await resendEmailVerification(user.userId);
    await expect(resendEmailVerification(user.userId)).rejects.toMatchObject({ code: "rate_limited", status: 429 });
    expect(await mailsTo(user.email)).toHaveLength(4);
  });

  it("a verified user is sent nothing", async () => {
    const user = await createUser();
    await expect(sendEmailVerification(user.id)).resolves.toBe(false);
    expect(await mailsTo(user.email)).toHaveLength(0);
  });
});

describe("ordering while unverified (accounts.unverifiedMayOrder)", () => {
  const webOrder = async (user: Awaited<ReturnType<typeof createUser>>) =>
    createOrdersRoute(
      new Request("http://localhost:3999/api/user/create-orders", {
        method: "POST",
        headers: { "content-type": "application/json", cookie: await sessionCookie(user) },
        body: JSON.stringify({ categoryId: "any", serviceId, link: link(), qty: 100 }),
      }),
    );

  it("off: an unverified customer is refused on the web and API v2 add; verified ones and admin orders go", async () => {
    await setSetting("accounts.unverifiedMayOrder", false, { id: admin.id });
    const unverified = await createUser({ unverified: true, balance: "1000" });
    const refused = await webOrder(unverified);
    expect(refused.status).toBe(403);
    expect((await refused.json()).error.code).toBe("email_unverified");

    const reseller = await resellerWithKey();
    await db.user.update({ where: { id: reseller.user.id }, data: { emailVerifiedAt: null } });
    const added = await apiV2({ key: reseller.key, action: "add", service: serviceId, link: link(), quantity: 100 });
    expect(added.json).toEqual({ error: expect.stringMatching(/Confirm your e-mail address/) });
    expect(await db.order.count({ where: { userId: { in: [unverified.id, reseller.user.id] } } })).toBe(0);

    expect((await webOrder(await createUser({ balance: "1000" }))).status).toBe(201);
    await expect(
      createOrder(unverified.id, { serviceId, link: link(), quantity: 100 } as never, { source: "admin", actorId: admin.id }),
    ).resolves.toMatchObject({
      status: "PENDING",
    });
  });

  it("on (the default): an unverified customer orders on the web and through API v2", async () => {
    await setSetting("accounts.unverifiedMayOrder", true, { id: admin.id });
    const unverified = await createUser({ unverified: true, balance: "1000" });
    expect((await webOrder(unverified)).status).toBe(201);
    const reseller = await resellerWithKey();
    await db.user.update({ where: { id: reseller.user.id }, data: { emailVerifiedAt: null } });
    const added = await apiV2({ key: reseller.key, action: "add", service: serviceId, link: link(), quantity: 100 });
    expect(added.json).toEqual({ order: expect.any(Number) });
  });
});

describe("existing accounts", () => {
  it("the migration's backfill marks every earlier account verified at its creation time", async () => {
    const dir = path.join(process.cwd(), "prisma/migrations");
    const folder = readdirSync(dir).find((name) => name.endsWith("_email_verification"))!;
    const backfill = readFileSync(path.join(dir, folder, "migration.sql"), "utf8").match(/UPDATE "users"[^;]+;/)?.[0];
    expect(backfill).toBeDefined();
    const older = await createUser({ unverified: true });
    // Run the migration's own statement, then roll it back so other files' unverified users stay as they are.
    const seen = await db
      .$transaction(async (tx) => {
        await tx.$executeRawUnsafe(backfill!);
        const row = await tx.user.findUniqueOrThrow({ where: { id: older.id }, select: { emailVerifiedAt: true, createdAt: true } });
        throw Object.assign(new Error("rollback"), { row });
      })
      .catch((error: { row?: { emailVerifiedAt: Date | null; createdAt: Date } }) => error.row);
    expect(seen?.emailVerifiedAt?.getTime()).toBe(seen?.createdAt.getTime());
  });

  it("test and seeded accounts are verified", async () => {
    const user = await createUser();
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).emailVerifiedAt).toBeInstanceOf(Date);
  });
});
