// `npm test`: types, lint, unit + integration (vitest, real PostgreSQL), a production build, then the
// Playwright browser tests. Every suite runs even if an earlier one failed; the exit code and the
// closing "N passed, N failed" line cover them all.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";

type Step = { name: string; command: string[]; env?: Record<string, string> };
type Count = { passed: number; failed: number; skipped: number };

const results: { name: string; ok: boolean; seconds: number }[] = [];
const total: Count = { passed: 0, failed: 0, skipped: 0 };

function run(step: Step): boolean {
  console.log(`\n━━ ${step.name}: ${step.command.join(" ")}`);
  const started = Date.now();
  const result = spawnSync(step.command[0], step.command.slice(1), {
    stdio: "inherit",
    env: { ...process.env, ...step.env },
  });
  const ok = result.status === 0;
  results.push({ name: step.name, ok, seconds: Math.round((Date.now() - started) / 100) / 10 });
  return ok;
}

function readVitest(file: string): Count {
  if (!existsSync(file)) return { passed: 0, failed: 1, skipped: 0 };
  const report = JSON.parse(readFileSync(file, "utf8")) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
    success: boolean;
    numFailedTestSuites: number;
  };
  return {
    passed: report.numPassedTests,
    failed: report.numFailedTests + report.numFailedTestSuites,
    skipped: report.numPendingTests + report.numTodoTests,
  };
}

function readPlaywright(file: string): Count {
  if (!existsSync(file)) return { passed: 0, failed: 1, skipped: 0 };
  const report = JSON.parse(readFileSync(file, "utf8")) as {
    stats: { expected: number; unexpected: number; flaky: number; skipped: number };
  };
  return { passed: report.stats.expected + report.stats.flaky, failed: report.stats.unexpected, skipped: report.stats.skipped };
}

/** Adds a suite's counts; a suite with failures is marked so in the summary even if its runner exited 0. */
function add(count: Count) {
  if (count.failed > 0) results[results.length - 1].ok = false;
  total.passed += count.passed;
  total.failed += count.failed;
  total.skipped += count.skipped;
}

mkdirSync("test-results", { recursive: true });
const bin = (name: string) => `node_modules/.bin/${name}`;

run({ name: "typecheck", command: [bin("tsc"), "--noEmit"] });
run({ name: "lint", command: [bin("eslint"), "."] });
run({ name: "format (Prettier)", command: [bin("prettier"), "--check", "."] });
run({
  name: "unit + integration",
  command: [bin("vitest"), "run", "--reporter=default", "--reporter=json", "--outputFile=test-results/vitest.json"],
});
add(readVitest("test-results/vitest.json"));

if (run({ name: "build", command: [bin("next"), "build"] })) {
  run({ name: "browser (Playwright, Chromium)", command: [bin("playwright"), "test"] });
  add(readPlaywright("test-results/e2e.json"));
} else {
  total.failed += 1;
}

console.log("\n━━ Summary");
for (const result of results) console.log(`${result.ok ? "ok  " : "FAIL"} ${result.name} (${result.seconds} s)`);
const allOk = results.every((result) => result.ok) && total.failed === 0;
console.log(`${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(allOk ? 0 : 1);
