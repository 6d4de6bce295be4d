import type { ServiceType } from "@/lib/db/generated/enums";
import { invalidField } from "@/lib/http/errors";
import { isOrderLink } from "./order-link";
import type { OrderInput } from "./schemas";

type ServiceRules = { type: ServiceType; min: number; max: number; dripfeed: boolean };

const nonEmptyLines = (text: string | undefined) =>
  (text ?? "")
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);

/**
 * Checks the fields a service type needs and returns how many units are bought (what min/max and the
 * price apply to) and the extra parameters the provider receives. Errors name the field.
 */
export function orderUnits(
  service: ServiceRules,
  input: OrderInput,
): { units: number; perPackage: boolean; params: Record<string, string | number> } {
  if (service.type === "SUBSCRIPTIONS") throw invalidField("serviceId", "subscription services cannot be ordered here yet");
  if (!isOrderLink(input.link)) throw invalidField("link", "must be a full link such as https://instagram.com/yourpage, without spaces");
  const params: Record<string, string | number> = {};
  let units: number;
  let perPackage = false;
  switch (service.type) {
    case "PACKAGE":
      units = 1;
      perPackage = true;
      break;
    case "CUSTOM_COMMENTS":
    case "CUSTOM_COMMENTS_PACKAGE": {
      const comments = nonEmptyLines(input.comments);
      if (comments.length === 0) throw invalidField("comments", "write at least one comment, one per line");
      units = comments.length;
      params.comments = comments.join("\n");
      perPackage = service.type === "CUSTOM_COMMENTS_PACKAGE";
      break;
    }
    case "MENTIONS_CUSTOM_LIST": {
      const usernames = nonEmptyLines(input.usernames);
      if (usernames.length === 0) throw invalidField("usernames", "write at least one username, one per line");
      units = usernames.length;
      params.usernames = usernames.join("\n");
      break;
    }
    default:
      units = requireQuantity(input);
      addTypeFields(service.type, input, params);
  }
  if (input.runs !== undefined || input.interval !== undefined) {
    if (!service.dripfeed) throw invalidField("runs", "this service has no drip-feed");
    if (input.runs === undefined || input.interval === undefined)
      throw invalidField(input.runs === undefined ? "runs" : "interval", "drip-feed needs both runs and interval");
    params.runs = input.runs;
    params.interval = input.interval;
  }
  const total = units * (input.runs ?? 1);
  if (!perPackage && (units < service.min || total > service.max)) {
    throw invalidField(
      service.type.startsWith("CUSTOM_COMMENTS") ? "comments" : "quantity",
      `must be between ${service.min} and ${service.max}${input.runs ? " (quantity × runs)" : ""}`,
    );
  }
  return { units: total, perPackage, params };
}

function requireQuantity(input: OrderInput): number {
  if (input.quantity === undefined) throw invalidField("quantity", "is required");
  return input.quantity;
}

function addTypeFields(type: ServiceType, input: OrderInput, params: Record<string, string | number>) {
  const need = (field: "usernames" | "hashtags" | "keywords" | "hashtag" | "username" | "media") => {
    const value = input[field];
    if (!value || !value.trim()) throw invalidField(field, "is required for this service");
    params[field] = field === "usernames" || field === "hashtags" || field === "keywords" ? nonEmptyLines(value).join("\n") : value;
  };
  if (type === "SEO") need("keywords");
  if (type === "MENTIONS_WITH_HASHTAGS") {
    need("usernames");
    need("hashtags");
  }
  if (type === "MENTIONS_HASHTAG") need("hashtag");
  if (type === "MENTIONS_USER_FOLLOWERS" || type === "COMMENT_LIKES") need("username");
  if (type === "MENTIONS_MEDIA_LIKERS") need("media");
  if (type === "POLL") {
    if (input.answerNumber === undefined) throw invalidField("answerNumber", "is required for a poll");
    params.answerNumber = input.answerNumber;
  }
}
