// `npm run ledger:check`: for every user, ledger sum = cached balance, and no balance below its limit.
// Exits 1 when the invariant is broken, so it can run from cron or CI.
import { runAgainstPanelDatabase } from "./lib/panel-database";

await runAgainstPanelDatabase(async () => {
  const { checkLedger } = await import("@/lib/wallet/check-ledger");
  const report = await checkLedger();
  console.log(`Checked ${report.users} users.`);
  for (const row of report.mismatches)
    console.log(`MISMATCH ${row.userId} ${row.email}: balance ${row.balance} ≠ ledger sum ${row.ledgerSum}`);
  for (const row of report.belowLimit)
    console.log(`BELOW LIMIT ${row.userId} ${row.email}: balance ${row.balance}, credit limit ${row.creditLimit}`);
  const failed = report.mismatches.length > 0 || report.belowLimit.length > 0;
  console.log(failed ? "Ledger check FAILED." : "Ledger check passed: every balance equals its ledger sum.");
  return { failed };
});
