// What an operation costs the database, measured by PostgreSQL itself: round trips (the statements
// its log records while the operation runs one at a time) and execution time (pg_stat_statements).
import pg from "pg";

/** Settings for startBenchDatabase: pg_stat_statements loaded, counting top-level statements. */
export const STATEMENT_STATS = { shared_preload_libraries: "pg_stat_statements", "pg_stat_statements.track": "top" };

type Counter = { statements: () => number };

export async function openStats(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
  const setLogging = async (on: boolean) => {
    await client.query(`ALTER SYSTEM SET log_statement = '${on ? "all" : "none"}'`);
    await client.query("SELECT pg_reload_conf()");
    await new Promise((resolve) => setTimeout(resolve, 300));
  };
  return {
    /**
     * Runs `send` `count` times one after another with statement logging on, and answers the statements
     * logged per call beyond those logged in an idle window as long (background work of the server).
     */
    async roundTrips(database: Counter, count: number, send: (seq: number) => Promise<unknown>): Promise<number> {
      await setLogging(true);
      const started = performance.now();
      const before = database.statements();
      for (let seq = 0; seq < count; seq += 1) await send(seq);
      await new Promise((resolve) => setTimeout(resolve, 300));
      const busy = database.statements() - before;
      const idleStart = database.statements();
      await new Promise((resolve) => setTimeout(resolve, performance.now() - started));
      const idle = database.statements() - idleStart;
      await setLogging(false);
      // The two statements of setLogging itself land outside both windows.
      return (busy - idle) / count;
    },
    /** Forgets what pg_stat_statements has counted so far. */
    async reset(): Promise<void> {
      await client.query("SELECT pg_stat_statements_reset()");
    },
    /** Milliseconds of statement execution (all databases, all users) since the last reset. */
    async executionMs(): Promise<number> {
      const { rows } = await client.query<{ ms: string | null }>(
        "SELECT sum(total_exec_time)::text AS ms FROM pg_stat_statements WHERE query NOT ILIKE '%pg_stat_statements%'",
      );
      return Number(rows[0].ms ?? 0);
    },
    /** The statements that took the most execution time since the last reset: calls, mean ms, the text's start. */
    async topStatements(limit: number): Promise<{ calls: number; meanMs: number; totalMs: number; query: string }[]> {
      const { rows } = await client.query<{ calls: string; mean: number; total: number; query: string }>(
        `SELECT calls::text, mean_exec_time AS mean, total_exec_time AS total, query FROM pg_stat_statements
          WHERE query NOT ILIKE '%pg_stat_statements%' ORDER BY total_exec_time DESC LIMIT $1`,
        [limit],
      );
      return rows.map((row) => ({
        calls: Number(row.calls),
        meanMs: row.mean,
        totalMs: row.total,
        query: row.query.replace(/\s+/g, " ").slice(0, 90),
      }));
    },
    close: () => client.end(),
  };
}
