// Lighthouse (mobile: its default config — a mid-range phone, simulated slow 4G, 4× CPU slowdown) on the
// storefront's `/` and `/services` as a visitor sees them, served by `next start` (the production build)
// over a fresh embedded PostgreSQL holding a catalogue of a realistic size. Debian's chromium, headless.
// Prints the four category scores per page (the median of RUNS runs) and the bytes the page sent.
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { machineLine, startBenchDatabase } from "./lib/bench-database";
import { requireProductionBuild, startNextServer } from "./lib/next-server";

const PORT = Number(process.env.BENCH_PORT ?? 3291);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const PAGES = ["/", "/services"];
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;

requireProductionBuild();
const database = await startBenchDatabase(54373, false);
const { db } = await import("../lib/db");

// 12 categories × 15 services: a mid-sized Bangladeshi panel's public catalogue.
const platforms = ["Facebook", "Instagram", "TikTok", "YouTube", "Telegram", "Twitter"];
const kinds = ["Followers", "Likes"];
for (const [index, name] of platforms.flatMap((platform) => kinds.map((kind) => `${platform} ${kind}`)).entries()) {
  const category = await db.category.create({ data: { name, sortOrder: index } });
  await db.service.createMany({
    data: Array.from({ length: 15 }, (_, n) => ({
      name: `${name} | ${["Real", "HQ", "Cheap", "Instant", "Refill 30 Days"][n % 5]} | Max ${(n + 1) * 10}K`,
      description: "Start: 0-1 hour. Speed: 5K/day. Link: public profile or post URL.",
      categoryId: category.id,
      rate: (25 + n * 13.5 + index).toFixed(4),
      min: 10,
      max: (n + 1) * 10_000,
      mode: "MANUAL" as const,
      refill: n % 2 === 0,
      cancel: n % 3 === 0,
    })),
  });
}

const server = await startNextServer(PORT);
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  chromeFlags: [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
  ],
});

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
console.log(machineLine());
try {
  for (const path of PAGES) {
    const runs: { scores: Record<string, number>; bytes: number; lcp: number; tbt: number }[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      const result = await lighthouse(`http://localhost:${PORT}${path}`, {
        port: chrome.port,
        output: "json",
        logLevel: "error",
        onlyCategories: [...CATEGORIES],
      });
      if (!result) throw new Error(`Lighthouse gave no result for ${path}`);
      const { categories, audits } = result.lhr;
      runs.push({
        scores: Object.fromEntries(CATEGORIES.map((name) => [name, Math.round((categories[name]?.score ?? 0) * 100)])),
        bytes: Number(audits["total-byte-weight"]?.numericValue ?? 0),
        lcp: Number(audits["largest-contentful-paint"]?.numericValue ?? 0),
        tbt: Number(audits["total-blocking-time"]?.numericValue ?? 0),
      });
      const failing = Object.values(audits).filter(
        (audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === "binary",
      );
      if (run === 0 && failing.length) console.log(`  ${path} failing checks: ${failing.map((audit) => audit.id).join(", ")}`);
      if (run === 0) {
        const consoleErrors = (audits["errors-in-console"]?.details as { items?: { description?: string }[] } | undefined)?.items ?? [];
        for (const item of consoleErrors) console.log(`  ${path} console: ${String(item.description).slice(0, 200)}`);
        const requests =
          (audits["network-requests"]?.details as { items?: { url: string; resourceType?: string; transferSize?: number }[] } | undefined)
            ?.items ?? [];
        const kib = (type: string) =>
          Math.round(requests.filter((one) => one.resourceType === type).reduce((sum, one) => sum + (one.transferSize ?? 0), 0) / 1024);
        console.log(
          `  ${path}: document ${kib("Document")} KiB, scripts ${kib("Script")} KiB, styles ${kib("Stylesheet")} KiB (compressed, as sent)`,
        );
      }
    }
    const scores = CATEGORIES.map((name) => `${name} ${median(runs.map((one) => one.scores[name]))}`).join(", ");
    const kb = Math.round(median(runs.map((one) => one.bytes)) / 1024);
    const lcp = (median(runs.map((one) => one.lcp)) / 1000).toFixed(1);
    const tbt = Math.round(median(runs.map((one) => one.tbt)));
    console.log(`${path}: ${scores} (median of ${RUNS}); ${kb} KiB transferred, LCP ${lcp} s, TBT ${tbt} ms`);
  }
} finally {
  await chrome.kill();
  server.stop();
  await db.$disconnect();
  await database.stop();
}
