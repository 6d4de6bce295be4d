import { z } from "zod";
import { databaseProblems } from "@/lib/system/database-rules";
import { decideRuntimeMode, modeProblems, resolveAppUrl, type RuntimeMode } from "@/lib/system/mode-rules";
import { parseAllowList } from "./net/allow-list";

/** Inlined by Next at build time: true only under `next dev` (the request gate reads it, without validating the rest). */
export const DEVELOPMENT_BUILD = process.env.NODE_ENV === "development";

// The only place that reads process.env (ESLint enforces it). Validated once, at start-up, by
// instrumentation.ts; a missing or malformed variable stops the server with its name.
const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === "" ? undefined : value))
  .optional();

const ipOrCidr = z.union([z.ipv4(), z.ipv6(), z.cidrv4(), z.cidrv6()]);
const isIpOrCidr = (value: string) => ipOrCidr.safeParse(value).success;

/** A whole number in [min, max], or unset. */
function count(name: string, min: number, max: number) {
  return optionalText.pipe(
    z
      .string()
      .regex(/^\d+$/, `${name} must be a whole number`)
      .transform(Number)
      .pipe(z.number().min(min, `${name} must be at least ${min}`).max(max, `${name} must be at most ${max}`))
      .optional(),
  );
}

const envSchema = z
  .object({
    NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
    DATABASE_URL: z
      .string({ error: "DATABASE_URL is required (`npm run dev` starts an embedded PostgreSQL and sets it)" })
      .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgres:// or postgresql:// URL"),
    /** Set by the project's scripts when they started the embedded PostgreSQL. */
    PANEL_DATABASE_MODE: z.enum(["embedded", "external"]).default("external"),
    AUTH_SECRET: z
      .string({ error: "AUTH_SECRET is required (`npm run dev` writes one to .env.local on first run)" })
      .min(32, "AUTH_SECRET must be at least 32 characters"),
    ENCRYPTION_KEY: z
      .string({ error: "ENCRYPTION_KEY is required (`npm run dev` writes one to .env.local on first run)" })
      .refine((value) => Buffer.from(value, "base64").length === 32, "ENCRYPTION_KEY must be 32 bytes in base64 (openssl rand -base64 32)"),
    /** Required outside local mode (https); see lib/system/mode-rules.ts for its fallbacks. */
    APP_URL: optionalText.pipe(z.url("APP_URL must be a URL such as https://panel.example.com").optional()),
    /**
     * Who may say which address a request came from (per-IP limits, audit): "none" (the TCP peer),
     * "vercel" (its edge's x-real-ip), or a comma list of proxy IPs/CIDRs whose X-Forwarded-For is
     * believed (e.g. "127.0.0.1,::1" behind a local nginx). Unset: "vercel" on Vercel, else "none".
     */
    TRUSTED_PROXY: optionalText.refine(
      (value) =>
        value === undefined || value === "none" || value === "vercel" || value.split(",").every((entry) => isIpOrCidr(entry.trim())),
      'TRUSTED_PROXY must be "none", "vercel" or a comma list of IP addresses / CIDR ranges',
    ),
    LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
    UPSTASH_REDIS_REST_URL: optionalText.pipe(z.url("UPSTASH_REDIS_REST_URL must be a URL").optional()),
    UPSTASH_REDIS_REST_TOKEN: optionalText,
    RESEND_API_KEY: optionalText,
    /** "log": without Resend, each e-mail's subject is logged and nothing is sent (server mode's alternative to Resend). */
    MAIL_TRANSPORT: optionalText.pipe(
      z.enum(["log"], "MAIL_TRANSPORT must be log, or unset (Resend is used when RESEND_API_KEY is set)").optional(),
    ),
    /** The sender's address ("Name <address>" is accepted; the name sent is always the panel's, from the brand settings). */
    MAIL_FROM: z.string().default("no-reply@localhost"),
    INNGEST_EVENT_KEY: optionalText,
    INNGEST_SIGNING_KEY: optionalText,
    UPLOADTHING_TOKEN: optionalText,
    /** UploadThing's own setting, read by its SDK: another ingest server (the tests' stand-in). Pages' CSP lets the browser reach it. */
    UPLOADTHING_INGEST_URL: optionalText.pipe(z.url("UPLOADTHING_INGEST_URL must be a URL").optional()),
    /** Attachments on local disk when UPLOADTHING_TOKEN is unset (git-ignored). */
    UPLOAD_DIR: z
      .string()
      .trim()
      .optional()
      .transform((value) => value || "uploads"),
    SSLCOMMERZ_STORE_ID: optionalText,
    SSLCOMMERZ_STORE_PASSWORD: optionalText,
    /** Overrides the SSLCommerz host (sandbox/live come from the payment settings); tests point it at a local fake. */
    SSLCOMMERZ_BASE_URL: optionalText.pipe(z.url("SSLCOMMERZ_BASE_URL must be a URL").optional()),
    /** The built-in sandbox gateway works in development and tests; in production only when "1". */
    SANDBOX_GATEWAY_ENABLED: z.enum(["0", "1"]).optional(),
    /** The built-in demo provider answers in development and tests; in production only when "1". */
    DEMO_PROVIDER_ENABLED: z.enum(["0", "1"]).optional(),
    INNGEST_DEV: optionalText,
    /** Private, loopback or link-local hosts/addresses/CIDR ranges that provider URLs may reach in production. */
    OUTBOUND_ALLOWED_HOSTS: optionalText,
    /** Sign in with Google (both set, or neither: the button is hidden). Redirect URI: <APP_URL>/api/auth/callback/google. */
    AUTH_GOOGLE_ID: optionalText,
    AUTH_GOOGLE_SECRET: optionalText,
  })
  .extend({
    // Database connection (lib/db/connection-options.ts): pool, timeouts, TLS.
    DIRECT_URL: optionalText.pipe(
      z
        .string()
        .regex(/^postgres(ql)?:\/\//, "DIRECT_URL must be a postgres:// or postgresql:// URL")
        .optional(),
    ),
    DATABASE_POOL_MAX: count("DATABASE_POOL_MAX", 1, 100),
    DATABASE_IDLE_TIMEOUT_MS: count("DATABASE_IDLE_TIMEOUT_MS", 0, 3_600_000),
    DATABASE_CONNECT_TIMEOUT_MS: count("DATABASE_CONNECT_TIMEOUT_MS", 0, 600_000),
    DATABASE_STATEMENT_TIMEOUT_MS: count("DATABASE_STATEMENT_TIMEOUT_MS", 0, 3_600_000),
    DATABASE_CA_CERT: optionalText.pipe(
      z
        .string()
        .includes("BEGIN CERTIFICATE", { error: "DATABASE_CA_CERT must be a PEM certificate (-----BEGIN CERTIFICATE-----…)" })
        .optional(),
    ),
    DATABASE_CA_CERT_FILE: optionalText,
  })
  .extend({
    // Runtime mode (lib/system/mode-rules.ts) and what Vercel sets about the deployment.
    PANEL_MODE: optionalText,
    VERCEL: optionalText,
    VERCEL_ENV: optionalText,
    VERCEL_URL: optionalText,
    VERCEL_BRANCH_URL: optionalText,
  })
  .superRefine((env, ctx) => {
    if (Boolean(env.AUTH_GOOGLE_ID) !== Boolean(env.AUTH_GOOGLE_SECRET)) {
      const missing = env.AUTH_GOOGLE_ID ? "AUTH_GOOGLE_SECRET" : "AUTH_GOOGLE_ID";
      ctx.addIssue({
        code: "custom",
        path: [missing],
        message: `${missing} is required with the other Google sign-in variable (or unset both)`,
      });
    }
    const { invalid } = parseAllowList(env.OUTBOUND_ALLOWED_HOSTS);
    if (invalid.length > 0) {
      ctx.addIssue({
        code: "custom",
        path: ["OUTBOUND_ALLOWED_HOSTS"],
        message: `OUTBOUND_ALLOWED_HOSTS takes comma-separated host names, IP addresses and CIDR ranges; not: ${invalid.join(", ")}`,
      });
    }
  });

export type Env = Omit<z.infer<typeof envSchema>, "APP_URL" | "PANEL_MODE"> & {
  /** Decided once from the environment: local, server or serverless. */
  PANEL_MODE: RuntimeMode;
  /** Why: "NODE_ENV=production", "VERCEL=1", "PANEL_MODE=…". */
  PANEL_MODE_REASON: string;
  APP_URL: string;
};

let cached: Env | undefined;

export class EnvError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Invalid environment:\n${problems.map((problem) => `  - ${problem}`).join("\n")}`);
    this.name = "EnvError";
  }
}

export function parseEnv(source: Record<string, string | undefined>): Env {
  const decision = decideRuntimeMode(source);
  const result = envSchema.safeParse(source);
  if ("problem" in decision) throw new EnvError([decision.problem, ...(result.success ? [] : issuesOf(result.error))]);
  const modeLines = [...modeProblems(decision.mode, decision.because, source), ...databaseProblems(decision.mode, source)];
  // A variable the mode line already names as missing is not repeated by the schema.
  const named = modeLines.join(" ");
  const schemaLines = result.success
    ? []
    : issuesOf(result.error).filter((line) => !(isUnset(source, line.split(":")[0]) && named.includes(line.split(":")[0])));
  const problems = [...modeLines, ...schemaLines];
  if (problems.length || !result.success) throw new EnvError(problems);
  return { ...result.data, PANEL_MODE: decision.mode, PANEL_MODE_REASON: decision.because, APP_URL: resolveAppUrl(decision.mode, source)! };
}

/** Every problem parseEnv would refuse `source` for; empty when it is valid. */
export function envProblems(source: Record<string, string | undefined>): string[] {
  try {
    parseEnv(source);
    return [];
  } catch (error) {
    if (error instanceof EnvError) return error.problems;
    throw error;
  }
}

function issuesOf(error: z.ZodError): string[] {
  return error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
}

const isUnset = (source: Record<string, string | undefined>, name: string) => !source[name]?.trim();

export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/** Tests that set a variable after something already read the environment (e.g. a local fake's URL). */
export function reloadEnvForTests(): void {
  cached = undefined;
}
