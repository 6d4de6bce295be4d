// Pure rules for the database variables, per runtime mode (lib/env.ts applies them at start-up).
import type { RuntimeMode } from "./mode-rules";

type Source = Record<string, string | undefined>;

function sslmodeOf(url: string | undefined): string | null {
  try {
    return url ? new URL(url.trim()).searchParams.get("sslmode") : null;
  } catch {
    return null; // a malformed URL is the schema's to name
  }
}

export function databaseProblems(mode: RuntimeMode, source: Source): string[] {
  const problems: string[] = [];
  if (source.DATABASE_CA_CERT?.trim() && source.DATABASE_CA_CERT_FILE?.trim()) {
    problems.push(
      "DATABASE_CA_CERT_FILE: give the CA either as DATABASE_CA_CERT (PEM text) or as DATABASE_CA_CERT_FILE (a path), not both",
    );
  }
  if (mode === "local") return problems;
  for (const name of ["DATABASE_URL", "DIRECT_URL"]) {
    if (sslmodeOf(source[name]) === "no-verify") {
      problems.push(
        `${name}: sslmode=no-verify skips the certificate check, which only local mode allows; give the server's CA in DATABASE_CA_CERT or DATABASE_CA_CERT_FILE`,
      );
    }
  }
  return problems;
}
