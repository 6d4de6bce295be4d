-- AlterTable
ALTER TABLE "demo_provider_orders" ADD COLUMN     "parent_id" INTEGER;

-- CreateIndex
CREATE INDEX "demo_provider_orders_parent_id_idx" ON "demo_provider_orders"("parent_id");

-- AddForeignKey
ALTER TABLE "demo_provider_orders" ADD CONSTRAINT "demo_provider_orders_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "demo_provider_orders"("id") ON DELETE CASCADE ON UPDATE CASCADE;
