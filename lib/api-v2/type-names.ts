import type { ServiceType } from "@/lib/db/generated/enums";
import { SERVICE_TYPE_LIST, SERVICE_TYPES } from "./service-types";

const squash = (text: string) => text.toLowerCase().replace(/[\s_-]+/g, "");

/** Every spelling of every type (its wire name, its enum name, its aliases), squashed. */
const TYPE_WORDS = new Map<string, ServiceType>(
  SERVICE_TYPE_LIST.flatMap((type) =>
    [SERVICE_TYPES[type].wire, type, ...(SERVICE_TYPES[type].aliases ?? [])].map((word) => [squash(word), type]),
  ),
);

/**
 * Provider type text → our enum, ignoring case, spaces, underscores and hyphens ("Custom Comments",
 * "custom_comments", "CustomComments"). Unknown or missing text is DEFAULT.
 */
export function mapServiceType(raw: unknown): ServiceType {
  if (typeof raw !== "string") return "DEFAULT";
  return TYPE_WORDS.get(squash(raw)) ?? "DEFAULT";
}

/** Our enum → the protocol's name for it ("Custom Comments"). */
export function wireServiceType(type: ServiceType): string {
  return SERVICE_TYPES[type].wire;
}
