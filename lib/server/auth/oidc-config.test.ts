import { describe, expect, it } from "vitest";
import { roleFromClaims } from "./oidc-config";

const config = { roleClaim: "groups", adminValues: ["console-admins", "ops"], publisherValues: ["console-publishers"] };

describe("roleFromClaims", () => {
  it("maps the claim's values to the highest role they grant, viewer by default", () => {
    expect(roleFromClaims({ groups: ["staff", "console-admins"] }, config)).toBe("admin");
    expect(roleFromClaims({ groups: ["console-publishers", "ops"] }, config)).toBe("admin");
    expect(roleFromClaims({ groups: ["console-publishers"] }, config)).toBe("publisher");
    expect(roleFromClaims({ groups: ["staff"] }, config)).toBe("viewer");
    expect(roleFromClaims({ groups: "console-publishers" }, config)).toBe("publisher");
  });

  it("grants no access when the role claim is missing, empty or holds no string", () => {
    expect(roleFromClaims({}, config)).toBeNull();
    expect(roleFromClaims({ groups: [] }, config)).toBeNull();
    expect(roleFromClaims({ groups: "  " }, config)).toBeNull();
    expect(roleFromClaims({ groups: [1, null, { admin: true }] }, config)).toBeNull();
    // Another claim's values never count.
    expect(roleFromClaims({ roles: ["console-admins"] }, config)).toBeNull();
  });

  it("compares values exactly (no substring or case folding)", () => {
    expect(roleFromClaims({ groups: ["Console-Admins", "console-admins-old"] }, config)).toBe("viewer");
  });

  it("leaves roles to the console without a role claim", () => {
    expect(roleFromClaims({ groups: ["console-admins"] }, { ...config, roleClaim: null })).toBe("unmanaged");
  });
});
