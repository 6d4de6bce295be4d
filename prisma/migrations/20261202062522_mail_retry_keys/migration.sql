-- AlterTable
ALTER TABLE "mail_messages" ADD COLUMN     "idempotency_key" TEXT;

-- AlterTable
ALTER TABLE "notifications" ADD COLUMN     "mail_claimed_at" TIMESTAMP(3);

-- CreateIndex
CREATE UNIQUE INDEX "mail_messages_idempotency_key_key" ON "mail_messages"("idempotency_key");
