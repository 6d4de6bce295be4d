// How node-postgres connects: TLS, pool size, timeouts. Pure (no env(), no Prisma), so the app's client
// (lib/db/client.ts) and the migrator (scripts/db/migrator) share it.
import { readFileSync } from "node:fs";
import type { PoolConfig } from "pg";
import type { ConnectionOptions } from "node:tls";
import type { Env } from "@/lib/env";
import type { RuntimeMode } from "@/lib/system/mode-rules";

export type DatabaseSettings = {
  mode: RuntimeMode;
  /** PEM text of the CA that signed the server's certificate (DATABASE_CA_CERT; "\n" escapes allowed). */
  caCert?: string;
  /** A file holding it (DATABASE_CA_CERT_FILE). */
  caCertFile?: string;
  poolMax?: number;
  idleTimeoutMs?: number;
  connectTimeoutMs?: number;
  /** 0 turns it off. */
  statementTimeoutMs?: number;
};

// Removed from the URL because pg's parser would override the `ssl` built here with its own reading of them.
const URL_TLS_PARAMS = ["sslmode", "sslrootcert", "sslcert", "sslkey", "ssl", "uselibpqcompat", "pgbouncer"];

/** Serverless functions are many and short-lived: a handful of connections each, closed soon when idle. */
const DEFAULTS = {
  local: { poolMax: 10, idleTimeoutMs: 30_000 },
  server: { poolMax: 10, idleTimeoutMs: 30_000 },
  serverless: { poolMax: 5, idleTimeoutMs: 5_000 },
} as const;

export type Connection = { connectionString: string; ssl?: false | ConnectionOptions; statement_timeout?: number };

/**
 * The URL without its TLS parameters, and the TLS options they and the settings mean. Certificates are
 * always verified (`sslmode=require` included, as node-postgres does); only an explicit
 * `sslmode=no-verify` skips that, which lib/env allows in local mode only. Outside local mode a URL
 * without `sslmode` gets verified TLS too; `sslmode=disable` is the explicit way to plaintext.
 */
export function connectionFor(
  url: string,
  settings: DatabaseSettings,
  readFile: (path: string) => string = (path) => readFileSync(path, "utf8"),
): Connection {
  const parsed = new URL(url);
  const sslmode = parsed.searchParams.get("sslmode");
  const rootCertFile = parsed.searchParams.get("sslrootcert");
  const behindPgBouncer = parsed.searchParams.get("pgbouncer") === "true";
  for (const name of URL_TLS_PARAMS) parsed.searchParams.delete(name);
  const connection: Connection = { connectionString: parsed.toString() };

  const caFile = settings.caCertFile ?? (rootCertFile && rootCertFile !== "system" ? rootCertFile : undefined);
  const ca = settings.caCert?.replace(/\\n/g, "\n") ?? (caFile ? readFile(caFile) : undefined);
  if (sslmode === "disable") connection.ssl = false;
  else if (sslmode === "no-verify") connection.ssl = { rejectUnauthorized: false };
  else if (sslmode || ca || settings.mode !== "local") {
    connection.ssl = {
      rejectUnauthorized: true,
      ...(ca ? { ca } : {}),
      ...(sslmode === "verify-ca" ? { checkServerIdentity: () => undefined } : {}),
    };
  }
  // A startup parameter, which PgBouncer refuses (and Supabase's pooler with it): set it on the role there.
  const statementTimeout = settings.statementTimeoutMs ?? 30_000;
  if (statementTimeout > 0 && !behindPgBouncer) connection.statement_timeout = statementTimeout;
  return connection;
}

/** The pool the app's Prisma client uses. */
export function poolConfig(url: string, settings: DatabaseSettings, readFile?: (path: string) => string): PoolConfig {
  const defaults = DEFAULTS[settings.mode];
  return {
    ...connectionFor(url, settings, readFile),
    max: settings.poolMax ?? defaults.poolMax,
    idleTimeoutMillis: settings.idleTimeoutMs ?? defaults.idleTimeoutMs,
    connectionTimeoutMillis: settings.connectTimeoutMs ?? 10_000,
  };
}

/** The settings lib/env validated. */
export function databaseSettings(config: Env): DatabaseSettings {
  return {
    mode: config.PANEL_MODE,
    caCert: config.DATABASE_CA_CERT,
    caCertFile: config.DATABASE_CA_CERT_FILE,
    poolMax: config.DATABASE_POOL_MAX,
    idleTimeoutMs: config.DATABASE_IDLE_TIMEOUT_MS,
    connectTimeoutMs: config.DATABASE_CONNECT_TIMEOUT_MS,
    statementTimeoutMs: config.DATABASE_STATEMENT_TIMEOUT_MS,
  };
}
