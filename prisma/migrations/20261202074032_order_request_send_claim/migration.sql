-- AlterTable
ALTER TABLE "order_requests" ADD COLUMN     "send_claimed_at" TIMESTAMP(3);
