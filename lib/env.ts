import { z } from "zod";
import { parseAllowList } from "./net/allow-list";

// The only place that reads process.env (ESLint enforces it). Validated once, at start-up, by
// instrumentation.ts; a missing or malformed variable stops the server with its name.
const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === "" ? undefined : value))
  .optional();

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
    APP_URL: z.url("APP_URL must be a URL such as http://localhost:3000").default("http://localhost:3000"),
    LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
    UPSTASH_REDIS_REST_URL: optionalText.pipe(z.url("UPSTASH_REDIS_REST_URL must be a URL").optional()),
    UPSTASH_REDIS_REST_TOKEN: optionalText,
    RESEND_API_KEY: optionalText,
    MAIL_FROM: z.string().default("SMM Panel <no-reply@localhost>"),
    INNGEST_EVENT_KEY: optionalText,
    INNGEST_SIGNING_KEY: optionalText,
    UPLOADTHING_TOKEN: optionalText,
    /** Attachments on local disk when UPLOADTHING_TOKEN is unset (git-ignored). */
    UPLOAD_DIR: z.string().trim().optional().transform((value) => value || "uploads"),
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
  })
  .superRefine((env, ctx) => {
    if (Boolean(env.UPSTASH_REDIS_REST_URL) !== Boolean(env.UPSTASH_REDIS_REST_TOKEN)) {
      ctx.addIssue({
        code: "custom",
        path: ["UPSTASH_REDIS_REST_TOKEN"],
        message: "UPSTASH_REDIS_REST_URL and UPSTASH_REDIS_REST_TOKEN must be set together",
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

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

export class EnvError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Invalid environment:\n${problems.map((problem) => `  - ${problem}`).join("\n")}`);
    this.name = "EnvError";
  }
}

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    throw new EnvError(result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`));
  }
  return result.data;
}

export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/** Tests that set a variable after something already read the environment (e.g. a local fake's URL). */
export function reloadEnvForTests(): void {
  cached = undefined;
}
