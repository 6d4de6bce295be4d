import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { changePassword } from "@/lib/users/change-password";
import { hashResetToken, requestPasswordReset } from "@/lib/users/request-password-reset";
import { resetPassword } from "@/lib/users/reset-password";
import { createUser, TEST_PASSWORD } from "@/tests/factories";
import { authenticate } from "./authenticate";

const randomIp = () => `198.51.100.${Math.floor(Math.random() * 250) + 1}`;

async function latestResetLink(email: string): Promise<string> {
  const mail = await db.mailMessage.findFirstOrThrow({ where: { to: email }, orderBy: { createdAt: "desc" } });
  const match = mail.text.match(/reset-password\?token=([\w-]+)/);
  if (!match) throw new Error("no reset link in the mail");
  return match[1];
}

describe("authenticate", () => {
  it("accepts the right password, case-insensitive e-mail, and refuses a wrong one", async () => {
    const user = await createUser();
    await expect(authenticate({ email: user.email.toUpperCase(), password: TEST_PASSWORD, ip: randomIp() })).resolves.toMatchObject({
      id: user.id,
    });
    await expect(authenticate({ email: user.email, password: "wrong-password", ip: randomIp() })).rejects.toMatchObject({
      reason: "invalid",
    });
    await expect(authenticate({ email: "nobody@example.test", password: "whatever", ip: randomIp() })).rejects.toMatchObject({
      reason: "invalid",
    });
  });

  it("refuses suspended users even with the right password", async () => {
    const user = await createUser({ status: "SUSPENDED" });
    await expect(authenticate({ email: user.email, password: TEST_PASSWORD, ip: randomIp() })).rejects.toMatchObject({
      reason: "suspended",
    });
  });

  it("throttles attempts per e-mail, even with the right password, from any IP", async () => {
    const user = await createUser();
    for (let attempt = 0; attempt < 5; attempt += 1) {
      await expect(authenticate({ email: user.email, password: "wrong-password", ip: randomIp() })).rejects.toMatchObject({
        reason: "invalid",
      });
    }
    await expect(authenticate({ email: user.email, password: TEST_PASSWORD, ip: randomIp() })).rejects.toMatchObject({
      reason: "throttled",
      status: 429,
    });
  });

  it("throttles attempts per IP across e-mails", async () => {
    const ip = "192.0.2.77";
    for (let attempt = 0; attempt < 30; attempt += 1) {
      await authenticate({ email: `probe-${attempt}@example.test`, password: "x", ip }).catch(() => undefined);
    }
    const user = await createUser();
    await expect(authenticate({ email: user.email, password: TEST_PASSWORD, ip })).rejects.toMatchObject({ reason: "throttled" });
  });
});

describe("password reset", () => {
  it("sends a single-use link through the dev mailbox and ends other sessions", async () => {
    const user = await createUser();
    await requestPasswordReset(user.email);
    const token = await latestResetLink(user.email);
    await resetPassword(token, "brand-new-password");
    await expect(authenticate({ email: user.email, password: "brand-new-password", ip: randomIp() })).resolves.toMatchObject({
      id: user.id,
    });
    const after = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { sessionVersion: true } });
    expect(after.sessionVersion).toBe(user.sessionVersion + 1);
    await expect(resetPassword(token, "another-password-1")).rejects.toMatchObject({ code: "invalid_token", status: 400 });
  });

  it("refuses an expired link", async () => {
    const user = await createUser();
    await requestPasswordReset(user.email);
    const token = await latestResetLink(user.email);
    await db.passwordResetToken.update({ where: { tokenHash: hashResetToken(token) }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await expect(resetPassword(token, "brand-new-password")).rejects.toMatchObject({ code: "invalid_token" });
  });

  it("uses a link once even when two resets race", async () => {
    const user = await createUser();
    await requestPasswordReset(user.email);
    const token = await latestResetLink(user.email);
    const results = await Promise.allSettled([resetPassword(token, "first-password-1"), resetPassword(token, "second-password-2")]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
  });

  it("says nothing about unknown e-mails and stores no token hash in clear", async () => {
    await expect(requestPasswordReset("nobody-here@example.test")).resolves.toBeUndefined();
    expect(await db.mailMessage.count({ where: { to: "nobody-here@example.test" } })).toBe(0);
    const user = await createUser();
    await requestPasswordReset(user.email);
    const token = await latestResetLink(user.email);
    expect(await db.passwordResetToken.count({ where: { tokenHash: token } })).toBe(0);
  });
});

describe("change password", () => {
  it("needs the current password and ends other sessions", async () => {
    const user = await createUser();
    await expect(changePassword(user.id, "not-my-password", "new-password-123")).rejects.toMatchObject({ status: 422 });
    const updated = await changePassword(user.id, TEST_PASSWORD, "new-password-123");
    expect(updated.sessionVersion).toBe(user.sessionVersion + 1);
    await expect(authenticate({ email: user.email, password: "new-password-123", ip: randomIp() })).resolves.toBeTruthy();
  });
});
