"use client";

import type { WaitingWork } from "@/lib/admin-console/waiting-work-items";
import { useWaitingWork } from "./use-waiting-work";
import { WaitingWorkPanel } from "./waiting-work-panel";

/** The panel kept current: the server's counts first, then the same 30-second poll as the nav badges. */
export function LiveWaitingWorkPanel({ initial }: { initial: WaitingWork }) {
  const { data } = useWaitingWork(initial);
  return <WaitingWorkPanel work={data ?? initial} />;
}
