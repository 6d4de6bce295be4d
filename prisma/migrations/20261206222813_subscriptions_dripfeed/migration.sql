-- CreateEnum
CREATE TYPE "SubscriptionStatus" AS ENUM ('ACTIVE', 'PAUSED', 'COMPLETED', 'EXPIRED', 'CANCELED');

-- AlterTable
ALTER TABLE "demo_provider_orders" ADD COLUMN     "interval" INTEGER,
ADD COLUMN     "params" JSONB,
ADD COLUMN     "runs" INTEGER;

-- AlterTable
ALTER TABLE "orders" ADD COLUMN     "expires_at" TIMESTAMP(3),
ADD COLUMN     "posts_done" INTEGER,
ADD COLUMN     "run_interval" INTEGER,
ADD COLUMN     "run_quantity" INTEGER,
ADD COLUMN     "runs" INTEGER,
ADD COLUMN     "runs_done" INTEGER,
ADD COLUMN     "subscription_posts" INTEGER,
ADD COLUMN     "subscription_status" "SubscriptionStatus";

-- CreateTable
CREATE TABLE "order_children" (
    "id" TEXT NOT NULL,
    "order_id" INTEGER NOT NULL,
    "provider_order_id" TEXT NOT NULL,
    "status" "OrderStatus",
    "quantity" INTEGER,
    "remains" INTEGER,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "order_children_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "order_children_order_id_provider_order_id_key" ON "order_children"("order_id", "provider_order_id");

-- AddForeignKey
ALTER TABLE "order_children" ADD CONSTRAINT "order_children_order_id_fkey" FOREIGN KEY ("order_id") REFERENCES "orders"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Drip-feed orders placed before: their runs and interval were only in params, and quantity is the total.
UPDATE "orders"
   SET "runs" = ("params"->>'runs')::int,
       "run_interval" = ("params"->>'interval')::int,
       "run_quantity" = "quantity" / ("params"->>'runs')::int
 WHERE jsonb_typeof("params"->'runs') = 'number' AND ("params"->>'runs')::int > 0;

-- A drip-feed's units are its runs × per-run quantity; a child belongs once to its order.
ALTER TABLE "orders" ADD CONSTRAINT "orders_dripfeed_shape" CHECK (
  ("runs" IS NULL AND "run_quantity" IS NULL AND "run_interval" IS NULL)
  OR ("runs" > 0 AND "run_quantity" > 0 AND "run_interval" >= 0 AND "quantity" = "runs" * "run_quantity"));
ALTER TABLE "orders" ADD CONSTRAINT "orders_runs_done_within" CHECK ("runs_done" IS NULL OR ("runs_done" >= 0 AND "runs" IS NOT NULL AND "runs_done" <= "runs"));
