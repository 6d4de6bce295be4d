"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { Envelope } from "@/lib/http/envelope";
import type { NoticeView } from "@/lib/notifications/list-notifications";

export const NOTICE_POLL_MS = 15_000;
const KEY = ["notifications"];

/** The newest notices and the unread count, polled so the bell updates without a reload. */
export function useNotifications(take = 10) {
  return useQuery({
    queryKey: [...KEY, take],
    queryFn: async ({ signal }) => {
      const response = await fetch(`/api/notifications?take=${take}`, { signal, cache: "no-store" });
      const body = (await response.json()) as Envelope<{ items: NoticeView[]; unread: number }>;
      if (!body.success) throw new Error(body.error.message);
      return body.data;
    },
    refetchInterval: NOTICE_POLL_MS,
    refetchOnWindowFocus: true,
    staleTime: 0,
  });
}

/** Mark one (`id`) or all (`"all"`) read, then refresh every notice list on the page. */
export function useMarkRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (target: string) => {
      const response = await fetch("/api/notifications", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(target === "all" ? { all: true } : { id: target }),
      });
      const body = (await response.json()) as Envelope<{ marked: number }>;
      if (!body.success) throw new Error(body.error.message);
      return body.data;
    },
    onSuccess: () => client.invalidateQueries({ queryKey: KEY }),
  });
}
