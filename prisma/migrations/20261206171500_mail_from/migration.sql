-- AlterTable
ALTER TABLE "mail_messages" ADD COLUMN     "from" TEXT NOT NULL DEFAULT '';
