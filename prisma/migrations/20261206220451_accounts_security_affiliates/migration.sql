-- CreateEnum
CREATE TYPE "AffiliatePayoutMethod" AS ENUM ('BALANCE', 'BKASH', 'NAGAD');

-- CreateEnum
CREATE TYPE "AffiliatePayoutStatus" AS ENUM ('PENDING', 'PAID', 'REJECTED');

-- AlterEnum
ALTER TYPE "LedgerKind" ADD VALUE 'AFFILIATE_PAYOUT';

-- AlterTable
ALTER TABLE "user_sessions" ADD COLUMN     "acting_as_user_id" TEXT,
ADD COLUMN     "acting_started_at" TIMESTAMP(3),
ADD COLUMN     "second_factor_at" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "users" ADD COLUMN     "affiliate_balance" DECIMAL(20,4) NOT NULL DEFAULT 0,
ADD COLUMN     "affiliate_percent" DECIMAL(6,3),
ADD COLUMN     "referral_code" TEXT,
ADD COLUMN     "referral_visits" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "referred_by_id" TEXT,
ADD COLUMN     "totp_enabled_at" TIMESTAMP(3),
ADD COLUMN     "totp_last_step" INTEGER,
ADD COLUMN     "totp_secret" TEXT;

-- CreateTable
CREATE TABLE "recovery_codes" (
    "id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "code_hash" TEXT NOT NULL,
    "used_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "recovery_codes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "accounts" (
    "id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "provider_account_id" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "accounts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "affiliate_commissions" (
    "id" TEXT NOT NULL,
    "referrer_id" TEXT NOT NULL,
    "referred_user_id" TEXT NOT NULL,
    "order_id" INTEGER NOT NULL,
    "order_revenue" DECIMAL(20,4) NOT NULL,
    "percent" DECIMAL(6,3) NOT NULL,
    "amount" DECIMAL(20,4) NOT NULL,
    "reversed_amount" DECIMAL(20,4) NOT NULL DEFAULT 0,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "affiliate_commissions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "affiliate_payouts" (
    "id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "amount" DECIMAL(20,4) NOT NULL,
    "method" "AffiliatePayoutMethod" NOT NULL,
    "account_number" TEXT,
    "status" "AffiliatePayoutStatus" NOT NULL,
    "note" TEXT,
    "decided_by_id" TEXT,
    "decided_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "affiliate_payouts_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "recovery_codes_user_id_code_hash_key" ON "recovery_codes"("user_id", "code_hash");

-- CreateIndex
CREATE INDEX "accounts_user_id_idx" ON "accounts"("user_id");

-- CreateIndex
CREATE UNIQUE INDEX "accounts_provider_provider_account_id_key" ON "accounts"("provider", "provider_account_id");

-- CreateIndex
CREATE UNIQUE INDEX "affiliate_commissions_order_id_key" ON "affiliate_commissions"("order_id");

-- CreateIndex
CREATE INDEX "affiliate_commissions_referrer_id_created_at_idx" ON "affiliate_commissions"("referrer_id", "created_at" DESC);

-- CreateIndex
CREATE INDEX "affiliate_payouts_user_id_created_at_idx" ON "affiliate_payouts"("user_id", "created_at" DESC);

-- CreateIndex
CREATE INDEX "affiliate_payouts_status_created_at_idx" ON "affiliate_payouts"("status", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "users_referral_code_key" ON "users"("referral_code");

-- CreateIndex
CREATE INDEX "users_referred_by_id_idx" ON "users"("referred_by_id");

-- AddForeignKey
ALTER TABLE "users" ADD CONSTRAINT "users_referred_by_id_fkey" FOREIGN KEY ("referred_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "user_sessions" ADD CONSTRAINT "user_sessions_acting_as_user_id_fkey" FOREIGN KEY ("acting_as_user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "recovery_codes" ADD CONSTRAINT "recovery_codes_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "accounts" ADD CONSTRAINT "accounts_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "affiliate_commissions" ADD CONSTRAINT "affiliate_commissions_referrer_id_fkey" FOREIGN KEY ("referrer_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "affiliate_commissions" ADD CONSTRAINT "affiliate_commissions_order_id_fkey" FOREIGN KEY ("order_id") REFERENCES "orders"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "affiliate_payouts" ADD CONSTRAINT "affiliate_payouts_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "affiliate_payouts" ADD CONSTRAINT "affiliate_payouts_decided_by_id_fkey" FOREIGN KEY ("decided_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- A commission's reversals never exceed it; payouts are positive.
ALTER TABLE "affiliate_commissions" ADD CONSTRAINT "affiliate_commissions_reversed_within_amount" CHECK ("reversed_amount" >= 0 AND "reversed_amount" <= "amount");
ALTER TABLE "affiliate_payouts" ADD CONSTRAINT "affiliate_payouts_amount_positive" CHECK ("amount" > 0);
-- A withdrawal names its number; a balance payout has none.
ALTER TABLE "affiliate_payouts" ADD CONSTRAINT "affiliate_payouts_number_for_withdrawals" CHECK (("method" = 'BALANCE') = ("account_number" IS NULL));
-- Nobody refers themselves.
ALTER TABLE "users" ADD CONSTRAINT "users_not_self_referred" CHECK ("referred_by_id" IS NULL OR "referred_by_id" <> "id");
