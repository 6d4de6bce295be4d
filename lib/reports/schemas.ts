import { z } from "zod";
import { RANGE_PRESETS } from "./date-range";
import { REPORT_DIMENSIONS, REPORT_SORTS } from "./profit-report";

/** ?range=today|7d|30d|month|custom&from=YYYY-MM-DD&to=YYYY-MM-DD; anything unknown falls back to 7 days. */
export const rangeQuerySchema = z.object({
  range: z.enum(RANGE_PRESETS).catch("7d"),
  from: z.string().max(10).optional().catch(undefined),
  to: z.string().max(10).optional().catch(undefined),
});

/** The reports page and its CSV: the range, plus grouping and sort (unknown values fall back). */
export const reportQuerySchema = rangeQuerySchema.extend({
  by: z.enum(REPORT_DIMENSIONS).catch("service"),
  sort: z.enum(REPORT_SORTS).catch("revenue"),
  dir: z.enum(["asc", "desc"]).catch("desc"),
});
export type ReportQueryInput = z.infer<typeof reportQuerySchema>;
