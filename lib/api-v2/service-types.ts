import type { ServiceType } from "@/lib/db/generated/enums";

/*
 * The one table of service types (docs/PROTOCOL.md "add fields by service type"): for each type, its
 * protocol name, what the order points at, the fields it needs, what min/max and the price apply to.
 * The order form, order pricing (lib/orders/order-units.ts), the provider client's `add`
 * (lib/providers/client/add-params.ts), our `/api/v2` server and the demo provider all read it, so a
 * new type is one entry here (plus the enum value in prisma/schema.prisma) and its tests.
 */

/** How a field's value is written and checked. `count0` allows 0; `lines` is one item per line. */
export type FieldKind = "count" | "count0" | "lines" | "text" | "username" | "url" | "date";

type FieldSpec = { wire: string; kind: FieldKind; label?: string };

/** Every order field besides the service and the link, with its protocol name. */
export const ORDER_FIELDS = {
  quantity: { wire: "quantity", kind: "count" },
  comments: { wire: "comments", kind: "lines" },
  usernames: { wire: "usernames", kind: "lines" },
  hashtags: { wire: "hashtags", kind: "lines" },
  keywords: { wire: "keywords", kind: "lines" },
  hashtag: { wire: "hashtag", kind: "text" },
  username: { wire: "username", kind: "username" },
  media: { wire: "media", kind: "url", label: "media link" },
  answerNumber: { wire: "answer_number", kind: "count", label: "answer number" },
  runs: { wire: "runs", kind: "count" },
  interval: { wire: "interval", kind: "count" },
  min: { wire: "min", kind: "count" },
  max: { wire: "max", kind: "count" },
  posts: { wire: "posts", kind: "count" },
  oldPosts: { wire: "old_posts", kind: "count0", label: "old posts" },
  delay: { wire: "delay", kind: "count0" },
  expiry: { wire: "expiry", kind: "date", label: "expiry date" },
} as const satisfies Record<string, FieldSpec>;

export type OrderField = keyof typeof ORDER_FIELDS;

/** The fields whose value is a list, one per line. */
export type LinesField = { [F in OrderField]: (typeof ORDER_FIELDS)[F]["kind"] extends "lines" ? F : never }[OrderField];

export type ServiceTypeSpec = {
  /** The protocol's name (the `type` in `services`), as we send it and as the demo provider lists it. */
  wire: string;
  /** Other spellings providers use, matched ignoring case, spaces, `_` and `-`. */
  aliases?: readonly string[];
  /** What the order points at. */
  target: "link" | "username";
  /** The fields the order needs, in the order a form shows them. */
  fields: readonly OrderField[];
  /** Fields it may carry besides (DEFAULT: the drip-feed pair, which go together). */
  optional?: readonly OrderField[];
  /** What min/max apply to: the quantity, the number of lines of a field, one package, or posts × max. */
  units: "quantity" | "comments" | "usernames" | "package" | "posts";
  /** Charged the service's rate once, whatever the count (a package), instead of per 1,000 units. */
  flatPrice: boolean;
  /** Orderable on this panel (web, `/api/v2`; mass order for every type but subscriptions). */
  orderable: boolean;
};

/**
 * A subscription's `delay` (minutes after a new post before delivery starts): the protocol's fixed set
 * 0, 5, 10, 15, 30, then every 30 minutes from 60 to 600 (docs/PROTOCOL.md).
 */
export const SUBSCRIPTION_DELAYS: readonly number[] = [0, 5, 10, 15, 30, ...Array.from({ length: 19 }, (_, index) => 60 + index * 30)];
/** The most posts one subscription pays for, and the most units (posts × max) one may cost. */
export const SUBSCRIPTION_MAX_POSTS = 10_000;
export const SUBSCRIPTION_MAX_UNITS = 100_000_000;

const counted = (extra: readonly OrderField[] = []) =>
  ({ target: "link", fields: ["quantity", ...extra], units: "quantity", flatPrice: false, orderable: true }) as const;

