import type { listActiveServices } from "@/lib/catalog/list-active-services";

/** The customer catalogue as the order form receives it from the page. */
export type CatalogCategory = Awaited<ReturnType<typeof listActiveServices>>[number];
export type CatalogService = CatalogCategory["services"][number];
export type ServiceType = CatalogService["type"];

type Field = "quantity" | "comments" | "usernames" | "hashtags" | "keywords" | "hashtag" | "username" | "media" | "answerNumber";

/** The fields each service type asks for (lib/orders/order-units.ts decides what they mean). */
export function fieldsFor(type: ServiceType): Field[] {
  switch (type) {
    case "PACKAGE":
    case "SUBSCRIPTIONS":
      return [];
    case "CUSTOM_COMMENTS":
    case "CUSTOM_COMMENTS_PACKAGE":
      return ["comments"];
    case "MENTIONS_CUSTOM_LIST":
      return ["usernames"];
    case "SEO":
      return ["quantity", "keywords"];
    case "MENTIONS_WITH_HASHTAGS":
      return ["quantity", "usernames", "hashtags"];
    case "MENTIONS_HASHTAG":
      return ["quantity", "hashtag"];
    case "MENTIONS_USER_FOLLOWERS":
    case "COMMENT_LIKES":
      return ["quantity", "username"];
    case "MENTIONS_MEDIA_LIKERS":
      return ["quantity", "media"];
    case "POLL":
      return ["quantity", "answerNumber"];
    default:
      return ["quantity"];
  }
}
