-- CreateTable
CREATE TABLE "oauth_apps" (
    "id" SERIAL NOT NULL,
    "organization_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "data_store" INTEGER NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "client_id" TEXT NOT NULL,
    "authorize_uri" TEXT NOT NULL,
    "token_uri" TEXT NOT NULL,
    "scope" TEXT NOT NULL DEFAULT '',
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "oauth_apps_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "oauth_profiles" (
    "id" SERIAL NOT NULL,
    "organization_id" UUID NOT NULL,
    "owner_id" UUID NOT NULL,
    "oauth_app_id" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "oauth_profiles_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "oauth_apps_organization_id_id_idx" ON "oauth_apps"("organization_id", "id");

-- CreateIndex
CREATE UNIQUE INDEX "oauth_apps_organization_id_name_key" ON "oauth_apps"("organization_id", "name");

-- CreateIndex
CREATE INDEX "oauth_profiles_organization_id_owner_id_id_idx" ON "oauth_profiles"("organization_id", "owner_id", "id");

-- CreateIndex
CREATE INDEX "oauth_profiles_organization_id_id_idx" ON "oauth_profiles"("organization_id", "id");

-- CreateIndex
CREATE INDEX "oauth_profiles_oauth_app_id_id_idx" ON "oauth_profiles"("oauth_app_id", "id");

-- CreateIndex
CREATE UNIQUE INDEX "oauth_profiles_organization_id_owner_id_name_key" ON "oauth_profiles"("organization_id", "owner_id", "name");

-- AddForeignKey
ALTER TABLE "oauth_apps" ADD CONSTRAINT "oauth_apps_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "oauth_profiles" ADD CONSTRAINT "oauth_profiles_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "oauth_profiles" ADD CONSTRAINT "oauth_profiles_owner_id_fkey" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "oauth_profiles" ADD CONSTRAINT "oauth_profiles_oauth_app_id_fkey" FOREIGN KEY ("oauth_app_id") REFERENCES "oauth_apps"("id") ON DELETE CASCADE ON UPDATE CASCADE;

