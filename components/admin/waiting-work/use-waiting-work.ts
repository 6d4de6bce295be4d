"use client";

import { useQuery } from "@tanstack/react-query";
import type { WaitingWork } from "@/lib/admin-console/waiting-work-items";
import type { Envelope } from "@/lib/http/envelope";

export const WAITING_WORK_POLL_MS = 30_000;

/**
 * The waiting-work counts, polled every 30 s so the badges move without a page load. Every badge on the
 * page shares one query (one request per poll); `initial` is what the server counted while rendering.
 */
export function useWaitingWork(initial?: WaitingWork) {
  return useQuery({
    queryKey: ["waiting-work"],
    queryFn: async ({ signal }) => {
      const response = await fetch("/api/admin/waiting-work", { signal, cache: "no-store" });
      const body = (await response.json()) as Envelope<WaitingWork>;
      if (!body.success) throw new Error(body.error.message);
      return body.data;
    },
    initialData: initial,
    initialDataUpdatedAt: initial?.checkedAt,
    refetchInterval: WAITING_WORK_POLL_MS,
    refetchOnWindowFocus: true,
    staleTime: WAITING_WORK_POLL_MS,
  });
}
