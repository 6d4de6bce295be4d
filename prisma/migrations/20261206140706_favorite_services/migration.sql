-- CreateTable
CREATE TABLE "favorite_services" (
    "user_id" TEXT NOT NULL,
    "service_id" INTEGER NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "favorite_services_pkey" PRIMARY KEY ("user_id","service_id")
);

-- CreateIndex
CREATE INDEX "favorite_services_service_id_idx" ON "favorite_services"("service_id");

-- AddForeignKey
ALTER TABLE "favorite_services" ADD CONSTRAINT "favorite_services_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "favorite_services" ADD CONSTRAINT "favorite_services_service_id_fkey" FOREIGN KEY ("service_id") REFERENCES "services"("id") ON DELETE CASCADE ON UPDATE CASCADE;
