import { describe, expect, it } from "vitest";
import { normalizeFieldValue } from "./field-values";
import type { TemplateField } from "./types";

const origin = { name: "sf_host_domain", normalize: "origin", secret: false } as TemplateField;

describe("origin fields", () => {
  it("gain https:// and lose trailing slashes", () => {
    expect(normalizeFieldValue(origin, " x.my.salesforce.com/ ")).toBe("https://x.my.salesforce.com");
    expect(normalizeFieldValue(origin, "http://x.example//")).toBe("http://x.example");
    expect(normalizeFieldValue(origin, "https://x.example/a/")).toBe("https://x.example/a");
  });

  // A run of slashes with something after it defeated the old `/\/+$/` (it retried from every
  // slash): this value took minutes, long past the test's timeout.
  it("handle 200,000 slashes, trailing or not, in one pass", () => {
    expect(normalizeFieldValue(origin, `x.example${"/".repeat(200_000)}`)).toBe("https://x.example");
    expect(normalizeFieldValue(origin, `x.example${"/".repeat(200_000)}a`)).toHaveLength("https://x.example".length + 200_001);
  });

  it("keep secrets verbatim", () => {
    expect(normalizeFieldValue({ ...origin, secret: true }, " a/ ")).toBe(" a/ ");
  });
});