export const SERVICE_TYPES: Record<ServiceType, ServiceTypeSpec> = {
  DEFAULT: { wire: "Default", ...counted(), optional: ["runs", "interval"] },
  PACKAGE: { wire: "Package", target: "link", fields: [], units: "package", flatPrice: true, orderable: true },
  SEO: { wire: "SEO", ...counted(["keywords"]) },
  CUSTOM_COMMENTS: {
    wire: "Custom Comments",
    aliases: ["custom comment"],
    target: "link",
    fields: ["comments"],
    units: "comments",
    flatPrice: false,
    orderable: true,
  },
  CUSTOM_COMMENTS_PACKAGE: {
    wire: "Custom Comments Package",
    aliases: ["custom comment package"],
    target: "link",
    fields: ["comments"],
    units: "comments",
    flatPrice: true,
    orderable: true,
  },
  MENTIONS_WITH_HASHTAGS: { wire: "Mentions with Hashtags", aliases: ["mentions with hashtag"], ...counted(["usernames", "hashtags"]) },
  MENTIONS_CUSTOM_LIST: {
    wire: "Mentions Custom List",
    target: "link",
    fields: ["usernames"],
    units: "usernames",
    flatPrice: false,
    orderable: true,
  },
  MENTIONS_HASHTAG: { wire: "Mentions Hashtag", ...counted(["hashtag"]) },
  MENTIONS_USER_FOLLOWERS: { wire: "Mentions User Followers", ...counted(["username"]) },
  MENTIONS_MEDIA_LIKERS: { wire: "Mentions Media Likers", ...counted(["media"]) },
  COMMENT_LIKES: { wire: "Comment Likes", aliases: ["comment like"], ...counted(["username"]) },
  POLL: { wire: "Poll", ...counted(["answerNumber"]) },
  /*
   * Paid up front like peers do: `posts` is REQUIRED here (the protocol allows none = unlimited, which
   * cannot be priced), units = posts × max (stored as the order's quantity, so the refund share
   * charge × remains / quantity stays exact), charge = rate × posts × max / 1000. min and max are each
   * within the service's min..max; the order's link column holds the username. Not in mass orders.
   */
  SUBSCRIPTIONS: {
    wire: "Subscriptions",
    aliases: ["subscription"],
    target: "username",
    fields: ["username", "min", "max", "posts"],
    optional: ["oldPosts", "delay", "expiry"],
    units: "posts",
    flatPrice: false,
    orderable: true,
  },
};

export const SERVICE_TYPE_LIST = Object.keys(SERVICE_TYPES) as ServiceType[];

export function serviceTypeSpec(type: ServiceType): ServiceTypeSpec {
  return SERVICE_TYPES[type];
}

/** The fields a type accepts: needed, then optional. */
export function acceptedFields(type: ServiceType): OrderField[] {
  const spec = SERVICE_TYPES[type];
  return [...spec.fields, ...(spec.optional ?? [])];
}

/**
 * Whether staff can sell the type as a manual service (no provider): not subscriptions, whose posts and
 * child orders only a provider reports (lib/orders/sync-tracked-orders.ts).
 */
export function manualAllowed(type: ServiceType): boolean {
  return SERVICE_TYPES[type].orderable && SERVICE_TYPES[type].units !== "posts";
}

/** Whether the type takes the drip-feed pair (runs + interval). */
export function takesDripfeed(type: ServiceType): boolean {
  return SERVICE_TYPES[type].optional?.includes("runs") ?? false;
}

/** The field min/max (or a price too small) is reported against when the count is out of range. */
export function countField(type: ServiceType): OrderField {
  const units = SERVICE_TYPES[type].units;
  return units === "comments" || units === "usernames" || units === "posts" ? units : "quantity";
}

/** A field's label in protocol error texts ("Incorrect answer number"). */
export function fieldLabel(field: OrderField): string {
  const spec: FieldSpec = ORDER_FIELDS[field];
  return spec.label ?? spec.wire;
}
