import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { envProblems, parseEnv } from "@/lib/env";
import type { RuntimeMode } from "@/lib/system/mode-rules";
import { connectionFor, databaseSettings, poolConfig } from "./connection-options";

// pg's own reading of a config: what a connection would really use (the URL's parameters override the rest).
const ConnectionParameters = createRequire(import.meta.url)("pg/lib/connection-parameters.js") as new (config: object) => {
  ssl: unknown;
  statement_timeout?: number;
  host: string;
  database: string;
};

const PEM = "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n";
const URL_ = "postgresql://panel:secret@db.example.com:5432/panel";
const noFiles = (path: string): string => {
  throw new Error(`unexpected read of ${path}`);
};

describe("database TLS", () => {
  it("stays plaintext locally without sslmode, and verifies TLS by default in the production modes", () => {
    expect(connectionFor(URL_, { mode: "local" }, noFiles).ssl).toBeUndefined();
    for (const mode of ["server", "serverless"] as const)
      expect(connectionFor(URL_, { mode }, noFiles).ssl).toEqual({ rejectUnauthorized: true });
  });

  it("verifies against the CA from env even with sslmode=require, and pg keeps that CA", () => {
    const config = connectionFor(`${URL_}?sslmode=require`, { mode: "server", caCert: PEM.replace(/\n/g, "\\n") }, noFiles);
    expect(config.ssl).toEqual({ rejectUnauthorized: true, ca: PEM });
    expect(config.connectionString).toBe(URL_);
    const seen = new ConnectionParameters(config);
    expect(seen.ssl).toEqual({ rejectUnauthorized: true, ca: PEM });
    expect(seen).toMatchObject({ host: "db.example.com", database: "panel" });
  });

  it("reads the CA from DATABASE_CA_CERT_FILE or the URL's sslrootcert", () => {
    const files = { "/etc/panel/ca.pem": PEM, "/root/.postgresql/root.crt": `${PEM}#2` };
    const read = (path: string) => files[path as keyof typeof files];
    expect(connectionFor(`${URL_}?sslmode=verify-full`, { mode: "server", caCertFile: "/etc/panel/ca.pem" }, read).ssl).toEqual({
      rejectUnauthorized: true,
      ca: PEM,
    });
    expect(connectionFor(`${URL_}?sslmode=verify-full&sslrootcert=/root/.postgresql/root.crt`, { mode: "server" }, read).ssl).toEqual({
      rejectUnauthorized: true,
      ca: `${PEM}#2`,
    });
  });

  it("skips only the host name check for verify-ca", () => {
    const ssl = connectionFor(`${URL_}?sslmode=verify-ca`, { mode: "server", caCert: PEM }, noFiles).ssl as {
      rejectUnauthorized: boolean;
      checkServerIdentity: () => unknown;
    };
    expect(ssl.rejectUnauthorized).toBe(true);
    expect(ssl.checkServerIdentity()).toBeUndefined();
  });

  it("turns verification off only for an explicit sslmode=no-verify, and TLS only for sslmode=disable", () => {
    const modes: RuntimeMode[] = ["local", "server", "serverless"];
    for (const mode of modes) {
      for (const sslmode of ["", "prefer", "require", "verify-ca", "verify-full"]) {
        const ssl = connectionFor(sslmode ? `${URL_}?sslmode=${sslmode}` : URL_, { mode, caCert: PEM }, noFiles).ssl as {
          rejectUnauthorized: boolean;
        };
        expect(ssl.rejectUnauthorized, `${mode} ${sslmode}`).toBe(true);
      }
    }
    expect(connectionFor(`${URL_}?sslmode=no-verify`, { mode: "local" }, noFiles).ssl).toEqual({ rejectUnauthorized: false });
    expect(connectionFor(`${URL_}?sslmode=disable`, { mode: "server" }, noFiles).ssl).toBe(false);
    expect(new ConnectionParameters(connectionFor(`${URL_}?sslmode=disable`, { mode: "server" }, noFiles)).ssl).toBe(false);
  });
});

