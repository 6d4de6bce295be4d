import type { RoleName } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { invalidField } from "@/lib/errors/app-error";
import { kindsFor, type NotificationKind } from "./kinds";

export type MailPreference = { kind: NotificationKind; email: boolean };

/** Every kind this user can receive, with whether its e-mail is on (default on). */
export async function mailPreferences(user: { id: string; role: RoleName }): Promise<MailPreference[]> {
  const saved = await db.notificationPreference.findMany({ where: { userId: user.id }, select: { kind: true, email: true } });
  const byKind = new Map(saved.map((row) => [row.kind, row.email]));
  return kindsFor(user.role).map((kind) => ({ kind, email: byKind.get(kind) ?? true }));
}

/** Saves the switches; a kind this role cannot receive is a 422 naming it. */
export async function saveMailPreferences(
  user: { id: string; role: RoleName },
  choices: { kind: string; email: boolean }[],
): Promise<MailPreference[]> {
  const allowed = new Set<string>(kindsFor(user.role));
  for (const choice of choices)
    if (!allowed.has(choice.kind)) throw invalidField(`preferences.${choice.kind}`, "validation.account.notYourNotice");
  await db.$transaction(
    choices.map((choice) =>
      db.notificationPreference.upsert({
        where: { userId_kind: { userId: user.id, kind: choice.kind } },
        create: { userId: user.id, kind: choice.kind, email: choice.email },
        update: { email: choice.email },
      }),
    ),
  );
  return mailPreferences(user);
}
