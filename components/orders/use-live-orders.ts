"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import type { Envelope } from "@/lib/http/envelope";
import { isOpenStatus, type LiveOrder, type OrderRow } from "./order-types";

export const POLL_MS = 5_000;

/**
 * The rows on screen with their latest status, start count and remains. Every 5 s it asks
 * GET /api/user/orders?ids=… for the orders still open, and stops once none are.
 */
export function useLiveOrders(rows: OrderRow[]) {
  const [live, setLive] = useState<Record<number, LiveOrder>>({});
  const merged = rows.map((row) => ({ ...row, ...live[row.id] }));
  const ids = merged
    .filter((row) => isOpenStatus(row.status))
    .map((row) => row.id)
    .join(",");
  const query = useQuery({
    queryKey: ["own-order-statuses", ids],
    queryFn: async ({ signal }) => {
      const response = await fetch(`/api/user/orders?ids=${ids}`, { signal, cache: "no-store" });
      const body = (await response.json()) as Envelope<LiveOrder[]>;
      if (!body.success) throw new Error(body.error.message);
      // Kept per order, so an order that closes (and leaves the poll) keeps its final figures.
      setLive((previous) => ({ ...previous, ...Object.fromEntries(body.data.map((order) => [order.id, order])) }));
      return body.data;
    },
    enabled: ids !== "",
    // The page was rendered just now: the first ask waits one interval.
    initialData: [],
    staleTime: POLL_MS,
    refetchInterval: POLL_MS,
  });
  return { rows: merged, polling: ids !== "", error: query.error };
}
