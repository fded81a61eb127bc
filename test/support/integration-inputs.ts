// Request bodies for integrations, shared by tests.

/** A Service Account Azure integration (its secret expires: Entra ID). */
export const azure = (secret: string, name = "Azure", extra: Record<string, unknown> = {}) => ({
  name,
  template: "azure",
  config: {
    auth_type: "Service Account",
    client_id: "23a0078b-cd0d-489f-8e00-e5116c71db9b",
    client_secret: secret,
    scopes: "api://x/.default",
    tenant_id: "a0b52758-d0b5-4b27-a6c0-13ca07eabdd7",
  },
  ...extra,
});
