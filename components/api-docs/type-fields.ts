import { ORDER_FIELDS, SERVICE_TYPE_LIST, SERVICE_TYPES, takesDripfeed } from "@/lib/api-v2/service-types";

// The "add fields by service type" table on /api, read from the one service-type table
// (lib/api-v2/service-types.ts), so the documentation names exactly what /api/v2 accepts.

export type TypeNote = "dripfeed" | "lines" | "countedLines" | "package" | "commentAuthor" | "subscription";
export type TypeFieldsRow = { type: string; fields: string; notes: TypeNote[] };

export const TYPE_FIELDS: TypeFieldsRow[] = SERVICE_TYPE_LIST.filter((type) => SERVICE_TYPES[type].orderable).map((type) => {
  const spec = SERVICE_TYPES[type];
  const notes: TypeNote[] = [];
  if (spec.units === "package") notes.push("package");
  if (spec.units === "comments" || spec.units === "usernames") notes.push("countedLines");
  if (spec.fields.some((field) => ORDER_FIELDS[field].kind === "lines")) notes.push("lines");
  if (takesDripfeed(type)) notes.push("dripfeed");
  if (type === "COMMENT_LIKES") notes.push("commentAuthor");
  if (spec.units === "posts") notes.push("subscription");
  const fields = new Set([spec.target, ...spec.fields.map((field) => ORDER_FIELDS[field].wire)]);
  return { type: spec.wire, fields: [...fields].join(", "), notes };
});
