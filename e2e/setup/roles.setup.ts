// Creates a publisher and a viewer through the admin CLI and an API key for each role.
import { expect, test as setup } from "@playwright/test";
import { consoleCli } from "../support/cli";
import { unique } from "../support/helpers";
import { saveRoleKeys } from "../support/roles";

setup("users and API keys for every role, through the CLI", async () => {
  const password = "role-password-123";
  const publisherEmail = `${unique("publisher")}@example.com`;
  const viewerEmail = `${unique("viewer")}@example.com`;
  consoleCli(["user", "create", "--email", publisherEmail, "--role", "publisher", "--password", password]);
  consoleCli(["user", "create", "--email", viewerEmail, "--role", "viewer", "--password", password]);
  const admin = consoleCli(["api-key", "create", "--user", "e2e-admin@example.com", "--name", "e2e admin"]);
  const publisher = consoleCli(["api-key", "create", "--user", publisherEmail, "--name", "e2e publisher"]);
  const viewer = consoleCli(["api-key", "create", "--user", viewerEmail, "--name", "e2e viewer"]);
  for (const key of [admin, publisher, viewer]) expect(key).toMatch(/^ic_[A-Za-z0-9]{8}_[A-Za-z0-9_-]{43}$/);
  saveRoleKeys({ admin, publisher, viewer, publisherEmail, viewerEmail, password });
});
