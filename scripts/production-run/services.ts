// Debian's PostgreSQL 15 with TLS and PgBouncer 1.18 in transaction mode, each as its own user on
// loopback ports, with a CA made for the run: the shape of Supabase (direct 5432, pooler 6543).
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { appendFileSync, chmodSync, chownSync, copyFileSync, mkdirSync, openSync, writeFileSync } from "node:fs";
import path from "node:path";

const PG_BIN = "/usr/lib/postgresql/15/bin";
const PGBOUNCER = "/usr/sbin/pgbouncer";

export type Tls = { dir: string; ca: string; wrongCa: string; cert: string; key: string };
export type Service = { stop: () => Promise<void> };

const run = (command: string, args: string[], options: { user?: string; input?: string } = {}) =>
  execFileSync(options.user ? "runuser" : command, options.user ? ["-u", options.user, "--", command, ...args] : args, {
    stdio: ["pipe", "pipe", "pipe"],
    input: options.input,
  }).toString();

/** apt-get install of what is missing (as root, or through sudo), and a system user for PgBouncer. */
export function ensurePackages(log: (line: string) => void): void {
  const asRoot = (command: string, args: string[]) =>
    execFileSync(process.getuid?.() === 0 ? command : "sudo", process.getuid?.() === 0 ? args : [command, ...args], {
      stdio: "inherit",
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    });
  const missing = [
    ["postgresql", `${PG_BIN}/postgres`],
    ["pgbouncer", PGBOUNCER],
    ["openssl", "/usr/bin/openssl"],
  ].filter(([, file]) => !exists(file));
  if (missing.length) {
    log(`Installing ${missing.map(([name]) => name).join(", ")} from Debian…`);
    asRoot("apt-get", ["update", "-qq"]);
    asRoot("apt-get", ["install", "-y", "-qq", ...missing.map(([name]) => name)]);
  }
  try {
    run("id", ["pgbouncer"]);
  } catch {
    asRoot("useradd", ["--system", "--no-create-home", "--shell", "/usr/sbin/nologin", "pgbouncer"]);
  }
}

function exists(file: string): boolean {
  try {
    execFileSync("test", ["-x", file]);
    return true;
  } catch {
    return false;
  }
}

function idsOf(user: string): { uid: number; gid: number } {
  return { uid: Number(run("id", ["-u", user]).trim()), gid: Number(run("id", ["-g", user]).trim()) };
}

/** A CA, a server certificate it signed for 127.0.0.1/localhost, and an unrelated CA (the wrong one). */
export function makeTls(dir: string): Tls {
  mkdirSync(dir, { recursive: true });
  const file = (name: string) => path.join(dir, name);
  const ssl = (...args: string[]) => run("openssl", args);
  ssl(
    "req",
    "-x509",
    "-newkey",
    "rsa:2048",
    "-nodes",
    "-days",
    "2",
    "-subj",
    "/CN=Panel production-run CA",
    "-keyout",
    file("ca.key"),
    "-out",
    file("ca.crt"),
  );
  ssl(
    "req",
    "-x509",
    "-newkey",
    "rsa:2048",
    "-nodes",
    "-days",
    "2",
    "-subj",
    "/CN=Some other CA",
    "-keyout",
    file("wrong-ca.key"),
    "-out",
    file("wrong-ca.crt"),
  );
  ssl("req", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=localhost", "-keyout", file("server.key"), "-out", file("server.csr"));
  writeFileSync(file("san.ext"), "subjectAltName=DNS:localhost,IP:127.0.0.1\n");
  ssl(
    "x509",
    "-req",
    "-in",
    file("server.csr"),
    "-CA",
    file("ca.crt"),
    "-CAkey",
    file("ca.key"),
    "-CAcreateserial",
    "-days",
    "2",
    "-extfile",
    file("san.ext"),
    "-out",
    file("server.crt"),
  );
  chmodSync(dir, 0o755);
  for (const name of ["ca.crt", "wrong-ca.crt", "server.crt"]) chmodSync(file(name), 0o644);
  return { dir, ca: file("ca.crt"), wrongCa: file("wrong-ca.crt"), cert: file("server.crt"), key: file("server.key") };
}

/** A private copy of the key, readable only by `user` (both servers insist on that). */
function keyFor(tls: Tls, user: string): string {
  const copy = path.join(tls.dir, `server-${user}.key`);
  copyFileSync(tls.key, copy);
  const { uid, gid } = idsOf(user);
  chownSync(copy, uid, gid);
  chmodSync(copy, 0o600);
  return copy;
}

function startAs(user: string, command: string, args: string[], logFile: string): ChildProcess {
  const { uid, gid } = idsOf(user);
  const out = openSync(logFile, "a");
  chownSync(logFile, uid, gid);
  return spawn(command, args, { uid, gid, stdio: ["ignore", out, out] });
}

function stopper(child: ChildProcess, signal: NodeJS.Signals): () => Promise<void> {
  return () =>
    new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill(signal);
    });
}

