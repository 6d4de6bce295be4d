-- DropIndex
DROP INDEX "orders_provider_id_provider_order_id_key";

-- CreateIndex
CREATE UNIQUE INDEX "orders_provider_order_id_live_key" ON "orders"("provider_id", "provider_order_id") WHERE (status = ANY (ARRAY['PENDING'::"OrderStatus", 'PROCESSING'::"OrderStatus", 'IN_PROGRESS'::"OrderStatus", 'UNCERTAIN'::"OrderStatus"]));
