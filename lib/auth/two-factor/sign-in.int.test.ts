import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { peerHeaderFor, PEER_HEADER } from "@/lib/http/peer-address";
import { postCredentials } from "@/tests/auth-requests";
import { createUser, TEST_PASSWORD, TEST_TOTP_SECRET } from "@/tests/factories";
import { authenticate } from "../authenticate";
import { userFromHeaders } from "../session";
import { sealPassCarry } from "./pass-carry";
import { codeAt } from "./totp-rules";
import { enrolWithRecoveryCodes } from "@/tests/two-factor-fixtures";

let peers = 0;
const fromPeer = () => ({ [PEER_HEADER]: peerHeaderFor(`198.51.100.${(++peers % 200) + 20}`) });
const randomIp = () => `203.0.113.${Math.floor(Math.random() * 250) + 1}`;
/** A test clock far from the real one: its codes are valid only against it. */
const clock = (seconds = 0) => new Date(Date.UTC(2031, 0, 1, 9, 0, 5) + seconds * 1000);

const signIn = (email: string, extra: { code?: string; now?: Date; knownDevice?: boolean; carry?: string } = {}) =>
  authenticate({ email, password: TEST_PASSWORD, ip: randomIp(), ...extra });

describe("signing in with the second factor (authenticate)", () => {
  it("asks for a code after the right password, then a code from the test clock signs in, once", async () => {
    const admin = await createUser({ role: "ADMIN" });
    await expect(signIn(admin.email)).rejects.toMatchObject({ reason: "code_required", code: "two_factor_code_required" });
    await expect(authenticate({ email: admin.email, password: "wrong", ip: randomIp() })).rejects.toMatchObject({ reason: "invalid" });

    const now = clock();
    const code = codeAt(TEST_TOTP_SECRET, now);
    await expect(signIn(admin.email, { code, now })).resolves.toMatchObject({ id: admin.id, secondFactorPassed: true });
    // The same code again, even within its 30 seconds: refused.
    await expect(signIn(admin.email, { code, now: clock(5) })).rejects.toMatchObject({ reason: "code_invalid" });
    // An older step than the one taken: refused too. The next step's code works.
    await expect(signIn(admin.email, { code: codeAt(TEST_TOTP_SECRET, clock(-30)), now })).rejects.toMatchObject({
      reason: "code_invalid",
    });
    await expect(signIn(admin.email, { code: codeAt(TEST_TOTP_SECRET, clock(30)), now: clock(30) })).resolves.toMatchObject({
      secondFactorPassed: true,
    });
  });

  it("refuses a wrong code, and a code from a clock two steps away", async () => {
    const admin = await createUser({ role: "SUPPORT" });
    const now = clock();
    const right = codeAt(TEST_TOTP_SECRET, now);
    const wrong = right === "000000" ? "111111" : "000000";
    await expect(signIn(admin.email, { code: wrong, now })).rejects.toMatchObject({ reason: "code_invalid" });
    await expect(signIn(admin.email, { code: codeAt(TEST_TOTP_SECRET, clock(-90)), now })).rejects.toMatchObject({
      reason: "code_invalid",
    });
    await expect(signIn(admin.email, { code: "not-a-code", now })).rejects.toMatchObject({ reason: "code_invalid" });
  });

  it("five sign-ins racing with one code: exactly one passes", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const now = clock();
    const code = codeAt(TEST_TOTP_SECRET, now);
    const results = await Promise.allSettled(Array.from({ length: 5 }, () => signIn(admin.email, { code, now, knownDevice: true })));
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    for (const result of results) if (result.status === "rejected") expect(result.reason).toMatchObject({ reason: "code_invalid" });
  });

  it("throttles wrong codes per account like the password: over the limit even the right code is refused", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const now = clock();
    const right = codeAt(TEST_TOTP_SECRET, now);
    const wrong = right === "000000" ? "111111" : "000000";
    for (let attempt = 0; attempt < 5; attempt += 1) {
      await expect(signIn(admin.email, { code: wrong, now })).rejects.toMatchObject({ reason: "code_invalid" });
    }
    await expect(signIn(admin.email, { code: right, now })).rejects.toMatchObject({ reason: "throttled", status: 429 });
    // Nothing was taken by the refused attempt: the step is still unused.
    expect((await db.user.findUniqueOrThrow({ where: { id: admin.id }, select: { totpLastStep: true } })).totpLastStep).toBeNull();
  });

  it("recovery codes sign in, each once, whatever the case and spacing", async () => {
    const customer = await createUser();
    const { recoveryCodes } = await enrolWithRecoveryCodes(customer);
    const [first, second] = recoveryCodes as [string, string];
    await expect(signIn(customer.email, { code: first })).resolves.toMatchObject({ secondFactorPassed: true });
    await expect(signIn(customer.email, { code: first })).rejects.toMatchObject({ reason: "code_invalid" });
    await expect(signIn(customer.email, { code: ` ${second.toUpperCase().replace("-", " ")} ` })).resolves.toMatchObject({
      secondFactorPassed: true,
    });
    expect(await db.recoveryCode.count({ where: { userId: customer.id, usedAt: { not: null } } })).toBe(2);
  });

  it("without the second factor the password alone signs in, and the session has not passed one", async () => {
    const customer = await createUser();
    await expect(signIn(customer.email)).resolves.toMatchObject({ secondFactorPassed: false });
    const staff = await createUser({ role: "ADMIN", twoFactor: false });
    await expect(signIn(staff.email)).resolves.toMatchObject({ secondFactorPassed: false });
  });

  it("the server's sealed pass (after a password change) stands in for a code, only for its own user and for a minute", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const other = await createUser({ role: "ADMIN" });
    await expect(signIn(admin.email, { carry: sealPassCarry(admin.id) })).resolves.toMatchObject({ secondFactorPassed: true });
    await expect(signIn(admin.email, { carry: sealPassCarry(other.id) })).rejects.toMatchObject({ reason: "code_required" });
    await expect(signIn(admin.email, { carry: sealPassCarry(admin.id, new Date(Date.now() - 61_000)) })).rejects.toMatchObject({
      reason: "code_required",
    });
    await expect(signIn(admin.email, { carry: "v1.forged.token.here" })).rejects.toMatchObject({ reason: "code_required" });
  });
});

