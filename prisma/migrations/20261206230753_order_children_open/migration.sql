-- CreateIndex
CREATE INDEX "order_children_open_idx" ON "order_children"("order_id") WHERE ((status IS NULL) OR (status = ANY (ARRAY['PENDING'::"OrderStatus", 'PROCESSING'::"OrderStatus", 'IN_PROGRESS'::"OrderStatus", 'UNCERTAIN'::"OrderStatus"])));
