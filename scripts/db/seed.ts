// `npm run db:seed`: adds the demo accounts to the configured (or embedded) database.
import { ensureLocalSecrets, loadEnvFiles } from "../lib/local-env";
import { prepareDatabase } from "../lib/prepare-database";

loadEnvFiles();
ensureLocalSecrets(console.log);
const { embedded } = await prepareDatabase(console.log);
try {
  const { seedDemoData, DEMO_ACCOUNTS } = await import("./seed-data");
  const { created } = await seedDemoData();
  console.log(created.length ? `Created: ${created.join(", ")}` : "Demo accounts already exist");
  for (const account of DEMO_ACCOUNTS) console.log(`  ${account.role.padEnd(8)} ${account.email} / ${account.password}`);
  const { db } = await import("@/lib/db");
  await db.$disconnect();
} finally {
  await embedded?.stop();
}
