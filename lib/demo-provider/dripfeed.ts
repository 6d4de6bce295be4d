import type { Money } from "@/lib/money/money";
import { deliveredShare, usd, USD_SCALE } from "./amounts";
import { baseOutcome, orderProgress, type DemoOrderFacts, type DemoProgress } from "./progress";
import { pendingMsOf, slotOf, slotsStarted } from "./schedule";
import Decimal from "decimal.js";

// Pure rules of a drip-feed: `runs` runs of `quantity` units each (the parent row keeps the per-run
// quantity and the charge for all runs). Run k becomes a child order when its slot starts (schedule.ts)
// and is delivered like an ordinary order over its slot. The drip-feed's drawn outcome decides how the
// runs end: completed → all complete; partial → the last run ends short by the parent's finalRemains;
// canceled → every run is canceled by the provider (nothing delivered, all paid back).
// A cancel stops the runs that have not started; the started ones are delivered.

export const MAX_RUNS = 1000;

export interface DripfeedFacts extends DemoOrderFacts {
  runs: number;
}

export interface DripfeedProgress extends DemoProgress {
  /** Runs started so far (each is a child order). */
  runsDone: number;
}

/** Run k as an ordinary order: what its child row stores and how it moves. */
export function runFacts(parent: DripfeedFacts, k: number): DemoOrderFacts {
  const slot = slotOf(parent.durationMs, parent.runs, k);
  const base = baseOutcome(parent.outcome);
  const outcome = base === "canceled" ? "canceled" : base === "partial" && k === parent.runs - 1 ? "partial" : "completed";
  const finalRemains = outcome === "completed" ? 0 : outcome === "canceled" ? parent.quantity : parent.finalRemains;
  return {
    quantity: parent.quantity,
    charge: runCharge(parent),
    outcome,
    durationMs: slot.endMs - slot.startMs,
    finalRemains,
    createdAt: new Date(parent.createdAt.getTime() + slot.startMs),
    cancelRequestedAt: null,
  };
}

/** A run's share of the drip-feed's charge, rounded down (shown on the child; the money stays with the parent). */
export function runCharge(parent: Pick<DripfeedFacts, "charge" | "runs">): Money {
  return usd(parent.charge).dividedBy(parent.runs).toDecimalPlaces(USD_SCALE, Decimal.ROUND_DOWN);
}

/** Runs started by `now` (a cancel stops the count at the moment it was accepted). */
export function runsStarted(parent: DripfeedFacts, now: Date): number {
  const elapsedMs = now.getTime() - parent.createdAt.getTime();
  const stopMs = parent.cancelRequestedAt ? parent.cancelRequestedAt.getTime() - parent.createdAt.getTime() : Infinity;
  return slotsStarted(parent.durationMs, parent.runs, parent.runs, elapsedMs, stopMs + 1);
}

/** A drip-feed can be canceled while some run has not started yet. */
export function dripfeedCancelable(parent: DripfeedFacts, now: Date): boolean {
  return parent.cancelRequestedAt === null && runsStarted(parent, now) < parent.runs;
}

export function dripfeedProgress(parent: DripfeedFacts, now: Date): DripfeedProgress {
  const paid = usd(parent.charge);
  const total = parent.quantity * parent.runs;
  const started = runsStarted(parent, now);
  const canceled = parent.cancelRequestedAt !== null;
  let remains = (parent.runs - started) * parent.quantity;
  let running = false;
  for (let k = 0; k < started; k += 1) {
    const run = runFacts(parent, k);
    // After a cancel the parent is final at once: a started run counts with what it will deliver.
    const progress = orderProgress(run, canceled ? new Date(run.createdAt.getTime() + run.durationMs) : now);
    remains += progress.remains;
    running ||= !progress.finished;
  }
  const elapsedMs = now.getTime() - parent.createdAt.getTime();
  if (!canceled && (started < parent.runs || running)) {
    const status = elapsedMs < pendingMsOf(parent.durationMs) ? "Pending" : "In progress";
    return { status, remains, charge: paid, finished: false, refund: usd(0), runsDone: started };
  }
  const status = remains === 0 ? "Completed" : remains >= total ? "Canceled" : "Partial";
  const charge = status === "Canceled" ? usd(0) : deliveredShare(paid, total - remains, total);
  return { status, remains, charge, finished: true, refund: paid.minus(charge), runsDone: started };
}
