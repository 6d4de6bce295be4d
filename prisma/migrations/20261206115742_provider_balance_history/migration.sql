-- CreateEnum
CREATE TYPE "BalanceLevel" AS ENUM ('LOW', 'OUT');

-- AlterTable
ALTER TABLE "providers" ADD COLUMN     "balance_alert_level" "BalanceLevel";

-- CreateTable
CREATE TABLE "provider_balance_snapshots" (
    "id" TEXT NOT NULL,
    "provider_id" TEXT NOT NULL,
    "balance" DECIMAL(20,7) NOT NULL,
    "currency" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "provider_balance_snapshots_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "provider_balance_snapshots_provider_id_created_at_idx" ON "provider_balance_snapshots"("provider_id", "created_at");

-- AddForeignKey
ALTER TABLE "provider_balance_snapshots" ADD CONSTRAINT "provider_balance_snapshots_provider_id_fkey" FOREIGN KEY ("provider_id") REFERENCES "providers"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Providers already alerted under the old rule stay alerted (no second alert for the same crossing).
UPDATE "providers" SET "balance_alert_level" = 'LOW' WHERE "low_balance_alerted_at" IS NOT NULL;
