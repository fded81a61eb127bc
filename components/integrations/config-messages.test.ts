import { describe, expect, it } from "vitest";
import { configMessages } from "@/lib/templates/field-values";
import { getTemplate } from "@/lib/templates/registry";
import { humanizeConfigMessage } from "./config-messages";

const azure = getTemplate("azure")!;
const tenant = azure.fields.find((f) => f.name === "tenant_id")!;

describe("humanizeConfigMessage", () => {
  it("names fields by their labels", () => {
    expect(humanizeConfigMessage(azure, configMessages.required("tenant_id"))).toBe("Tenant ID is required");
    expect(humanizeConfigMessage(azure, configMessages.invalid(tenant))).toMatch(/^Tenant ID must be a directory \(tenant\) ID such as/);
    expect(humanizeConfigMessage(azure, configMessages.notAString("client_id"))).toBe("Client ID must be a string");
    expect(humanizeConfigMessage(azure, configMessages.notOneOf("auth_type", ["Viewer"]))).toBe("Authentication Type must be one of (Viewer)");
  });

  it("leaves other messages alone", () => {
    expect(humanizeConfigMessage(azure, "Name is required")).toBe("Name is required");
  });

  it("never shows a key in place of a known label", () => {
    for (const field of azure.fields) {
      expect(humanizeConfigMessage(azure, configMessages.required(field.name))).not.toContain(field.name);
    }
  });
});
