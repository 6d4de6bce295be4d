// What an operator does once on a fresh production database, run here as its own process in server
// mode (so through PgBouncer and verified TLS like the app): the first admin (no demo account exists
// outside local mode), and, because this run orders from the built-in demo provider (flag on), the
// demo provider's account with the key the admin will enter; and one support category.
//   npx tsx scripts/production-run/operator-setup.ts <admin e-mail> <password>
import { db } from "@/lib/db";
import { ensureDemoAccount } from "@/lib/demo-provider/account";
import { DEMO_PROVIDER_KEY } from "@/lib/demo-provider/seed-demo-provider";
import { runtimeMode } from "@/lib/system/runtime-mode";
import { registerUser } from "@/lib/users/register-user";

const [email, password] = process.argv.slice(2);
if (!email || !password) throw new Error("usage: operator-setup.ts <admin e-mail> <password>");
if (runtimeMode() !== "server") throw new Error(`expected server mode, got ${runtimeMode()}`);
const { userId } = await registerUser({ email, password, fullName: "Production-run Admin" });
await db.user.update({ where: { id: userId }, data: { role: "ADMIN" } });
await ensureDemoAccount(DEMO_PROVIDER_KEY);
// Nothing is seeded outside local mode: the operator names the support categories.
await db.complaintCategory.create({ data: { name: "Order problem" } });
await db.$disconnect();
console.log(`[production-run] admin ${email} created; demo provider account ready`);
