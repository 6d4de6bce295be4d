import type { RoleName } from "@/lib/auth/permissions";

/**
 * Every notification kind a user can switch e-mail on or off for, and who can receive it. The kind is
 * also the i18n key under `notifications.kinds`. Kinds not listed here (refill/cancel request outcomes)
 * stay in-app only.
 *
 * `switches: "notice"` marks a kind whose switch stops the notice itself, not only its e-mail: switched
 * off, the user gets neither the bell's notice nor the e-mail (announcements, which the dashboard shows
 * anyway); switched on, both. Its choice is stored like the others (notification_preferences.email).
 */
export const NOTIFICATION_KINDS = {
  "complaint.reply": { audience: "everyone" },
  "complaint.status": { audience: "everyone" },
  "order.completed": { audience: "everyone" },
  "order.partial": { audience: "everyone" },
  "order.canceled": { audience: "everyone" },
  "order.failed": { audience: "everyone" },
  "payment.credited": { audience: "everyone" },
  "payment.rejected": { audience: "everyone" },
  announcement: { audience: "customers", switches: "notice" },
  "complaint.new": { audience: "staff" },
  "complaint.assigned": { audience: "staff" },
  "provider.balance_low": { audience: "admin" },
  "order.uncertain": { audience: "admin" },
  "provider.problem": { audience: "admin" },
  "payment.review": { audience: "admin" },
} as const satisfies Record<string, { audience: "everyone" | "customers" | "staff" | "admin"; switches?: "notice" }>;

export type NotificationKind = keyof typeof NOTIFICATION_KINDS;

export function isNotificationKind(kind: string): kind is NotificationKind {
  return Object.hasOwn(NOTIFICATION_KINDS, kind);
}

/** The kinds a user of this role can receive (what the preferences page lists). */
export function kindsFor(role: RoleName): NotificationKind[] {
  return (Object.keys(NOTIFICATION_KINDS) as NotificationKind[]).filter((kind) => {
    const audience = NOTIFICATION_KINDS[kind].audience;
    return (
      audience === "everyone" ||
      (audience === "customers" && role === "CUSTOMER") ||
      (audience === "staff" && role !== "CUSTOMER") ||
      (audience === "admin" && role === "ADMIN")
    );
  });
}

/** Whether switching this kind off stops its notice too (not only the e-mail). */
export function switchesNotice(kind: NotificationKind): boolean {
  const definition = NOTIFICATION_KINDS[kind];
  return "switches" in definition && definition.switches === "notice";
}
