import { describe, expect, it } from "vitest";
import { loginHref, safeReturnPath } from "./safe-redirect";

describe("safeReturnPath", () => {
  it("keeps a same-site path with its query and hash", () => {
    expect(safeReturnPath("/audit?action=integration.*")).toBe("/audit?action=integration.*");
    expect(safeReturnPath("/integrations/abc/edit#secrets")).toBe("/integrations/abc/edit#secrets");
  });

  it.each([
    "//evil.example",
    "//evil.example/audit",
    "https://evil.example",
    "http://evil.example/",
    "/\\evil.example",
    "/\t/evil.example",
    "\\\\evil.example",
    "javascript:alert(1)",
    "evil.example",
    "",
    "/login",
    "/login?callbackUrl=/users",
  ])("refuses %j", (value) => {
    expect(safeReturnPath(value)).toBe("/");
  });

  it("refuses a value that is not text", () => {
    expect(safeReturnPath(undefined)).toBe("/");
    expect(safeReturnPath(["/audit"])).toBe("/");
  });

  it("normalises dot segments instead of leaving the site", () => {
    expect(safeReturnPath("/../../users")).toBe("/users");
  });
});

describe("loginHref", () => {
  it("carries the path to return to", () => {
    expect(loginHref("/audit?action=integration.*")).toBe("/login?callbackUrl=%2Faudit%3Faction%3Dintegration.*");
    expect(loginHref("/")).toBe("/login");
    expect(loginHref("https://evil.example")).toBe("/login");
  });
});
