-- AlterTable
ALTER TABLE "complaint_categories" ADD COLUMN     "name_bn" TEXT;

-- AlterTable
ALTER TABLE "ledger_entries" ADD COLUMN     "memo_message" JSONB;

-- AlterTable
ALTER TABLE "notifications" ADD COLUMN     "message" JSONB;
