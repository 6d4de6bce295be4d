import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../..");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return full.endsWith(".tsx") ? [full] : [];
  });
}

// A form submitted before React hydrates is sent by the browser itself: without method="post" that is
// a GET with every field, the password included, in the URL (and so in logs and history).
describe("forms that carry a password or a key", () => {
  const files = ["app", "components"].flatMap((dir) => sourceFiles(path.join(ROOT, dir)));
  const secretForms = files.filter(
    (file) => /type="password"/.test(readFileSync(file, "utf8")) && /<form\b/.test(readFileSync(file, "utf8")),
  );

  it("are found (login, register, reset, change password, provider key, payment settings)", () => {
    expect(secretForms.map((file) => path.relative(ROOT, file)).sort()).toEqual(
      expect.arrayContaining([
        "app/(auth)/login/login-form.tsx",
        "app/(auth)/register/register-form.tsx",
        "app/(auth)/reset-password/reset-password-form.tsx",
        "app/user/settings/change-password-form.tsx",
      ]),
    );
  });

  it.each(secretForms.map((file) => [path.relative(ROOT, file)]))("%s posts", (file) => {
    const forms = readFileSync(path.join(ROOT, file), "utf8").match(/<form\b[^>]*>/g) ?? [];
    for (const form of forms) expect(form).toMatch(/\bmethod="post"|\baction=\{/);
  });
});
