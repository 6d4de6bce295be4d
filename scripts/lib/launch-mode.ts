// Tooling: decides the runtime mode before anything starts. Outside local mode the whole environment
// is checked first (lib/env.ts), so a production start never starts the embedded PostgreSQL,
// generates a secret or seeds demo accounts: it exits with every missing variable named.
import { envProblems } from "@/lib/env";
import { decideRuntimeMode, type RuntimeMode } from "@/lib/system/mode-rules";

export function launchMode(log: (line: string) => void): RuntimeMode {
  const decision = decideRuntimeMode(process.env);
  if ("problem" in decision) fail([decision.problem]);
  else if (decision.mode !== "local") {
    const problems = envProblems(process.env);
    if (problems.length) fail(problems);
  }
  const { mode, because } = decision as { mode: RuntimeMode; because: string };
  log(`Runtime mode: ${mode} (${because})`);
  // `next start` sets NODE_ENV=production itself: the server must keep the mode decided here.
  process.env.PANEL_MODE = mode;
  return mode;
}

function fail(problems: string[]): never {
  console.error(
    `\n[panel] Not starting:\n${problems.map((problem) => `  - ${problem}`).join("\n")}\nSee .env.example and the README's "Runtime modes".\n`,
  );
  process.exit(1);
}
