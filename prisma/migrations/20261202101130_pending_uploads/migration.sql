-- CreateEnum
CREATE TYPE "PendingUploadStatus" AS ENUM ('AWAITING', 'READY', 'DELETING');

-- CreateTable
CREATE TABLE "pending_uploads" (
    "id" UUID NOT NULL,
    "user_id" TEXT NOT NULL,
    "status" "PendingUploadStatus" NOT NULL DEFAULT 'AWAITING',
    "file_name" TEXT NOT NULL,
    "declared_size" INTEGER NOT NULL,
    "key" TEXT,
    "mime" TEXT,
    "size" INTEGER,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "ready_at" TIMESTAMP(3),

    CONSTRAINT "pending_uploads_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "pending_uploads_key_key" ON "pending_uploads"("key");

-- CreateIndex
CREATE INDEX "pending_uploads_user_id_status_idx" ON "pending_uploads"("user_id", "status");

-- CreateIndex
CREATE INDEX "pending_uploads_status_created_at_idx" ON "pending_uploads"("status", "created_at");

-- AddForeignKey
ALTER TABLE "pending_uploads" ADD CONSTRAINT "pending_uploads_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
