import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { reloadEnvForTests } from "@/lib/env";
import { sendMail } from "./send-mail";

afterEach(() => {
  vi.unstubAllEnvs();
  reloadEnvForTests();
});

describe("MAIL_TRANSPORT=log", () => {
  it("sends nothing and keeps nothing in the dev mailbox", async () => {
    vi.stubEnv("MAIL_TRANSPORT", "log");
    reloadEnvForTests();
    const subject = `Reset your password ${randomUUID()}`;
    const sent = await sendMail({
      to: "someone@example.com",
      subject,
      text: "https://panel.example.com/reset?token=secret",
      html: "<p>secret</p>",
    });
    expect(sent).toEqual({ transport: "log", id: expect.any(String) });
    expect(await db.mailMessage.count({ where: { subject } })).toBe(0);
  });

  it("leaves local mode's dev mailbox as it was when unset", async () => {
    const subject = `Hello ${randomUUID()}`;
    expect((await sendMail({ to: "someone@example.com", subject, text: "hi", html: "<p>hi</p>" })).transport).toBe("dev-mailbox");
    expect(await db.mailMessage.count({ where: { subject } })).toBe(1);
  });
});
