import { z } from "zod";

export const USER_ROLES = ["CUSTOMER", "SUPPORT", "ADMIN"] as const;
export const USER_STATUSES = ["ACTIVE", "SUSPENDED"] as const;
/** What the users list sorts by: joined (created), total deposited, total spent, last sign-in. */
export const USER_SORTS = ["joined", "deposited", "spent", "lastSignIn"] as const;
export type UserSort = (typeof USER_SORTS)[number];
/** The "signed in within" choices the page offers (any whole number of days 1–3650 is accepted). */
export const SIGNED_IN_CHOICES = ["1", "7", "30", "90", "never"] as const;

const amount = z
  .string()
  .trim()
  .regex(/^\d{1,12}(\.\d{1,4})?$/, "validation.amount");

/**
 * The users list's GET parameters (/admin/users): search, role, status, price group (an id, or "none"),
 * spent / deposited at least (BDT), signed in within N days (or "never"), the sort and its direction,
 * and the last user id of the page before. Blank parameters are left out before parsing.
 */
export const userListQuerySchema = z.object({
  q: z.string().trim().max(254).optional(),
  role: z.enum(USER_ROLES).optional(),
  status: z.enum(USER_STATUSES).optional(),
  group: z.string().trim().min(1).max(64).optional(),
  spentMin: amount.optional(),
  depositedMin: amount.optional(),
  signedIn: z
    .string()
    .trim()
    .refine(
      (value) => value === "never" || (/^\d{1,4}$/.test(value) && Number(value) >= 1 && Number(value) <= 3650),
      "validation.users.signedIn",
    )
    .optional(),
  sort: z.enum(USER_SORTS).default("joined"),
  dir: z.enum(["asc", "desc"]).default("desc"),
  after: z.string().trim().min(1).max(64).optional(),
});
export type UserListQuery = z.infer<typeof userListQuerySchema>;
type Raw = Record<string, string | undefined>;

/**
 * The list's filters from the URL: blank values left out; a parameter that fails its rule is left out
 * too (the rest still apply) and reported with its rule, so a bad link shows a clear message, never a 500.
 */
export function readUserListQuery(params: Raw): { query: UserListQuery; invalid: z.core.$ZodIssue[] } {
  const given: Raw = Object.fromEntries(Object.entries(params).filter(([, value]) => typeof value === "string" && value.trim() !== ""));
  const first = userListQuerySchema.safeParse(given);
  if (first.success) return { query: first.data, invalid: [] };
  const bad = new Set(first.error.issues.map((issue) => String(issue.path[0])));
  const kept = Object.fromEntries(Object.entries(given).filter(([key]) => !bad.has(key)));
  const second = userListQuerySchema.safeParse(kept);
  return { query: second.success ? second.data : userListQuerySchema.parse({}), invalid: first.error.issues };
}
