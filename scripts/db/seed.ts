// `npm run db:seed`: adds the demo accounts to the configured (or embedded) database.
// Local mode only: the demo accounts have published passwords.
import { decideRuntimeMode } from "@/lib/system/mode-rules";
import { ensureLocalSecrets, loadEnvFiles } from "../lib/local-env";
import { prepareDatabase } from "../lib/prepare-database";

loadEnvFiles();
const decision = decideRuntimeMode(process.env);
if (!("mode" in decision) || decision.mode !== "local") {
  console.error(
    `Refusing to seed demo accounts outside local mode (${"mode" in decision ? `${decision.mode}: ${decision.because}` : decision.problem}).`,
  );
  process.exit(1);
}
ensureLocalSecrets(console.log);
const { embedded } = await prepareDatabase(console.log, "local");
try {
  const { seedDemoData, DEMO_ACCOUNTS, DEMO_TOTP_SECRET } = await import("./seed-data");
  const { created } = await seedDemoData();
  console.log(created.length ? `Created: ${created.join(", ")}` : "Demo accounts already exist");
  for (const account of DEMO_ACCOUNTS) console.log(`  ${account.role.padEnd(8)} ${account.email} / ${account.password}`);
  console.log(`  staff two-factor key (add it to an authenticator app): ${DEMO_TOTP_SECRET}`);
  const { db } = await import("@/lib/db");
  await db.$disconnect();
} finally {
  await embedded?.stop();
}
