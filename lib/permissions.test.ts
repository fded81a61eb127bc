import { describe, expect, it } from "vitest";
import { can, PERMISSIONS, ROLES } from "./permissions";

describe("permission table", () => {
  it("matches the README's permission table for each role", () => {
    const granted = (role: string) => Object.keys(PERMISSIONS).filter((p) => can(role, p as keyof typeof PERMISSIONS)).sort();
    expect(granted("admin")).toEqual(Object.keys(PERMISSIONS).sort());
    expect(granted("publisher")).toEqual(
      ["apiKey.own", "app.read", "board.read", "connection.read", "content.associate", "content.exchange", "content.read", "integration.read", "oauthApp.read", "oauthProfile.own", "oauthSession.own", "template.read", "workload.create", "workload.delete", "workload.read", "workload.sessionToken", "workload.update"].sort(),
    );
    expect(granted("viewer")).toEqual(["apiKey.own", "oauthProfile.own", "oauthSession.own"]);
  });

  it("denies unknown roles and unknown permissions", () => {
    for (const role of ["owner", "", null, undefined, "Admin", "__proto__"]) {
      expect(can(role, "integration.read")).toBe(false);
    }
    expect(can("admin", "nope.nope" as never)).toBe(false);
    expect(can("admin", "constructor" as never)).toBe(false);
  });

  it("only knows the three roles", () => {
    expect([...ROLES]).toEqual(["admin", "publisher", "viewer"]);
  });
});
