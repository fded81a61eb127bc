import { describe, expect, it } from "vitest";
import { crumbsFor } from "./breadcrumbs";

describe("crumbsFor", () => {
  it("names a section the role cannot open by its section name (the 403 page), not its path", () => {
    expect(crumbsFor("/audit", [{ href: "/", label: "Home" }]).map((c) => c.label)).toEqual(["Home", "Audit log"]);
    expect(crumbsFor("/oauth-apps/12/edit", []).map((c) => c.label)).toEqual(["Home", "OAuth apps", "Details", "Edit"]);
  });
  it("names the user menu's pages, not their path", () => {
    expect(crumbsFor("/connected-accounts", []).map((c) => c.label)).toEqual(["Home", "Connected accounts"]);
  });
  it("keeps an unknown first segment as it was typed (the 404 page)", () => {
    expect(crumbsFor("/no-such%20page", []).map((c) => c.label)).toEqual(["Home", "no-such page"]);
  });
});