describe("signing in with the second factor through Auth.js's credentials endpoint", () => {
  it("answers code_required and signs nothing in; with the code the session records the pass; the code is then spent", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const first = await postCredentials({ email: admin.email, password: TEST_PASSWORD }, fromPeer());
    expect(first).toMatchObject({ code: "code_required", signedIn: false });

    const code = codeAt(TEST_TOTP_SECRET, new Date());
    const second = await postCredentials({ email: admin.email, password: TEST_PASSWORD, code }, fromPeer());
    expect(second).toMatchObject({ code: null, signedIn: true });
    const session = await userFromHeaders(new Headers({ cookie: second.sessionCookie! }));
    expect(session).toMatchObject({ id: admin.id, twoFactor: { enabled: true, passed: true } });

    const again = await postCredentials({ email: admin.email, password: TEST_PASSWORD, code }, fromPeer());
    expect(again).toMatchObject({ code: "code_invalid", signedIn: false });
    const wrong = await postCredentials(
      { email: admin.email, password: TEST_PASSWORD, code: code === "123456" ? "654321" : "123456" },
      fromPeer(),
    );
    expect(wrong).toMatchObject({ code: "code_invalid", signedIn: false });
  });

  it("a staff member without the second factor signs in with the password, into a session that has not passed it", async () => {
    const staff = await createUser({ role: "SUPPORT", twoFactor: false });
    const result = await postCredentials({ email: staff.email, password: TEST_PASSWORD }, fromPeer());
    expect(result.signedIn).toBe(true);
    const session = await userFromHeaders(new Headers({ cookie: result.sessionCookie! }));
    expect(session?.twoFactor).toEqual({ enabled: false, passed: false });
  });
});
