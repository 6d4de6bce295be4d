import { differenceInCalendarDays, endOfMonth, format } from "date-fns";
import { UTCDate } from "@date-fns/utc";
import { shiftDay, type DayRange } from "./date-range";

/**
 * How a range's per-customer figures are read with the fewest rows (stat-sources.ts): a block of whole
 * months from the running totals (two rows a customer, however many months), plus the range's days
 * outside the block, minus the block's days outside the range. An edge month joins the block when fewer
 * of its days lie outside the range than inside. No block: every day is read from the daily rows.
 */
export type CustomerPlan = { block: { first: string; last: string } | null; plus: DayRange[]; minus: DayRange[] };

export const monthOf = (day: string) => `${day.slice(0, 7)}-01`;
export const lastDayOf = (day: string) => {
  const [year, month] = day.split("-").map(Number);
  return format(endOfMonth(new UTCDate(year, month - 1, 1)), "yyyy-MM-dd");
};
const days = (from: string, to: string) => differenceInCalendarDays(new UTCDate(`${to}T00:00:00Z`), new UTCDate(`${from}T00:00:00Z`)) + 1;
const nextMonth = (month: string) => monthOf(shiftDay(lastDayOf(month), 1));
const previousMonth = (month: string) => monthOf(shiftDay(month, -1));

export function customerPlan(range: DayRange): CustomerPlan {
  const fromMonth = monthOf(range.from);
  const toMonth = monthOf(range.to);
  const fromMonthEnd = lastDayOf(range.from);
  const toMonthEnd = lastDayOf(range.to);
  if (fromMonth === toMonth) {
    const inside = days(range.from, range.to);
    if (days(fromMonth, toMonthEnd) - inside >= inside) return { block: null, plus: [range], minus: [] };
    const minus: DayRange[] = [];
    if (range.from > fromMonth) minus.push({ from: fromMonth, to: shiftDay(range.from, -1) });
    if (range.to < toMonthEnd) minus.push({ from: shiftDay(range.to, 1), to: toMonthEnd });
    return { block: { first: fromMonth, last: fromMonth }, plus: [], minus };
  }
  const startInside = days(range.from, fromMonthEnd);
  const includeStart = days(fromMonth, fromMonthEnd) - startInside < startInside;
  const endInside = days(toMonth, range.to);
  const includeEnd = days(toMonth, toMonthEnd) - endInside < endInside;
  const first = includeStart ? fromMonth : nextMonth(fromMonth);
  const last = includeEnd ? toMonth : previousMonth(toMonth);
  if (first > last) return { block: null, plus: [range], minus: [] };
  const plus: DayRange[] = [];
  const minus: DayRange[] = [];
  if (!includeStart) plus.push({ from: range.from, to: fromMonthEnd });
  else if (range.from > fromMonth) minus.push({ from: fromMonth, to: shiftDay(range.from, -1) });
  if (!includeEnd) plus.push({ from: toMonth, to: range.to });
  else if (range.to < toMonthEnd) minus.push({ from: shiftDay(range.to, 1), to: toMonthEnd });
  return { block: { first, last }, plus, minus };
}
