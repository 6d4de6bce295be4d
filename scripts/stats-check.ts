// `npm run stats:check`: the owner's order totals equal a recount from the orders (docs/REPORTS.md).
// Exits 1 on any difference, so it can run from cron or CI, like ledger:check.
import { runAgainstPanelDatabase } from "./lib/panel-database";

await runAgainstPanelDatabase(async () => {
  const { checkOrderStats } = await import("@/lib/reports/check-order-stats");
  const report = await checkOrderStats();
  console.log(`Recounted ${report.orders} orders into every kept total and summary.`);
  for (const row of report.mismatches) console.log(`MISMATCH ${row.table} ${row.key}: recount ${row.counted} ≠ kept ${row.kept}`);
  const failed = report.mismatches.length > 0;
  console.log(failed ? "Stats check FAILED: find the cause, then SELECT rebuild_order_stats()." : "Stats check passed.");
  return { failed };
});