async function waitFor(what: string, probe: () => boolean, seconds = 30): Promise<void> {
  for (let tries = 0; tries < seconds * 4; tries += 1) {
    if (probe()) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${what} did not come up`);
}

/**
 * PostgreSQL that takes TLS connections only (hostssl + SCRAM; anything else over TCP is rejected),
 * with the database `panel` owned by `panel`, whose statement timeout is set on the role (Supabase's
 * way; a startup parameter cannot pass PgBouncer).
 */
export async function startPostgres(options: { dir: string; port: number; tls: Tls; password: string }): Promise<Service> {
  const { uid, gid } = idsOf("postgres");
  const data = path.join(options.dir, "data");
  const socket = path.join(options.dir, "socket");
  mkdirSync(options.dir, { recursive: true });
  mkdirSync(socket, { recursive: true });
  chownSync(options.dir, uid, gid);
  chownSync(socket, uid, gid);
  run(`${PG_BIN}/initdb`, ["-D", data, "-U", "postgres", "-E", "UTF8", "--no-locale", "--auth-local=trust", "--auth-host=reject"], {
    user: "postgres",
  });
  appendFileSync(
    path.join(data, "postgresql.conf"),
    [
      `port = ${options.port}`,
      "listen_addresses = '127.0.0.1'",
      `unix_socket_directories = '${socket}'`,
      "ssl = on",
      `ssl_cert_file = '${options.tls.cert}'`,
      `ssl_key_file = '${keyFor(options.tls, "postgres")}'`,
      "fsync = off",
      "",
    ].join("\n"),
  );
  writeFileSync(
    path.join(data, "pg_hba.conf"),
    ["local all postgres trust", "hostssl all all 127.0.0.1/32 scram-sha-256", "hostnossl all all 0.0.0.0/0 reject", ""].join("\n"),
  );
  const logFile = path.join(options.dir, "postgres.log");
  writeFileSync(logFile, "");
  const child = startAs("postgres", `${PG_BIN}/postgres`, ["-D", data], logFile);
  const psql = (sql: string) =>
    run(`${PG_BIN}/psql`, ["-h", socket, "-p", String(options.port), "-U", "postgres", "-v", "ON_ERROR_STOP=1", "-qAt", "-c", sql], {
      user: "postgres",
    });
  await waitFor("PostgreSQL", () => {
    try {
      return psql("SELECT 1").trim() === "1";
    } catch {
      return false;
    }
  });
  psql(`CREATE ROLE panel LOGIN PASSWORD '${options.password}'`);
  psql("CREATE DATABASE panel OWNER panel");
  psql("ALTER ROLE panel SET statement_timeout = '30s'");
  return { stop: stopper(child, "SIGINT") };
}

/** PgBouncer in transaction mode, TLS required from clients and verified (full) towards PostgreSQL. */
export async function startPgBouncer(options: {
  dir: string;
  port: number;
  postgresPort: number;
  tls: Tls;
  password: string;
}): Promise<Service> {
  const { uid, gid } = idsOf("pgbouncer");
  mkdirSync(options.dir, { recursive: true });
  chownSync(options.dir, uid, gid);
  const users = path.join(options.dir, "userlist.txt");
  writeFileSync(users, `"panel" "${options.password}"\n`);
  chownSync(users, uid, gid);
  chmodSync(users, 0o600);
  const ini = path.join(options.dir, "pgbouncer.ini");
  writeFileSync(
    ini,
    [
      "[databases]",
      `panel = host=127.0.0.1 port=${options.postgresPort} dbname=panel`,
      "[pgbouncer]",
      "listen_addr = 127.0.0.1",
      `listen_port = ${options.port}`,
      "unix_socket_dir =",
      "auth_type = scram-sha-256",
      `auth_file = ${users}`,
      "pool_mode = transaction",
      "max_client_conn = 200",
      "default_pool_size = 10",
      "client_tls_sslmode = require",
      `client_tls_cert_file = ${options.tls.cert}`,
      `client_tls_key_file = ${keyFor(options.tls, "pgbouncer")}`,
      "server_tls_sslmode = verify-full",
      `server_tls_ca_file = ${options.tls.ca}`,
      "",
    ].join("\n"),
  );
  const logFile = path.join(options.dir, "pgbouncer.log");
  writeFileSync(logFile, "");
  const child = startAs("pgbouncer", PGBOUNCER, [ini], logFile);
  await waitFor("PgBouncer", () => {
    try {
      execFileSync("bash", ["-c", `exec 3<>/dev/tcp/127.0.0.1/${options.port}`], { stdio: "ignore" });
      return true;
    } catch {
      return false;
    }
  });
  return { stop: stopper(child, "SIGINT") };
}
