-- Each stored secret or token remembers the endpoint it was stored for, and is only ever sent
-- there (lib/server/secrets/endpoint-binding.ts compares normalised URLs, so raw URLs are fine
-- here). Null = never sent anywhere. Existing values are bound to the endpoint they serve today.
ALTER TABLE "secrets" ADD COLUMN "endpoint" TEXT;

-- HDP: an app's client secret and its profiles' tokens go to the app's token URI.
UPDATE "secrets" s SET "endpoint" = a."token_uri"
  FROM "oauth_apps" a
 WHERE s."resource_type" = 'oauthApp' AND s."resource_id" = a."id"::text;
UPDATE "secrets" s SET "endpoint" = a."token_uri"
  FROM "oauth_profiles" p JOIN "oauth_apps" a ON a."id" = p."oauth_app_id"
 WHERE s."resource_type" = 'oauthProfile' AND s."resource_id" = p."id"::text;

-- Integrations: the client secret goes to the template's token URL (lib/templates/registry).
UPDATE "secrets" s SET "endpoint" = CASE i."template"
    WHEN 'custom' THEN i."config"->>'token_uri'
    WHEN 'snowflake' THEN (i."config"->>'account_url') || '/oauth/token-request'
    WHEN 'databricks' THEN (i."config"->>'workspace_host') || '/oidc/v1/token'
    WHEN 'salesforce' THEN (i."config"->>'sf_host_domain') || '/services/oauth2/token'
    WHEN 'msgraph' THEN 'https://login.microsoftonline.com/' || (i."config"->>'tenant_id') || '/oauth2/v2.0/token'
    WHEN 'sharepoint' THEN 'https://login.microsoftonline.com/' || (i."config"->>'tenant_id') || '/oauth2/v2.0/token'
    WHEN 'azure-openai' THEN 'https://login.microsoftonline.com/' || (i."config"->>'tenant_id') || '/oauth2/v2.0/token'
    WHEN 'azure' THEN 'https://login.microsoftonline.com/' || (i."config"->>'tenant_id') || '/oauth2/v2.0/token'
    ELSE NULL END
  FROM "integrations" i
 WHERE s."resource_type" = 'integration' AND s."resource_id" = i."guid"::text AND s."field" = 'client_secret';

-- Versori: an own app's client secret goes to its config's discovery URL or token endpoint.
UPDATE "secrets" s SET "endpoint" = COALESCE(NULLIF(c->'data'->>'discoveryUrl', ''), c->'data'->>'tokenEndpoint')
  FROM "apps" a, jsonb_array_elements(a."auth_configs") c
 WHERE s."resource_type" = 'app' AND s."resource_id" = a."id"::text
   AND s."field" = (c->>'type') || '.clientSecret';
-- A connection's client secret and tokens go where its app's config points.
UPDATE "secrets" s SET "endpoint" = COALESCE(NULLIF(c->'data'->>'discoveryUrl', ''), c->'data'->>'tokenEndpoint')
  FROM "connections" k JOIN "apps" a ON a."id"::text = k."app_id", jsonb_array_elements(a."auth_configs") c
 WHERE s."resource_type" = 'connection' AND s."resource_id" = k."id"::text
   AND c->>'type' = k."auth_type" AND s."field" IN ('clientSecret', 'accessToken', 'refreshToken');
