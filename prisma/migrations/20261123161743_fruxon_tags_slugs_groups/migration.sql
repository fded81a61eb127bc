-- Fruxon's door and Posit's users/groups: integration slugs and tags, usernames, groups and
-- integration permissions. Existing rows get generated slugs and usernames.

-- Integration slug (Fruxon's `id`): for rows made before slugs, the name (or template) reduced to
-- letters, digits, "_" and "-", plus the first 8 hex digits of the guid so it is unique.
ALTER TABLE "integrations" ADD COLUMN "slug" TEXT;
ALTER TABLE "integrations" ADD COLUMN "tags" TEXT[] DEFAULT ARRAY[]::TEXT[];
UPDATE "integrations"
   SET "slug" = left(trim(both '-' from regexp_replace(lower(COALESCE(NULLIF("name", ''), "template")), '[^a-z0-9_-]+', '-', 'g')), 40)
                || '-' || substr(replace("guid"::text, '-', ''), 1, 8);
ALTER TABLE "integrations" ALTER COLUMN "slug" SET NOT NULL;
ALTER TABLE "integrations" ALTER COLUMN "slug" SET DEFAULT ('i-'::text || substr(replace((gen_random_uuid())::text, '-'::text, ''::text), 1, 16));
CREATE UNIQUE INDEX "integrations_organization_id_slug_key" ON "integrations"("organization_id", "slug");
CREATE INDEX "integrations_tags_idx" ON "integrations" USING GIN ("tags");

-- Username: the email's local part reduced to letters, digits, ".", "_" and "-" (a second
-- account with the same local part gets "-2", "-3", ...)
ALTER TABLE "users" ADD COLUMN "username" TEXT;
WITH derived AS (
  SELECT "id",
         COALESCE(NULLIF(left(regexp_replace(lower(split_part("email", '@', 1)), '[^a-z0-9._-]+', '_', 'g'), 60), ''), 'user') AS base,
         row_number() OVER (
           PARTITION BY COALESCE(NULLIF(left(regexp_replace(lower(split_part("email", '@', 1)), '[^a-z0-9._-]+', '_', 'g'), 60), ''), 'user')
           ORDER BY "created_at", "id") AS n
    FROM "users"
)
UPDATE "users" u
   SET "username" = CASE WHEN d.n = 1 THEN d.base ELSE d.base || '-' || d.n END
  FROM derived d
 WHERE d."id" = u."id";
ALTER TABLE "users" ALTER COLUMN "username" SET NOT NULL;
CREATE UNIQUE INDEX "users_username_key" ON "users"("username");

-- CreateTable
CREATE TABLE "groups" (
    "id" UUID NOT NULL,
    "organization_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "groups_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "group_members" (
    "id" BIGSERIAL NOT NULL,
    "group_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "group_members_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "integration_permissions" (
    "id" BIGSERIAL NOT NULL,
    "guid" UUID NOT NULL,
    "integration_id" BIGINT NOT NULL,
    "user_id" UUID,
    "group_id" UUID,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "integration_permissions_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "integration_permissions_one_principal" CHECK (("user_id" IS NULL) <> ("group_id" IS NULL))
);

CREATE UNIQUE INDEX "groups_organization_id_name_key" ON "groups"("organization_id", "name");
CREATE UNIQUE INDEX "group_members_group_id_user_id_key" ON "group_members"("group_id", "user_id");
CREATE INDEX "group_members_user_id_idx" ON "group_members"("user_id");
CREATE UNIQUE INDEX "integration_permissions_guid_key" ON "integration_permissions"("guid");
CREATE INDEX "integration_permissions_integration_id_idx" ON "integration_permissions"("integration_id");
CREATE INDEX "integration_permissions_user_id_idx" ON "integration_permissions"("user_id");
CREATE INDEX "integration_permissions_group_id_idx" ON "integration_permissions"("group_id");

ALTER TABLE "groups" ADD CONSTRAINT "groups_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "group_members" ADD CONSTRAINT "group_members_group_id_fkey" FOREIGN KEY ("group_id") REFERENCES "groups"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "group_members" ADD CONSTRAINT "group_members_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "integration_permissions" ADD CONSTRAINT "integration_permissions_integration_id_fkey" FOREIGN KEY ("integration_id") REFERENCES "integrations"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "integration_permissions" ADD CONSTRAINT "integration_permissions_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "integration_permissions" ADD CONSTRAINT "integration_permissions_group_id_fkey" FOREIGN KEY ("group_id") REFERENCES "groups"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Content owners (Posit's owner_guid): associations check that the owner may use the integration.
ALTER TABLE "content_items" ADD COLUMN "owner_id" UUID;
ALTER TABLE "content_items" ADD CONSTRAINT "content_items_owner_id_fkey" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
