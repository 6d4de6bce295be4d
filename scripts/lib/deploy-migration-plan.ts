// Whether a Vercel build applies the migrations before building. Pure: scripts/vercel-build.ts runs it.

export type MigrationPlan = { migrate: true; url: string } | { migrate: false; reason: string } | { error: string };

/**
 * Production builds migrate through DIRECT_URL (a transaction pooler cannot hold the migrator's lock),
 * before the new code is built, so a deploy never serves code ahead of its schema. A preview migrates
 * only when its environment says it has a database of its own (MIGRATE_PREVIEW_DATABASE=1, set in the
 * Preview environment next to a Supabase branch's URL): by default a preview never touches a database,
 * so a preview pointed at production by mistake cannot change it.
 */
export function deployMigrationPlan(env: Record<string, string | undefined>): MigrationPlan {
  const stage = env.VERCEL_ENV;
  const url = env.DIRECT_URL?.trim();
  if (stage === "production") {
    return url
      ? { migrate: true, url }
      : { error: "DIRECT_URL is required to migrate a production deployment (Supabase: the direct or session-pooler URL, port 5432)" };
  }
  if (stage === "preview") {
    if (env.MIGRATE_PREVIEW_DATABASE !== "1")
      return { migrate: false, reason: "a preview migrates only with MIGRATE_PREVIEW_DATABASE=1 (its own database)" };
    return url ? { migrate: true, url } : { error: "MIGRATE_PREVIEW_DATABASE=1 needs DIRECT_URL (the preview database's direct URL)" };
  }
  return { migrate: false, reason: `not a Vercel deployment (VERCEL_ENV=${stage ?? "unset"})` };
}
