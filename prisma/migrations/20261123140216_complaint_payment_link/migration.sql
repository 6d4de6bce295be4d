-- AddForeignKey
ALTER TABLE "complaint_links" ADD CONSTRAINT "complaint_links_payment_id_fkey" FOREIGN KEY ("payment_id") REFERENCES "payments"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
