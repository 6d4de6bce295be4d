import { describe, expect, it } from "vitest";

describe("zod's settings global (instrumentation-client.ts sets jitless through it)", () => {
  it("is the object z.config() writes and reads", async () => {
    await import("../../instrumentation-client");
    const { z } = await import("zod");
    expect(z.config().jitless).toBe(true);
    expect((globalThis as { __zod_globalConfig?: unknown }).__zod_globalConfig).toBe(z.config());
  });
});
