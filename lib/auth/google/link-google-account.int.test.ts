// Issue 18 (sign in with Google): which account a Google sign-in opens, and when it is refused.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createUser, uniqueEmail } from "@/tests/factories";
import { linkGoogleAccount } from "./link-google-account";

const sub = () => `g-${randomUUID()}`;
const linksOf = (userId: string) => db.account.findMany({ where: { userId }, select: { provider: true, providerAccountId: true } });

describe("signing in with Google", () => {
  it("links an existing account only through an e-mail Google has verified, and then by its Google id", async () => {
    const customer = await createUser();
    const id = sub();

    expect(await linkGoogleAccount({ sub: id, email: customer.email, email_verified: false })).toEqual({ ok: false, reason: "unverified" });
    expect(await linkGoogleAccount({ sub: id, email: customer.email })).toEqual({ ok: false, reason: "unverified" });
    expect(await linksOf(customer.id)).toEqual([]);

    const upper = customer.email.toUpperCase();
    expect(await linkGoogleAccount({ sub: id, email: upper, email_verified: true })).toMatchObject({
      ok: true,
      created: false,
      user: { id: customer.id },
    });
    expect(await linksOf(customer.id)).toEqual([{ provider: "google", providerAccountId: id }]);
    // Later sign-ins find the account by the Google id, whatever address Google now reports.
    expect(await linkGoogleAccount({ sub: id, email: "changed@example.test", email_verified: false })).toMatchObject({
      ok: true,
      user: { id: customer.id },
    });
    expect(await linksOf(customer.id)).toHaveLength(1);
  });

  it("makes a new customer account with a confirmed address once, even when two first sign-ins race", async () => {
    const email = uniqueEmail("google");
    const id = sub();
    const results = await Promise.all(
      [1, 2, 3].map(() => linkGoogleAccount({ sub: id, email, email_verified: true, name: "Rahim\u0000 Uddin" })),
    );
    expect(results.every((result) => result.ok)).toBe(true);
    const users = await db.user.findMany({ where: { email }, select: { id: true, role: true, fullName: true, emailVerifiedAt: true } });
    expect(users).toHaveLength(1);
    expect(users[0]).toMatchObject({ role: "CUSTOMER", fullName: "Rahim Uddin", emailVerifiedAt: expect.any(Date) });
    expect(results.filter((result) => result.ok && result.created)).toHaveLength(1);
    expect(await linksOf(users[0]!.id)).toEqual([{ provider: "google", providerAccountId: id }]);
  });

  it("refuses suspended accounts and accounts with a second factor, and links nothing for them", async () => {
    const [suspended, staff] = await Promise.all([createUser({ status: "SUSPENDED" }), createUser({ role: "ADMIN" })]);
    expect(await linkGoogleAccount({ sub: sub(), email: suspended.email, email_verified: true })).toEqual({
      ok: false,
      reason: "suspended",
    });
    expect(await linkGoogleAccount({ sub: sub(), email: staff.email, email_verified: true })).toEqual({ ok: false, reason: "two_factor" });
    expect(await db.account.count({ where: { userId: { in: [suspended.id, staff.id] } } })).toBe(0);
  });

  it("cannot move a Google id from one account to another", async () => {
    const [first, second] = await Promise.all([createUser(), createUser()]);
    const id = sub();
    await linkGoogleAccount({ sub: id, email: first.email, email_verified: true });
    expect(await linkGoogleAccount({ sub: id, email: second.email, email_verified: true })).toMatchObject({
      ok: true,
      user: { id: first.id },
    });
    expect(await linksOf(second.id)).toEqual([]);
  });
});
