// Refuses to run against anything but the suite's own local console (dub's assert-local-database).
import { E2E_BASE_URL } from "../../playwright.config";

export default async function globalSetup() {
  const url = new URL(E2E_BASE_URL);
  if (!["localhost", "127.0.0.1"].includes(url.hostname)) throw new Error(`e2e tests only run against a local console, not ${url.host}`);
}
