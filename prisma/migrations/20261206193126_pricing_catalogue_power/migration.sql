-- CreateEnum
CREATE TYPE "PriceScope" AS ENUM ('ALL', 'CATEGORY', 'SERVICE');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "LedgerKind" ADD VALUE 'DEPOSIT_BONUS';
ALTER TYPE "LedgerKind" ADD VALUE 'DEPOSIT_BONUS_REVERSAL';

-- AlterTable
ALTER TABLE "orders" ADD COLUMN     "fallback_at" TIMESTAMP(3),
ADD COLUMN     "provider_service_id" TEXT,
ADD COLUMN     "provider_service_rate" DECIMAL(20,7);

-- AlterTable
ALTER TABLE "payments" ADD COLUMN     "bonus_amount" DECIMAL(20,4);

-- AlterTable
ALTER TABLE "services" ADD COLUMN     "fallback_provider_id" TEXT,
ADD COLUMN     "fallback_provider_rate" DECIMAL(20,7),
ADD COLUMN     "fallback_provider_service_id" TEXT;

-- AlterTable
ALTER TABLE "users" ADD COLUMN     "deposited_total" DECIMAL(20,4) NOT NULL DEFAULT 0,
ADD COLUMN     "last_sign_in_at" TIMESTAMP(3),
ADD COLUMN     "price_group_id" TEXT,
ADD COLUMN     "spent_total" DECIMAL(20,4) NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "price_groups" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "percent" DECIMAL(8,4) NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "price_groups_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "customer_prices" (
    "id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "scope" "PriceScope" NOT NULL,
    "category_id" TEXT,
    "service_id" INTEGER,
    "target" TEXT NOT NULL,
    "percent" DECIMAL(8,4),
    "rate" DECIMAL(20,4),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "customer_prices_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "deposit_bonus_rules" (
    "id" TEXT NOT NULL,
    "method" "PaymentMethod",
    "min_amount" DECIMAL(20,4) NOT NULL,
    "max_amount" DECIMAL(20,4),
    "percent" DECIMAL(8,4) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "deposit_bonus_rules_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "price_groups_name_key" ON "price_groups"("name");

-- CreateIndex
CREATE INDEX "customer_prices_service_id_idx" ON "customer_prices"("service_id");

-- CreateIndex
CREATE UNIQUE INDEX "customer_prices_user_id_target_key" ON "customer_prices"("user_id", "target");

-- CreateIndex
CREATE INDEX "deposit_bonus_rules_active_idx" ON "deposit_bonus_rules"("active");

-- CreateIndex
CREATE INDEX "users_price_group_id_idx" ON "users"("price_group_id");

-- CreateIndex
CREATE INDEX "users_deposited_total_idx" ON "users"("deposited_total");

-- CreateIndex
CREATE INDEX "users_spent_total_idx" ON "users"("spent_total");

-- CreateIndex
CREATE INDEX "users_last_sign_in_at_idx" ON "users"("last_sign_in_at");

-- AddForeignKey
ALTER TABLE "users" ADD CONSTRAINT "users_price_group_id_fkey" FOREIGN KEY ("price_group_id") REFERENCES "price_groups"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "services" ADD CONSTRAINT "services_fallback_provider_id_fkey" FOREIGN KEY ("fallback_provider_id") REFERENCES "providers"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "customer_prices" ADD CONSTRAINT "customer_prices_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "customer_prices" ADD CONSTRAINT "customer_prices_category_id_fkey" FOREIGN KEY ("category_id") REFERENCES "categories"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "customer_prices" ADD CONSTRAINT "customer_prices_service_id_fkey" FOREIGN KEY ("service_id") REFERENCES "services"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A customer's price is a percentage (on everything or a category) or a fixed rate (one service), never both.
ALTER TABLE "customer_prices" ADD CONSTRAINT "customer_prices_kind_check" CHECK (
  (scope = 'ALL' AND category_id IS NULL AND service_id IS NULL AND percent IS NOT NULL AND rate IS NULL)
  OR (scope = 'CATEGORY' AND category_id IS NOT NULL AND service_id IS NULL AND percent IS NOT NULL AND rate IS NULL)
  OR (scope = 'SERVICE' AND service_id IS NOT NULL AND category_id IS NULL AND rate IS NOT NULL AND percent IS NULL)
);

-- Orders already placed are sent as their service's upstream id and priced at its rate, as before.
UPDATE "orders" o
   SET "provider_service_id" = s."provider_service_id",
       "provider_service_rate" = s."provider_rate"
  FROM "services" s
 WHERE s."id" = o."service_id" AND o."mode" = 'AUTO' AND o."provider_service_id" IS NULL;

-- The users list's totals start from the ledger they summarise.
UPDATE "users" u
   SET "deposited_total" = t.deposited, "spent_total" = t.spent
  FROM (
    SELECT "user_id",
           COALESCE(SUM("amount") FILTER (WHERE "kind" IN ('DEPOSIT', 'DEPOSIT_REVERSAL')), 0) AS deposited,
           COALESCE(-SUM("amount") FILTER (WHERE "kind" IN ('ORDER_CHARGE', 'ORDER_REFUND')), 0) AS spent
      FROM "ledger_entries"
     GROUP BY "user_id"
  ) t
 WHERE t."user_id" = u."id";
