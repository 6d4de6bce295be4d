import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { assertPermission } from "@/lib/auth/guards";
import { userFromHeaders } from "@/lib/auth/session";
import { createUser, sessionCookie, TEST_PASSWORD, TEST_TOTP_SECRET } from "@/tests/factories";
import { enrolledSecret, enrolWithRecoveryCodes } from "@/tests/two-factor-fixtures";
import { authenticate } from "../authenticate";
import { confirmEnrolment } from "./confirm-enrolment";
import { disableTwoFactor } from "./disable-two-factor";
import { passSecondFactor } from "./pass-second-factor";
import { readTwoFactorState } from "./read-two-factor-state";
import { hashRecoveryCode } from "./recovery-code-rules";
import { regenerateRecoveryCodes } from "./regenerate-recovery-codes";
import { resetTwoFactor } from "./reset-two-factor";
import { startEnrolment } from "./start-enrolment";
import { codeAt } from "./totp-rules";

const clock = (seconds = 0) => new Date(Date.UTC(2032, 2, 3, 4, 5, 5) + seconds * 1000);
const labels = { email: "someone@example.test", issuer: "SMM Panel" };
const sessionOf = (cookie: string) => userFromHeaders(new Headers({ cookie }));
const otherCode = (code: string) => (code === "000000" ? "111111" : "000000");

describe("enrolling the second factor", () => {
  it("shows a QR code and the secret while it is being set up; a restart replaces the secret", async () => {
    const user = await createUser();
    expect(await readTwoFactorState(user.id, labels)).toEqual({ status: "off" });
    await startEnrolment(user.id);
    const first = await readTwoFactorState(user.id, labels);
    expect(first).toMatchObject({ status: "enrolling", qr: expect.stringMatching(/^data:image\/svg\+xml;base64,/) });
    if (first.status !== "enrolling") throw new Error("not enrolling");
    expect(first.secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(first.grouped.replace(/ /g, "")).toBe(first.secret);
    // Stored sealed, never as the secret itself.
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { totpSecret: true, totpEnabledAt: true } });
    expect(row.totpSecret).not.toContain(first.secret);
    expect(row.totpEnabledAt).toBeNull();
    await startEnrolment(user.id);
    expect(await enrolledSecret(user.id)).not.toBe(first.secret);
  });

  it("a staff member's confirmation marks their session passed at once, makes 10 hashed codes, and takes the code's step", async () => {
    const staff = await createUser({ role: "SUPPORT", twoFactor: false });
    const cookie = await sessionCookie(staff);
    const before = await sessionOf(cookie);
    expect(before?.twoFactor).toEqual({ enabled: false, passed: false });
    expect(() => assertPermission(before, "orders.read")).toThrow(expect.objectContaining({ code: "two_factor_required" }));

    await startEnrolment(staff.id);
    const secret = await enrolledSecret(staff.id);
    const now = clock();
    await expect(confirmEnrolment(before!, otherCode(codeAt(secret, now)), { now })).rejects.toMatchObject({
      status: 422,
      details: { issues: [{ field: "code", key: "validation.twoFactor.wrongCode" }] },
    });
    const { recoveryCodes } = await confirmEnrolment(before!, codeAt(secret, now), { now });
    expect(recoveryCodes).toHaveLength(10);

    const after = await sessionOf(cookie);
    expect(after?.twoFactor).toEqual({ enabled: true, passed: true });
    expect(assertPermission(after, "orders.read").id).toBe(staff.id);
    const stored = await db.recoveryCode.findMany({ where: { userId: staff.id }, select: { codeHash: true } });
    expect(stored.map((code) => code.codeHash).sort()).toEqual(recoveryCodes.map(hashRecoveryCode).sort());
    expect(stored.some((code) => recoveryCodes.includes(code.codeHash))).toBe(false);
    // The code that confirmed cannot sign in afterwards.
    await expect(
      authenticate({ email: staff.email, password: TEST_PASSWORD, ip: "203.0.113.9", code: codeAt(secret, now), now }),
    ).rejects.toMatchObject({ reason: "code_invalid" });
    expect(await db.auditLog.count({ where: { objectId: staff.id, action: "user.two_factor_enable", actorId: staff.id } })).toBe(1);
    await expect(startEnrolment(staff.id)).rejects.toMatchObject({ code: "two_factor_already_on" });
  });

  it("a session older than the enrolment passes with a code; others stay unpassed", async () => {
    const staff = await createUser({ role: "ADMIN" });
    const unpassed = await sessionCookie(staff, { secondFactorPassed: false });
    const user = (await sessionOf(unpassed))!;
    expect(user.twoFactor).toEqual({ enabled: true, passed: false });
    await expect(passSecondFactor(user, "000000", { now: clock() })).rejects.toMatchObject({ status: 422 });
    await passSecondFactor(user, codeAt(TEST_TOTP_SECRET, clock()), { now: clock() });
    expect((await sessionOf(unpassed))?.twoFactor.passed).toBe(true);
  });
});

