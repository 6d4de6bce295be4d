import type { AbstractIntlMessages } from "next-intl";

/**
 * Which messages each part of the panel sends to the browser. A page's client components can only
 * read what their nearest NextIntlClientProvider was given; server components read the whole catalogue
 * on the server, so nothing of theirs is sent. A path may name a whole namespace ("auth") or a part
 * of one ("ordering.services").
 */
export const CLIENT_MESSAGES = {
  /** The root layout: what every page's client parts use (language switch, error page). */
  everywhere: ["shell", "pages", "common"],
  /** The storefront (landing, services, policies): the services filter, and the acting banner's button. */
  storefront: ["ordering.services", "acting.return", "acting.returnFailed"],
  /** Sign-in, sign-up and password pages: their forms, field errors, and the terms box. */
  auth: ["auth", "fields", "fieldNames", "errors", "validation", "feedback", "contentPages"],
} as const satisfies Record<string, readonly string[]>;

/** The parts of `messages` named by `paths`, keeping their nesting. */
export function pickMessages(messages: AbstractIntlMessages, paths: readonly string[]): AbstractIntlMessages {
  const picked: AbstractIntlMessages = {};
  for (const path of paths) {
    const keys = path.split(".");
    let source: unknown = messages;
    for (const key of keys) source = source && typeof source === "object" ? (source as Record<string, unknown>)[key] : undefined;
    if (source === undefined) continue;
    let target = picked;
    for (const key of keys.slice(0, -1)) target = (target[key] ??= {}) as AbstractIntlMessages;
    target[keys.at(-1)!] = source as AbstractIntlMessages[string];
  }
  return picked;
}
