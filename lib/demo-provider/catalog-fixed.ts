import type { DemoService } from "./catalog";

// The demo provider's hand-written services: ids 1..25, every API v2 service type at least once.
// Ids are chosen so that the catalogVariant rule (catalog.ts) only removes Default services
// (ids 3, 13, 23), so every type stays present in every variant.
export const FIXED_SERVICES: readonly DemoService[] = [
  def(1, "Instagram Followers | Real Mixed | Refill 30 Days", "Instagram Followers", "1.25", 10, 100_000, { refill: true, cancel: true }),
  def(2, "Instagram Followers | Cheap | No Refill", "Instagram Followers", "0.4500000", 50, 50_000, {}),
  def(3, "Instagram Likes | Instant", "Instagram Likes", "0.0450000", 10, 50_000, { cancel: true, dripfeed: true }),
  def(4, "Instagram Likes | Real | Refill 30 Days", "Instagram Likes", "0.1800000", 20, 20_000, { refill: true, dripfeed: true }),
  def(5, "Instagram Reel Views | Instant", "Instagram Views", "0.0025000", 100, 10_000_000, { cancel: true, dripfeed: true }),
  def(6, "YouTube Views | Non Drop | Refill 30 Days", "YouTube Views", "1.8900000", 500, 1_000_000, {
    refill: true,
    cancel: true,
    dripfeed: true,
  }),
  def(7, "TikTok Views | Fast", "TikTok Views", "0.0120000", 100, 5_000_000, { cancel: true, dripfeed: true }),
  def(8, "Facebook Page Likes | Refill 60 Days", "Facebook Page Likes", "2.7500000", 50, 50_000, { refill: true }),
  def(9, "Telegram Channel Members | Refill 30 Days", "Telegram Members", "0.9800000", 100, 100_000, { refill: true, cancel: true }),
  def(10, "Telegram Post Views | Last 1 Post", "Telegram Views", "0.0150000", 50, 1_000_000, { dripfeed: true }),
  svc(
    11,
    "Instagram Followers Package | 1000 Followers",
    "PACKAGE",
    "Instagram Packages",
    "9.5000000",
    1,
    1,
    "A fixed package: 1,000 followers for one price. Send the profile link only.",
  ),
  svc(
    12,
    "Website Traffic from Google | Keywords",
    "SEO",
    "Website Traffic",
    "0.7500000",
    1000,
    100_000,
    "Organic-looking visits from Google searches for your keywords (one per line).",
  ),
  def(13, "YouTube Likes | Refill 30 Days", "YouTube Likes", "0.9500000", 20, 100_000, { refill: true, cancel: true }),
  svc(
    14,
    "Instagram Custom Comments",
    "CUSTOM_COMMENTS",
    "Instagram Comments",
    "12.0000000",
    5,
    1000,
    "Your own comments, one per line; the quantity is the number of lines.",
  ),
  svc(
    15,
    "Instagram Custom Comments Package | Up to 10 Comments",
    "CUSTOM_COMMENTS_PACKAGE",
    "Instagram Comments",
    "1.5000000",
    1,
    10,
    "Up to 10 comments of your own (one per line) for one fixed price.",
  ),
  svc(
    16,
    "Instagram Mentions | Hashtag Users",
    "MENTIONS_WITH_HASHTAGS",
    "Instagram Mentions",
    "3.2000000",
    100,
    20_000,
    "Mentions of the given usernames posted with the given hashtags.",
  ),
  svc(
    17,
    "Instagram Mentions | Custom List",
    "MENTIONS_CUSTOM_LIST",
    "Instagram Mentions",
    "4.5000000",
    10,
    5000,
    "Mentions of the usernames you list (one per line); the quantity is the number of lines.",
  ),
  svc(
    18,
    "Instagram Mentions | Hashtag",
    "MENTIONS_HASHTAG",
    "Instagram Mentions",
    "2.9000000",
    100,
    10_000,
    "Mentions from users who posted with the given hashtag.",
  ),
  svc(
    19,
    "Instagram Mentions | User Followers",
    "MENTIONS_USER_FOLLOWERS",
    "Instagram Mentions",
    "3.4000000",
    100,
    10_000,
    "Mentions from the followers of the given username.",
  ),
  svc(
    20,
    "Instagram Mentions | Media Likers",
    "MENTIONS_MEDIA_LIKERS",
    "Instagram Mentions",
    "3.6000000",
    100,
    10_000,
    "Mentions from the users who liked the given media.",
  ),
  svc(
    21,
    "Instagram Comment Likes",
    "COMMENT_LIKES",
    "Instagram Comments",
    "0.9000000",
    20,
    10_000,
    "Likes on one comment; give the comment author's username.",
  ),
  svc(
    22,
    "Instagram Story Poll Votes",
    "POLL",
    "Instagram Story",
    "0.3500000",
    100,
    50_000,
    "Votes for the given answer number of a story poll.",
  ),
  def(23, "TikTok Followers | Refill 30 Days", "TikTok Followers", "2.1000000", 100, 50_000, { refill: true, cancel: true }),
  svc(
    24,
    "Instagram Auto Likes | Subscription",
    "SUBSCRIPTIONS",
    "Instagram Auto Likes",
    "0.0650000",
    50,
    10_000,
    "Likes on every new post of the username, between min and max per post.",
    { cancel: true },
  ),
  svc(
    25,
    "TikTok Auto Views | Subscription",
    "SUBSCRIPTIONS",
    "TikTok Auto Views",
    "0.0180000",
    100,
    100_000,
    "Views on every new video of the username, between min and max per post.",
    { cancel: true },
  ),
];

interface Flags {
  refill?: boolean;
  cancel?: boolean;
  dripfeed?: boolean;
}

function def(service: number, name: string, category: string, rate: string, min: number, max: number, flags: Flags): DemoService {
  const parts = ["Start: 0-1 hour", flags.refill ? "Refill: 30 days" : "No refill", flags.dripfeed ? "Drip-feed: available" : ""];
  const desc = `${parts.filter(Boolean).join(" · ")}. Link: a public post or profile URL.`;
  return svc(service, name, "DEFAULT", category, rate, min, max, desc, flags);
}

function svc(
  service: number,
  name: string,
  type: DemoService["type"],
  category: string,
  rate: string,
  min: number,
  max: number,
  desc: string,
  flags: Flags = {},
): DemoService {
  return {
    service,
    name,
    type,
    category,
    rate,
    min,
    max,
    refill: flags.refill ?? false,
    cancel: flags.cancel ?? false,
    dripfeed: flags.dripfeed ?? false,
    desc,
  };
}
