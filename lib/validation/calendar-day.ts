import { z } from "zod";

/** A date filter from a URL or a form (YYYY-MM-DD) that is a real day: 2024-13-45 and 2023-02-29 are refused. */
export const calendarDay = () => z.iso.date({ error: "validation.date" });
