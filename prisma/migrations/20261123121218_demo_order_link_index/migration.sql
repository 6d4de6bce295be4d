-- CreateIndex
CREATE INDEX "demo_provider_orders_service_id_link_idx" ON "demo_provider_orders"("service_id", "link");
