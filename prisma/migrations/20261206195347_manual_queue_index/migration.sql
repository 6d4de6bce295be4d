-- CreateIndex
CREATE INDEX "orders_manual_open_idx" ON "orders"("id") WHERE ((mode = 'MANUAL'::"ServiceMode") AND (status = ANY (ARRAY['PENDING'::"OrderStatus", 'PROCESSING'::"OrderStatus", 'IN_PROGRESS'::"OrderStatus"])));