describe("database pool", () => {
  it("keeps a handful of connections per serverless function, closed soon when idle", () => {
    expect(poolConfig(URL_, { mode: "serverless" }, noFiles)).toMatchObject({
      max: 5,
      idleTimeoutMillis: 5_000,
      connectionTimeoutMillis: 10_000,
    });
    expect(poolConfig(URL_, { mode: "server" }, noFiles)).toMatchObject({ max: 10, idleTimeoutMillis: 30_000 });
    expect(poolConfig(URL_, { mode: "serverless", poolMax: 2, idleTimeoutMs: 1_000, connectTimeoutMs: 3_000 }, noFiles)).toMatchObject({
      max: 2,
      idleTimeoutMillis: 1_000,
      connectionTimeoutMillis: 3_000,
    });
  });

  it("sets a statement timeout, except through PgBouncer, which refuses it as a startup parameter", () => {
    expect(new ConnectionParameters(poolConfig(URL_, { mode: "server" }, noFiles)).statement_timeout).toBe(30_000);
    expect(poolConfig(URL_, { mode: "server", statementTimeoutMs: 5_000 }, noFiles).statement_timeout).toBe(5_000);
    expect(poolConfig(URL_, { mode: "server", statementTimeoutMs: 0 }, noFiles).statement_timeout).toBeUndefined();
    const pooled = poolConfig(
      `${URL_.replace("5432", "6543")}?pgbouncer=true&sslmode=require`,
      { mode: "serverless", caCert: PEM },
      noFiles,
    );
    expect(pooled.statement_timeout).toBeUndefined();
    expect(pooled.connectionString).toBe(URL_.replace("5432", "6543"));
  });
});

describe("database variables", () => {
  const base = { DATABASE_URL: URL_, AUTH_SECRET: "x".repeat(32), ENCRYPTION_KEY: Buffer.alloc(32, 7).toString("base64") };
  const server = { ...base, NODE_ENV: "production", APP_URL: "https://panel.example.com", MAIL_TRANSPORT: "log" };
  const problemsOf = envProblems;

  it("reach the pool settings from env", () => {
    const config = parseEnv({
      ...server,
      DATABASE_POOL_MAX: "3",
      DATABASE_IDLE_TIMEOUT_MS: "2000",
      DATABASE_CONNECT_TIMEOUT_MS: "4000",
      DATABASE_STATEMENT_TIMEOUT_MS: "0",
      DATABASE_CA_CERT: PEM,
    });
    expect(databaseSettings(config)).toEqual({
      mode: "server",
      caCert: PEM.trim(),
      caCertFile: undefined,
      poolMax: 3,
      idleTimeoutMs: 2_000,
      connectTimeoutMs: 4_000,
      statementTimeoutMs: 0,
    });
  });

  it("name a malformed value", () => {
    expect(problemsOf({ ...base, DATABASE_POOL_MAX: "lots" })).toEqual(["DATABASE_POOL_MAX: DATABASE_POOL_MAX must be a whole number"]);
    expect(problemsOf({ ...base, DATABASE_POOL_MAX: "0" })).toEqual(["DATABASE_POOL_MAX: DATABASE_POOL_MAX must be at least 1"]);
    expect(problemsOf({ ...base, DATABASE_STATEMENT_TIMEOUT_MS: "-1" })[0]).toMatch(/^DATABASE_STATEMENT_TIMEOUT_MS: /);
    expect(problemsOf({ ...base, DATABASE_CA_CERT: "not a pem" })[0]).toMatch(/^DATABASE_CA_CERT: .*PEM/);
    expect(problemsOf({ ...base, DIRECT_URL: "mysql://x" })[0]).toMatch(/^DIRECT_URL: /);
  });

  it("refuse two CAs, and sslmode=no-verify outside local mode", () => {
    expect(problemsOf({ ...base, DATABASE_CA_CERT: PEM, DATABASE_CA_CERT_FILE: "/etc/ca.pem" })).toEqual([
      expect.stringMatching(/^DATABASE_CA_CERT_FILE: give the CA either/),
    ]);
    expect(problemsOf({ ...base, DATABASE_URL: `${URL_}?sslmode=no-verify` })).toEqual([]);
    expect(problemsOf({ ...server, DATABASE_URL: `${URL_}?sslmode=no-verify` })).toEqual([
      expect.stringMatching(/^DATABASE_URL: sslmode=no-verify skips the certificate check/),
    ]);
    expect(problemsOf({ ...server, DIRECT_URL: `${URL_}?sslmode=no-verify` })).toEqual([
      expect.stringMatching(/^DIRECT_URL: sslmode=no-verify/),
    ]);
  });
});
