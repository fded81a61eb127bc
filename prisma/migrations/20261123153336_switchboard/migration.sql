-- CreateTable
CREATE TABLE "apps" (
    "id" UUID NOT NULL,
    "organization_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "server_name" TEXT NOT NULL,
    "server_url" TEXT NOT NULL,
    "image_url" TEXT,
    "schema_id" TEXT,
    "auth_configs" JSONB NOT NULL DEFAULT '[]',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "apps_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "connections" (
    "id" UUID NOT NULL,
    "organization_id" UUID NOT NULL,
    "app_id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "auth_type" TEXT NOT NULL,
    "data" JSONB NOT NULL DEFAULT '{}',
    "credential_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "connections_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "boards" (
    "id" UUID NOT NULL,
    "organization_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'draft',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "boards_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "board_connections" (
    "board_id" UUID NOT NULL,
    "connection_id" UUID NOT NULL,

    CONSTRAINT "board_connections_pkey" PRIMARY KEY ("board_id","connection_id")
);

-- CreateIndex
CREATE INDEX "apps_organization_id_name_id_idx" ON "apps"("organization_id", "name", "id");

-- CreateIndex
CREATE INDEX "apps_organization_id_created_at_id_idx" ON "apps"("organization_id", "created_at", "id");

-- CreateIndex
CREATE INDEX "connections_organization_id_created_at_id_idx" ON "connections"("organization_id", "created_at", "id");

-- CreateIndex
CREATE INDEX "connections_organization_id_name_id_idx" ON "connections"("organization_id", "name", "id");

-- CreateIndex
CREATE INDEX "connections_organization_id_updated_at_id_idx" ON "connections"("organization_id", "updated_at", "id");

-- CreateIndex
CREATE INDEX "connections_organization_id_app_id_created_at_id_idx" ON "connections"("organization_id", "app_id", "created_at", "id");

-- CreateIndex
CREATE INDEX "boards_organization_id_created_at_id_idx" ON "boards"("organization_id", "created_at", "id");

-- CreateIndex
CREATE INDEX "boards_organization_id_name_id_idx" ON "boards"("organization_id", "name", "id");

-- CreateIndex
CREATE INDEX "board_connections_connection_id_idx" ON "board_connections"("connection_id");

-- AddForeignKey
ALTER TABLE "apps" ADD CONSTRAINT "apps_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "connections" ADD CONSTRAINT "connections_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "boards" ADD CONSTRAINT "boards_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "board_connections" ADD CONSTRAINT "board_connections_board_id_fkey" FOREIGN KEY ("board_id") REFERENCES "boards"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "board_connections" ADD CONSTRAINT "board_connections_connection_id_fkey" FOREIGN KEY ("connection_id") REFERENCES "connections"("id") ON DELETE CASCADE ON UPDATE CASCADE;

