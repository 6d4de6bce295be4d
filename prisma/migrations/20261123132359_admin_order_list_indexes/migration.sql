-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "pg_trgm";

-- CreateIndex
CREATE INDEX "orders_status_id_idx" ON "orders"("status", "id" DESC);

-- CreateIndex
CREATE INDEX "orders_service_id_id_idx" ON "orders"("service_id", "id" DESC);

-- CreateIndex
CREATE INDEX "orders_provider_id_id_idx" ON "orders"("provider_id", "id" DESC);

-- CreateIndex
CREATE INDEX "orders_provider_order_id_idx" ON "orders"("provider_order_id");

-- CreateIndex
CREATE INDEX "orders_link_idx" ON "orders" USING GIN ("link" gin_trgm_ops);
