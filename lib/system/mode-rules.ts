// Pure rules for the runtime modes (docs/ARCHITECTURE.md, "Runtime modes"): which mode an environment means and
// what that mode requires. lib/env.ts applies them; scripts/lib/serve.ts applies them before it
// starts anything, so a production start never falls back to a local stand-in.
export type RuntimeMode = "local" | "server" | "serverless";

type Source = Record<string, string | undefined>;

const MODES: readonly RuntimeMode[] = ["local", "server", "serverless"];

const isSet = (source: Source, name: string) => Boolean(source[name]?.trim());

export type ModeDecision = { mode: RuntimeMode; because: string } | { problem: string };

/** PANEL_MODE when given (Vercel only allows serverless), else Vercel → serverless, NODE_ENV=production → server, else local. */
export function decideRuntimeMode(source: Source): ModeDecision {
  const explicit = source.PANEL_MODE?.trim();
  const onVercel = isSet(source, "VERCEL");
  if (explicit) {
    if (!MODES.includes(explicit as RuntimeMode)) return { problem: `PANEL_MODE: must be one of ${MODES.join(", ")} (got "${explicit}")` };
    if (onVercel && explicit !== "serverless")
      return { problem: `PANEL_MODE: Vercel (VERCEL=1) runs in serverless mode; PANEL_MODE=${explicit} is not allowed there` };
    return { mode: explicit as RuntimeMode, because: `PANEL_MODE=${explicit}` };
  }
  if (onVercel) return { mode: "serverless", because: "VERCEL=1" };
  if (source.NODE_ENV?.trim() === "production") return { mode: "server", because: "NODE_ENV=production" };
  return { mode: "local", because: "NODE_ENV is not production" };
}

/** The public URL: APP_URL, else localhost in local mode, else the deployment's own URL on a Vercel preview. */
export function resolveAppUrl(mode: RuntimeMode, source: Source): string | undefined {
  const explicit = source.APP_URL?.trim();
  if (explicit) return explicit;
  if (mode === "local") return "http://localhost:3000";
  if (mode === "serverless" && source.VERCEL_ENV?.trim() !== "production") {
    const host = source.VERCEL_URL?.trim() || source.VERCEL_BRANCH_URL?.trim();
    if (host) return `https://${host}`;
  }
  return undefined;
}

// Cloud parts that come as two variables: one without the other is never a silent fallback.
const PAIRS: readonly [string, string][] = [
  ["INNGEST_EVENT_KEY", "INNGEST_SIGNING_KEY"],
  ["UPSTASH_REDIS_REST_URL", "UPSTASH_REDIS_REST_TOKEN"],
];

const ALWAYS_REQUIRED = ["DATABASE_URL", "AUTH_SECRET", "ENCRYPTION_KEY"];
const SERVERLESS_REQUIRED = ["DIRECT_URL", ...PAIRS.flat(), "UPLOADTHING_TOKEN", "RESEND_API_KEY"];

/** Variables the mode needs that are not set (alternatives written "A (or B=value)"). */
export function missingForMode(mode: RuntimeMode, source: Source): string[] {
  if (mode === "local") return [];
  const missing = ALWAYS_REQUIRED.filter((name) => !isSet(source, name));
  if (!resolveAppUrl(mode, source)) missing.push("APP_URL");
  if (mode === "server" && !isSet(source, "RESEND_API_KEY") && source.MAIL_TRANSPORT?.trim() !== "log") {
    missing.push("RESEND_API_KEY (or MAIL_TRANSPORT=log)");
  }
  if (mode === "serverless") missing.push(...SERVERLESS_REQUIRED.filter((name) => !isSet(source, name)));
  return missing;
}

/** Every problem of this environment for its mode, each naming its variable; empty when it may start. */
export function modeProblems(mode: RuntimeMode, because: string, source: Source): string[] {
  const problems: string[] = [];
  const missing = missingForMode(mode, source);
  if (missing.length) problems.push(`${mode} mode (${because}) requires these variables, which are not set: ${missing.join(", ")}`);
  for (const [first, second] of PAIRS) {
    if (isSet(source, first) === isSet(source, second) || missing.includes(first) || missing.includes(second)) continue;
    const absent = isSet(source, first) ? second : first;
    problems.push(`${absent}: ${first} and ${second} must be set together (only ${absent === first ? second : first} is set)`);
  }
  if (mode === "local") return problems;
  const appUrl = resolveAppUrl(mode, source);
  if (appUrl && !appUrl.startsWith("https://"))
    problems.push(`APP_URL: must be an https URL in ${mode} mode (payment callbacks and e-mailed links use it)`);
  const localOnly: [string, boolean, string][] = [
    ["PANEL_DATABASE_MODE", source.PANEL_DATABASE_MODE?.trim() === "embedded", "the embedded PostgreSQL is for local mode only"],
    ["INNGEST_DEV", isSet(source, "INNGEST_DEV"), "the Inngest dev server is for local mode only"],
    ["PANEL_SEED_DEMO", source.PANEL_SEED_DEMO?.trim() === "1", "demo accounts are seeded in local mode only"],
  ];
  for (const [name, present, why] of localOnly) if (present) problems.push(`${name}: ${why}`);
  return problems;
}
