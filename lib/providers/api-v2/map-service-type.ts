import type { ServiceType } from "@/lib/db/generated/enums";

/**
 * Provider type text → our enum, ignoring case, spaces, underscores and hyphens ("Custom Comments",
 * "custom_comments", "CustomComments"). Unknown or missing text is DEFAULT.
 */
const TYPE_WORDS = new Map<string, ServiceType>(
  Object.entries({
    default: "DEFAULT",
    package: "PACKAGE",
    customcomments: "CUSTOM_COMMENTS",
    customcomment: "CUSTOM_COMMENTS",
    customcommentspackage: "CUSTOM_COMMENTS_PACKAGE",
    customcommentpackage: "CUSTOM_COMMENTS_PACKAGE",
    mentionswithhashtags: "MENTIONS_WITH_HASHTAGS",
    mentionswithhashtag: "MENTIONS_WITH_HASHTAGS",
    mentionscustomlist: "MENTIONS_CUSTOM_LIST",
    mentionshashtag: "MENTIONS_HASHTAG",
    mentionsuserfollowers: "MENTIONS_USER_FOLLOWERS",
    mentionsmedialikers: "MENTIONS_MEDIA_LIKERS",
    commentlikes: "COMMENT_LIKES",
    commentlike: "COMMENT_LIKES",
    poll: "POLL",
    seo: "SEO",
    subscriptions: "SUBSCRIPTIONS",
    subscription: "SUBSCRIPTIONS",
  } satisfies Record<string, ServiceType>),
);

export function mapServiceType(raw: unknown): ServiceType {
  if (typeof raw !== "string") return "DEFAULT";
  return TYPE_WORDS.get(raw.toLowerCase().replace(/[\s_-]+/g, "")) ?? "DEFAULT";
}
