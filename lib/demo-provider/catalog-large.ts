import { money } from "@/lib/money/money";
import type { DemoService, DemoServiceType } from "./catalog";
import { mix32 } from "./hash";

// Generated services for benchmark-sized catalogues (`?catalogSize=5000`): a pure function of the id,
// spread over 50 categories (10 platforms × 5 kinds). Every 40th id is a non-Default type, in turn.
const PLATFORMS = ["Instagram", "YouTube", "TikTok", "Facebook", "Telegram", "Twitter", "Spotify", "Twitch", "LinkedIn", "Threads"];
const KINDS = [
  { kind: "Followers", base: "0.80" },
  { kind: "Likes", base: "0.12" },
  { kind: "Views", base: "0.008" },
  { kind: "Comments", base: "6.00" },
  { kind: "Shares", base: "0.35" },
];
const OTHER_TYPES: readonly DemoServiceType[] = [
  "PACKAGE",
  "SEO",
  "CUSTOM_COMMENTS",
  "CUSTOM_COMMENTS_PACKAGE",
  "MENTIONS_WITH_HASHTAGS",
  "MENTIONS_CUSTOM_LIST",
  "MENTIONS_HASHTAG",
  "MENTIONS_USER_FOLLOWERS",
  "MENTIONS_MEDIA_LIKERS",
  "COMMENT_LIKES",
  "POLL",
  "SUBSCRIPTIONS",
];
const MINS = [10, 20, 50, 100, 500];
const MAXES = [5000, 10_000, 50_000, 100_000, 1_000_000];

export const GENERATED_CATEGORY_COUNT = PLATFORMS.length * KINDS.length;

export function generatedService(id: number): DemoService {
  const hash = mix32(id, 7);
  const categoryIndex = (id - 1) % GENERATED_CATEGORY_COUNT;
  const platform = PLATFORMS[Math.floor(categoryIndex / KINDS.length)];
  const { kind, base } = KINDS[categoryIndex % KINDS.length];
  const category = `${platform} ${kind}`;
  const type: DemoServiceType = id % 40 === 0 ? OTHER_TYPES[(id / 40) % OTHER_TYPES.length] : "DEFAULT";
  const factor = 50 + (hash % 250); // 0.50 … 2.99 times the kind's base price
  const rate = money(base).times(factor).dividedBy(100).toFixed(7);
  let min = MINS[(hash >>> 8) % MINS.length];
  let max = MAXES[(hash >>> 12) % MAXES.length];
  if (type === "PACKAGE") [min, max] = [1, 1];
  if (type === "CUSTOM_COMMENTS_PACKAGE") [min, max] = [1, 10];
  const refill = ((hash >>> 16) & 1) === 1 && type !== "PACKAGE";
  const cancel = ((hash >>> 17) & 1) === 1;
  const dripfeed = type === "DEFAULT" && ((hash >>> 18) & 1) === 1;
  const suffix = type === "DEFAULT" ? "" : ` | ${type}`;
  return {
    service: id,
    name: `${category} | Server ${id}${refill ? " | Refill 30 Days" : ""}${suffix}`,
    type,
    category,
    rate,
    min,
    max,
    refill,
    cancel,
    dripfeed,
    desc: `Start: ${hash % 6} hours · Speed: ${1000 * (1 + ((hash >>> 20) % 50))}/day${refill ? " · Refill: 30 days" : ""}.`,
  };
}