describe("recovery codes, turning off, and an admin's reset", () => {
  it("new recovery codes need a current code; the old ones stop working", async () => {
    const user = await createUser();
    const { secret, recoveryCodes: old } = await enrolWithRecoveryCodes(user, clock());
    await expect(regenerateRecoveryCodes(user.id, otherCode(codeAt(secret, clock(30))), { now: clock(30) })).rejects.toMatchObject({
      status: 422,
    });
    const { recoveryCodes } = await regenerateRecoveryCodes(user.id, codeAt(secret, clock(30)), { now: clock(30) });
    expect(recoveryCodes).toHaveLength(10);
    await expect(authenticate({ email: user.email, password: TEST_PASSWORD, ip: "203.0.113.10", code: old[0] })).rejects.toMatchObject({
      reason: "code_invalid",
    });
    await expect(
      authenticate({ email: user.email, password: TEST_PASSWORD, ip: "203.0.113.10", code: recoveryCodes[0] }),
    ).resolves.toBeTruthy();
  });

  it("a customer turns it off with a current code (or a recovery code); staff are refused, their role requires it", async () => {
    const customer = await createUser();
    const { recoveryCodes } = await enrolWithRecoveryCodes(customer, clock());
    await expect(disableTwoFactor(customer.id, "abcde-fghij")).rejects.toMatchObject({ status: 422 });
    await disableTwoFactor(customer.id, recoveryCodes[3]!);
    const row = await db.user.findUniqueOrThrow({
      where: { id: customer.id },
      select: { totpSecret: true, totpEnabledAt: true, totpLastStep: true },
    });
    expect(row).toEqual({ totpSecret: null, totpEnabledAt: null, totpLastStep: null });
    expect(await db.recoveryCode.count({ where: { userId: customer.id } })).toBe(0);
    await expect(authenticate({ email: customer.email, password: TEST_PASSWORD, ip: "203.0.113.11" })).resolves.toMatchObject({
      secondFactorPassed: false,
    });

    const admin = await createUser({ role: "ADMIN" });
    await expect(disableTwoFactor(admin.id, codeAt(TEST_TOTP_SECRET, clock()), { now: clock() })).rejects.toMatchObject({
      code: "two_factor_staff_required",
    });
    expect((await db.user.findUniqueOrThrow({ where: { id: admin.id }, select: { totpEnabledAt: true } })).totpEnabledAt).not.toBeNull();
  });

  it("an admin's reset is audited, ends every session's pass, and the staff member must enrol again", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const staff = await createUser({ role: "SUPPORT" });
    const cookie = await sessionCookie(staff);
    expect((await sessionOf(cookie))?.twoFactor).toEqual({ enabled: true, passed: true });

    await expect(resetTwoFactor(admin.id, { id: admin.id })).rejects.toMatchObject({ code: "self_change" });
    await expect(resetTwoFactor(staff.id, { id: admin.id, ip: "203.0.113.12" })).resolves.toEqual({ userId: staff.id, reset: true });
    const audit = await db.auditLog.findFirstOrThrow({ where: { objectId: staff.id, action: "user.two_factor_reset" } });
    expect(audit).toMatchObject({ actorId: admin.id, objectType: "user", ip: "203.0.113.12" });
    expect([audit.before, audit.after]).toEqual([
      { twoFactor: true, recoveryCodesLeft: 0 },
      { twoFactor: false, recoveryCodesLeft: 0 },
    ]);

    const after = await sessionOf(cookie);
    expect(after?.twoFactor).toEqual({ enabled: false, passed: false });
    expect(() => assertPermission(after, "orders.read")).toThrow(expect.objectContaining({ code: "two_factor_required" }));
    // Enrolling again from that session passes it, as for anyone who enrols.
    await startEnrolment(staff.id);
    await confirmEnrolment(after!, codeAt(await enrolledSecret(staff.id), clock()), { now: clock() });
    expect((await sessionOf(cookie))?.twoFactor).toEqual({ enabled: true, passed: true });
    // Resetting an account without a second factor changes nothing and records nothing.
    const other = await createUser({ role: "SUPPORT", twoFactor: false });
    expect(await resetTwoFactor(other.id, { id: admin.id })).toEqual({ userId: other.id, reset: false });
    expect(await db.auditLog.count({ where: { objectId: other.id } })).toBe(0);
  });
});
