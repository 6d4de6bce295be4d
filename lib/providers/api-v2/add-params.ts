import type { FormParams } from "./transport";

/**
 * What `add` sends, by service type (docs/docs/PROTOCOL.md "add fields by service type"). Lists (comments,
 * keywords, usernames…) may be given as arrays; they are sent one per line.
 */
type ServiceRef = { service: string | number };
type Lines = string | string[];
type Linked = ServiceRef & { link: string };
type Counted = Linked & { quantity: number };

export type AddOrderParams =
  | (Counted & { type: "DEFAULT"; runs?: number; interval?: number })
  | (Linked & { type: "PACKAGE" })
  | (Counted & { type: "SEO"; keywords: Lines })
  | (Linked & { type: "CUSTOM_COMMENTS" | "CUSTOM_COMMENTS_PACKAGE"; comments: Lines })
  | (Counted & { type: "MENTIONS_WITH_HASHTAGS"; usernames: Lines; hashtags: Lines })
  | (Linked & { type: "MENTIONS_CUSTOM_LIST"; usernames: Lines })
  | (Counted & { type: "MENTIONS_HASHTAG"; hashtag: string })
  | (Counted & { type: "MENTIONS_USER_FOLLOWERS"; username: string })
  | (Counted & { type: "MENTIONS_MEDIA_LIKERS"; media: string })
  | (Counted & { type: "COMMENT_LIKES"; username: string })
  | (Counted & { type: "POLL"; answerNumber: number | string })
  | (ServiceRef & {
      type: "SUBSCRIPTIONS";
      username: string;
      min: number;
      max: number;
      /** Future posts to cover; none = unlimited. */
      posts?: number;
      oldPosts?: number;
      /** Minutes: 0, 5, 10, 15, 30, 60, 90 … 600. */
      delay?: number;
      /** A date (sent as d/m/Y, UTC) or text already in d/m/Y. */
      expiry?: Date | string;
    });

/** The form fields for `add` (besides key and action). Throws RangeError for values no provider accepts. */
export function addOrderForm(params: AddOrderParams): FormParams {
  const form: FormParams = { service: String(params.service) };
  switch (params.type) {
    case "DEFAULT":
      if ((params.runs === undefined) !== (params.interval === undefined))
        throw new RangeError("runs and interval go together (drip-feed)");
      return {
        ...form,
        link: params.link,
        quantity: count(params.quantity, "quantity"),
        runs: optionalCount(params.runs, "runs"),
        interval: optionalCount(params.interval, "interval"),
      };
    case "PACKAGE":
      return { ...form, link: params.link };
    case "SEO":
      return { ...form, link: params.link, quantity: count(params.quantity, "quantity"), keywords: lines(params.keywords) };
    case "CUSTOM_COMMENTS":
    case "CUSTOM_COMMENTS_PACKAGE":
      return { ...form, link: params.link, comments: lines(params.comments) };
    case "MENTIONS_WITH_HASHTAGS":
      return {
        ...form,
        link: params.link,
        quantity: count(params.quantity, "quantity"),
        usernames: lines(params.usernames),
        hashtags: lines(params.hashtags),
      };
    case "MENTIONS_CUSTOM_LIST":
      return { ...form, link: params.link, usernames: lines(params.usernames) };
    case "MENTIONS_HASHTAG":
      return { ...form, link: params.link, quantity: count(params.quantity, "quantity"), hashtag: params.hashtag };
    case "MENTIONS_USER_FOLLOWERS":
    case "COMMENT_LIKES":
      return { ...form, link: params.link, quantity: count(params.quantity, "quantity"), username: params.username };
    case "MENTIONS_MEDIA_LIKERS":
      return { ...form, link: params.link, quantity: count(params.quantity, "quantity"), media: params.media };
    case "POLL":
      return { ...form, link: params.link, quantity: count(params.quantity, "quantity"), answer_number: String(params.answerNumber) };
    case "SUBSCRIPTIONS":
      if (params.max < params.min) throw new RangeError("max must not be below min");
      return {
        ...form,
        username: params.username,
        min: count(params.min, "min"),
        max: count(params.max, "max"),
        posts: optionalCount(params.posts, "posts"),
        old_posts: optionalCount(params.oldPosts, "oldPosts", 0),
        delay: optionalCount(params.delay, "delay", 0),
        expiry: params.expiry instanceof Date ? dmy(params.expiry) : params.expiry,
      };
  }
}

function count(value: number, field: string, least = 1): number {
  if (!Number.isSafeInteger(value) || value < least) throw new RangeError(`${field} must be a whole number of at least ${least}`);
  return value;
}

function optionalCount(value: number | undefined, field: string, least = 1): number | undefined {
  return value === undefined ? undefined : count(value, field, least);
}

function lines(value: Lines): string {
  const list = Array.isArray(value) ? value : value.split(/\r?\n/);
  return list
    .map((line) => line.trim())
    .filter((line) => line !== "")
    .join("\n");
}

function dmy(date: Date): string {
  const two = (n: number) => String(n).padStart(2, "0");
  return `${two(date.getUTCDate())}/${two(date.getUTCMonth() + 1)}/${date.getUTCFullYear()}`;
}
