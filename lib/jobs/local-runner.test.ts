import { describe, expect, it } from "vitest";
import { createLogger } from "@/lib/log/logger";
import { LocalJobRunner } from "./local-runner";
import type { JobDefinition } from "./types";

const silent = createLogger(undefined, "silent");

describe("local job runner", () => {
  it("runs the jobs listening for an event with the event's data, through the same step shape", async () => {
    const seen: unknown[] = [];
    const job: JobDefinition = {
      id: "echo",
      trigger: { event: "test/echo" },
      handler: async ({ event, step }) => step.run("record", async () => void seen.push(event.data)),
    };
    const other: JobDefinition = { id: "other", trigger: { event: "test/other" }, handler: async () => void seen.push("wrong") };
    const runner = new LocalJobRunner([job, other], silent);
    await runner.dispatch({ name: "test/echo", data: { orderId: 7 } });
    expect(seen).toEqual([{ orderId: 7 }]);
  });

  it("never overlaps a job with itself and survives a failing job", async () => {
    let running = 0;
    let maxRunning = 0;
    const slow: JobDefinition = {
      id: "slow",
      trigger: { cron: "0 0 1 1 *" },
      handler: async () => {
        running += 1;
        maxRunning = Math.max(maxRunning, running);
        await new Promise((resolve) => setTimeout(resolve, 50));
        running -= 1;
        return "done";
      },
    };
    const runner = new LocalJobRunner([slow], silent);
    const results = await Promise.all([runner.run(slow, { name: "cron", data: {} }), runner.run(slow, { name: "cron", data: {} })]);
    expect(maxRunning).toBe(1);
    expect(results.filter((result) => result === "done")).toHaveLength(1);
    const failing: JobDefinition = {
      id: "failing",
      trigger: { event: "x" },
      handler: async () => {
        throw new Error("boom");
      },
    };
    await expect(new LocalJobRunner([failing], silent).run(failing, { name: "x", data: {} })).resolves.toBeUndefined();
  });
});
