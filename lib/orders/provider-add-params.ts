import type { ServiceType } from "@/lib/db/generated/enums";
import type { AddOrderParams } from "@/lib/providers/api-v2";

type StoredOrder = { link: string; quantity: number; params: unknown };

/** What the provider's `add` receives for a stored order (drip-feed: quantity per run). */
export function providerAddParams(type: ServiceType, providerServiceId: string, order: StoredOrder): AddOrderParams {
  const p = (order.params ?? {}) as Record<string, string | number | undefined>;
  const text = (key: string) => String(p[key] ?? "");
  const base = { service: providerServiceId, link: order.link };
  const runs = typeof p.runs === "number" ? p.runs : undefined;
  const quantity = runs ? Math.floor(order.quantity / runs) : order.quantity;
  switch (type) {
    case "PACKAGE":
      return { ...base, type };
    case "CUSTOM_COMMENTS":
    case "CUSTOM_COMMENTS_PACKAGE":
      return { ...base, type, comments: text("comments") };
    case "MENTIONS_CUSTOM_LIST":
      return { ...base, type, usernames: text("usernames") };
    case "SEO":
      return { ...base, type, quantity, keywords: text("keywords") };
    case "MENTIONS_WITH_HASHTAGS":
      return { ...base, type, quantity, usernames: text("usernames"), hashtags: text("hashtags") };
    case "MENTIONS_HASHTAG":
      return { ...base, type, quantity, hashtag: text("hashtag") };
    case "MENTIONS_USER_FOLLOWERS":
    case "COMMENT_LIKES":
      return { ...base, type, quantity, username: text("username") };
    case "MENTIONS_MEDIA_LIKERS":
      return { ...base, type, quantity, media: text("media") };
    case "POLL":
      return { ...base, type, quantity, answerNumber: text("answerNumber") };
    case "SUBSCRIPTIONS":
      throw new RangeError("subscription orders are not supported yet");
    default:
      return { ...base, type: "DEFAULT", quantity, ...(runs ? { runs, interval: Number(p.interval) } : {}) };
  }
}
