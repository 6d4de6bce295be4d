-- CreateEnum
CREATE TYPE "ProviderStatus" AS ENUM ('ACTIVE', 'DISABLED');

-- CreateEnum
CREATE TYPE "CatalogStatus" AS ENUM ('ACTIVE', 'DISABLED');

-- CreateEnum
CREATE TYPE "ServiceType" AS ENUM ('DEFAULT', 'PACKAGE', 'CUSTOM_COMMENTS', 'CUSTOM_COMMENTS_PACKAGE', 'MENTIONS_WITH_HASHTAGS', 'MENTIONS_CUSTOM_LIST', 'MENTIONS_HASHTAG', 'MENTIONS_USER_FOLLOWERS', 'MENTIONS_MEDIA_LIKERS', 'COMMENT_LIKES', 'POLL', 'SEO', 'SUBSCRIPTIONS');

-- CreateEnum
CREATE TYPE "ServiceMode" AS ENUM ('AUTO', 'MANUAL');

-- CreateEnum
CREATE TYPE "MarkupKind" AS ENUM ('PERCENT', 'FIXED');

-- CreateTable
CREATE TABLE "settings" (
    "key" TEXT NOT NULL,
    "value" JSONB NOT NULL,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "settings_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "providers" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "api_url" TEXT NOT NULL,
    "api_key_encrypted" TEXT NOT NULL,
    "api_key_hint" TEXT NOT NULL,
    "status" "ProviderStatus" NOT NULL DEFAULT 'ACTIVE',
    "is_demo" BOOLEAN NOT NULL DEFAULT false,
    "balance" DECIMAL(20,7),
    "currency" TEXT,
    "balance_checked_at" TIMESTAMP(3),
    "low_balance_threshold" DECIMAL(20,7),
    "low_balance_alerted_at" TIMESTAMP(3),
    "last_synced_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "providers_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "categories" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "status" "CatalogStatus" NOT NULL DEFAULT 'ACTIVE',
    "sort_order" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "categories_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "services" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "category_id" TEXT NOT NULL,
    "provider_id" TEXT,
    "provider_service_id" TEXT,
    "type" "ServiceType" NOT NULL DEFAULT 'DEFAULT',
    "rate" DECIMAL(20,4) NOT NULL,
    "provider_rate" DECIMAL(20,7),
    "provider_currency" TEXT,
    "markup_kind" "MarkupKind",
    "markup_value" DECIMAL(20,4),
    "round_to" DECIMAL(20,4),
    "min" INTEGER NOT NULL,
    "max" INTEGER NOT NULL,
    "mode" "ServiceMode" NOT NULL DEFAULT 'AUTO',
    "status" "CatalogStatus" NOT NULL DEFAULT 'ACTIVE',
    "refill" BOOLEAN NOT NULL DEFAULT false,
    "refill_days" INTEGER,
    "cancel" BOOLEAN NOT NULL DEFAULT false,
    "dripfeed" BOOLEAN NOT NULL DEFAULT false,
    "vanished_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "services_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "service_changes" (
    "id" TEXT NOT NULL,
    "service_id" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "price_rise" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "service_changes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "demo_provider_orders" (
    "id" SERIAL NOT NULL,
    "service_id" INTEGER NOT NULL,
    "link" TEXT NOT NULL,
    "quantity" INTEGER NOT NULL,
    "charge" DECIMAL(20,7) NOT NULL,
    "start_count" INTEGER NOT NULL,
    "outcome" TEXT NOT NULL,
    "duration_ms" INTEGER NOT NULL,
    "final_remains" INTEGER NOT NULL,
    "cancel_requested_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "demo_provider_orders_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "demo_provider_refills" (
    "id" SERIAL NOT NULL,
    "order_id" INTEGER NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "demo_provider_refills_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "demo_provider_account" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "api_key_hash" TEXT NOT NULL,
    "balance" DECIMAL(20,7) NOT NULL,
    "currency" TEXT NOT NULL DEFAULT 'USD',

    CONSTRAINT "demo_provider_account_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "providers_name_key" ON "providers"("name");

-- CreateIndex
CREATE UNIQUE INDEX "categories_name_key" ON "categories"("name");

-- CreateIndex
CREATE INDEX "categories_sort_order_idx" ON "categories"("sort_order");

-- CreateIndex
CREATE INDEX "services_category_id_status_idx" ON "services"("category_id", "status");

-- CreateIndex
CREATE INDEX "services_status_idx" ON "services"("status");

-- CreateIndex
CREATE UNIQUE INDEX "services_provider_id_provider_service_id_key" ON "services"("provider_id", "provider_service_id");

-- CreateIndex
CREATE INDEX "service_changes_created_at_idx" ON "service_changes"("created_at");

-- CreateIndex
CREATE INDEX "service_changes_service_id_created_at_idx" ON "service_changes"("service_id", "created_at");

-- AddForeignKey
ALTER TABLE "services" ADD CONSTRAINT "services_category_id_fkey" FOREIGN KEY ("category_id") REFERENCES "categories"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "services" ADD CONSTRAINT "services_provider_id_fkey" FOREIGN KEY ("provider_id") REFERENCES "providers"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "service_changes" ADD CONSTRAINT "service_changes_service_id_fkey" FOREIGN KEY ("service_id") REFERENCES "services"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "demo_provider_refills" ADD CONSTRAINT "demo_provider_refills_order_id_fkey" FOREIGN KEY ("order_id") REFERENCES "demo_provider_orders"("id") ON DELETE CASCADE ON UPDATE CASCADE;
