// Unit tests have no database: DATABASE_URL points at a closed port (tests/setup-unit.ts).
import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/health/route";

describe("GET /api/health without a reachable database", () => {
  it("answers 503 degraded, still naming the mode and every part", async () => {
    const res = await GET(new Request("http://localhost/api/health"));
    expect(res.status).toBe(503);
    const { data } = (await res.json()) as {
      data: { status: string; mode: string; database: { reachable: boolean }; parts: Record<string, string> };
    };
    expect(data).toMatchObject({ status: "degraded", mode: "local", database: { reachable: false } });
    expect(Object.keys(data.parts).sort()).toEqual([
      "cache",
      "database",
      "demoProvider",
      "email",
      "jobs",
      "paymentGateway",
      "sandboxGateway",
      "uploads",
    ]);
  });
});
