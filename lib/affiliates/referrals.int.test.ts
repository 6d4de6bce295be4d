// Issue 18: a referral link remembers its first referrer for the cookie's life, counts that visit once,
// and ties the sign-up to them once; nobody refers themselves, and a suspended referrer gains nobody.
import { beforeAll, describe, expect, it } from "vitest";
import { GET as referralLink } from "@/app/r/[code]/route";
import { POST as registerRoute } from "@/app/api/auth/register/route";
import { db } from "@/lib/db";
import { setSetting } from "@/lib/settings/settings";
import { registerUser } from "@/lib/users/register-user";
import { callRoute, createUser, sessionCookie, uniqueEmail } from "@/tests/factories";
import { ensureReferralCode } from "./referral-code";
import { REFERRAL_COOKIE } from "./referral-cookie";

beforeAll(async () => {
  const admin = await createUser({ role: "ADMIN" });
  await setSetting("affiliates.cookieDays", 14, { id: admin.id });
});

async function visit(code: string, cookie?: string) {
  const headers = new Headers({ "x-forwarded-for": "203.0.113.83" });
  if (cookie) headers.set("cookie", cookie);
  const res = await referralLink(new Request(`http://localhost:3999/r/${code}`, { headers }), { params: Promise.resolve({ code }) });
  return { status: res.status, location: res.headers.get("location"), setCookie: res.headers.get("set-cookie") };
}
const visits = async (userId: string) => (await db.user.findUniqueOrThrow({ where: { id: userId } })).referralVisits;
const referredBy = async (email: string) => (await db.user.findUniqueOrThrow({ where: { email } })).referredById;
const newAccount = (email = uniqueEmail("referred")) => ({
  email,
  fullName: "Referred Person",
  password: "long-enough-pass",
  acceptTerms: true,
});

describe("referral links and sign-ups", () => {
  it("gives each customer one short code, the same however often it is asked for", async () => {
    const user = await createUser();
    const codes = await Promise.all([ensureReferralCode(user.id), ensureReferralCode(user.id), ensureReferralCode(user.id)]);
    expect(new Set(codes).size).toBe(1);
    expect(codes[0]).toMatch(/^[0-9a-z]{8}$/);
  });

  it("sets the cookie and counts a visit on first touch only, then ties the sign-up to that referrer", async () => {
    const first = await createUser();
    const second = await createUser();
    const [firstCode, secondCode] = [await ensureReferralCode(first.id), await ensureReferralCode(second.id)];

    const opened = await visit(firstCode);
    expect(opened).toMatchObject({ status: 303, location: "/register" });
    expect(opened.setCookie).toContain(`${REFERRAL_COOKIE}=${firstCode}`);
    expect(opened.setCookie).toMatch(/HttpOnly/i);
    expect(opened.setCookie).toContain(`Max-Age=${14 * 24 * 60 * 60}`);
    expect(await visits(first.id)).toBe(1);

    // The same browser through another link: the first referrer stays, nobody is counted.
    const later = await visit(secondCode, `${REFERRAL_COOKIE}=${firstCode}`);
    expect(later).toMatchObject({ status: 303, location: "/register", setCookie: null });
    expect(await visits(second.id)).toBe(0);
    expect(await visits(first.id)).toBe(1);

    // Signing up with the cookie ties the account to the first referrer, at creation.
    const account = newAccount();
    const signUp = await callRoute(registerRoute, { body: account, cookie: `${REFERRAL_COOKIE}=${firstCode}` });
    expect(signUp.status).toBe(201);
    expect(await referredBy(account.email)).toBe(first.id);
    expect(await db.user.count({ where: { referredById: first.id } })).toBe(1);
  });

  it("sends unknown codes to sign-up with nothing set, and signs up without a referrer", async () => {
    expect(await visit("zzzzzzzz")).toMatchObject({ status: 303, location: "/register", setCookie: null });
    // A NUL in the path is refused before the handler (route(), as the request gate does for pages).
    expect(await visit("not-a-code%00")).toMatchObject({ status: 400, setCookie: null });
    const account = newAccount();
    await registerUser(account, { referralCode: "zzzzzzzz" });
    expect(await referredBy(account.email)).toBeNull();
  });

  it("does not count the referrer opening their own link, and nobody can be referred by themselves", async () => {
    const user = await createUser();
    const code = await ensureReferralCode(user.id);
    const headers = new Headers({ cookie: await sessionCookie(user), "x-forwarded-for": "203.0.113.84" });
    const own = await referralLink(new Request(`http://localhost:3999/r/${code}`, { headers }), { params: Promise.resolve({ code }) });
    expect(own.headers.get("set-cookie")).toBeNull();
    expect(await visits(user.id)).toBe(0);
    await expect(db.user.update({ where: { id: user.id }, data: { referredById: user.id } })).rejects.toThrow();
  });

  it("gains a suspended referrer no visits and no sign-ups", async () => {
    const user = await createUser();
    const code = await ensureReferralCode(user.id);
    await db.user.update({ where: { id: user.id }, data: { status: "SUSPENDED" } });
    expect((await visit(code)).setCookie).toBeNull();
    expect(await visits(user.id)).toBe(0);
    const account = newAccount();
    await registerUser(account, { referralCode: code });
    expect(await referredBy(account.email)).toBeNull();
  });
});
