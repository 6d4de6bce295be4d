-- CreateIndex
CREATE INDEX "orders_forward_failed_created_at_idx" ON "orders"("created_at") WHERE (status = 'FORWARD_FAILED'::"OrderStatus");
