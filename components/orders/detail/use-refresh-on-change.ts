"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

/**
 * Re-renders the server parts of the page (the history, the refunds) when a live value differs from
 * what the server rendered: the poll moves the badge at once, the history follows a moment later.
 */
export function useRefreshOnChange(rendered: string, live: string) {
  const router = useRouter();
  useEffect(() => {
    if (live !== rendered) router.refresh();
  }, [rendered, live, router]);
}
