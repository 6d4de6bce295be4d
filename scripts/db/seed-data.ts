// Demo data for local mode: created once, found again on every later start.
import { hashPassword } from "@/lib/auth/password";
import { encryptSecret } from "@/lib/crypto/secret-box";
import { db } from "@/lib/db";
import { runtimeMode } from "@/lib/system/runtime-mode";
import { money } from "@/lib/money/money";
import { postLedgerEntry } from "@/lib/wallet/post-ledger-entry";

export const DEMO_ACCOUNTS = [
  { email: "admin@demo.test", password: "demo-admin-pass", fullName: "Demo Admin", role: "ADMIN" as const, opening: null },
  { email: "support@demo.test", password: "demo-support-pass", fullName: "Demo Support", role: "SUPPORT" as const, opening: null },
  { email: "customer@demo.test", password: "demo-customer-pass", fullName: "Demo Customer", role: "CUSTOMER" as const, opening: "5000.00" },
];

/**
 * The demo staff accounts' two-factor key (base32), published in the README like their passwords: staff
 * must sign in with a second factor, so the local panel and the browser tests enrol them with this key.
 * Add it to an authenticator app to sign in as the demo admin or support. Local mode only, as all of this.
 */
export const DEMO_TOTP_SECRET = "DEMOADMINTOTPSECRETLOCALONLY2345";

export async function seedDemoData(): Promise<{ created: string[] }> {
  // The passwords are published in the README: never outside local mode, whoever calls this.
  if (runtimeMode() !== "local") throw new Error(`demo accounts are seeded in local mode only (this is ${runtimeMode()} mode)`);
  const created: string[] = [];
  for (const account of DEMO_ACCOUNTS) {
    const staff = account.role !== "CUSTOMER";
    const existing = await db.user.findUnique({ where: { email: account.email }, select: { id: true } });
    if (existing) {
      // Demo staff seeded before two-factor sign-in (or reset since) get the demo key again.
      if (staff) await db.user.updateMany({ where: { id: existing.id, totpEnabledAt: null }, data: demoSecondFactor() });
      continue;
    }
    const passwordHash = await hashPassword(account.password);
    await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: {
          email: account.email,
          fullName: account.fullName,
          role: account.role,
          passwordHash,
          emailVerifiedAt: new Date(),
          ...(staff ? demoSecondFactor() : {}),
        },
        select: { id: true },
      });
      if (account.opening) {
        await postLedgerEntry(tx, {
          userId: user.id,
          kind: "SEED_CREDIT",
          amount: money(account.opening),
          referenceType: "seed",
          referenceId: account.email,
          memo: { key: "stored.ledger.demoOpening" },
        });
      }
    });
    created.push(account.email);
  }
  // Demo receiving numbers so manual bKash/Nagad can be tried locally (kept if an admin changed them).
  for (const [key, value] of [
    ["payments.bkashNumber", "01700000001"],
    ["payments.nagadNumber", "01800000001"],
  ] as const) {
    await db.setting.upsert({ where: { key }, create: { key, value }, update: {} });
  }
  await seedComplaintCategories();
  return { created };
}

function demoSecondFactor() {
  return { totpSecret: encryptSecret(DEMO_TOTP_SECRET), totpEnabledAt: new Date(), totpLastStep: null };
}

const COMPLAINT_CATEGORIES = [
  ["Order problem", "অর্ডারের সমস্যা"],
  ["Payment problem", "পেমেন্টের সমস্যা"],
  ["Refill or cancel", "রিফিল বা বাতিল"],
  ["Account", "অ্যাকাউন্ট"],
  ["Other", "অন্যান্য"],
];

/** The starting list of complaint categories, once (admins edit them at /admin/complaints/categories). */
async function seedComplaintCategories() {
  if (await db.complaintCategory.count()) return;
  await db.complaintCategory.createMany({
    data: COMPLAINT_CATEGORIES.map(([name, nameBn], index) => ({ name, nameBn, sortOrder: index * 10 })),
    skipDuplicates: true,
  });
}
