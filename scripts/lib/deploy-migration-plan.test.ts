import { describe, expect, it } from "vitest";
import { deployMigrationPlan } from "./deploy-migration-plan";

const DIRECT = "postgresql://postgres:x@db.example.supabase.co:5432/postgres?sslmode=verify-full";

describe("deployMigrationPlan", () => {
  it("migrates a production deployment through DIRECT_URL, and stops the build without one", () => {
    expect(deployMigrationPlan({ VERCEL_ENV: "production", DIRECT_URL: DIRECT })).toEqual({ migrate: true, url: DIRECT });
    expect(deployMigrationPlan({ VERCEL_ENV: "production", DATABASE_URL: DIRECT })).toMatchObject({
      error: expect.stringMatching(/^DIRECT_URL is required/),
    });
  });

  it("never migrates from a preview unless the preview says it has its own database", () => {
    expect(deployMigrationPlan({ VERCEL_ENV: "preview", DIRECT_URL: DIRECT })).toMatchObject({ migrate: false });
    expect(deployMigrationPlan({ VERCEL_ENV: "preview", DIRECT_URL: DIRECT, MIGRATE_PREVIEW_DATABASE: "1" })).toEqual({
      migrate: true,
      url: DIRECT,
    });
    expect(deployMigrationPlan({ VERCEL_ENV: "preview", MIGRATE_PREVIEW_DATABASE: "1" })).toMatchObject({
      error: expect.stringContaining("DIRECT_URL"),
    });
  });

  it("does nothing outside a Vercel deployment", () => {
    expect(deployMigrationPlan({ DIRECT_URL: DIRECT })).toMatchObject({ migrate: false });
    expect(deployMigrationPlan({ VERCEL_ENV: "development", DIRECT_URL: DIRECT })).toMatchObject({ migrate: false });
  });
});
