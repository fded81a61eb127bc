import { describe, expect, it } from "vitest";
import { getTemplate } from "./registry";
import { serviceTokenBufferSeconds } from "./token-buffer";

describe("serviceTokenBufferSeconds", () => {
  it("is min(5 minutes, 10 % of the lifetime) by default", () => {
    expect(serviceTokenBufferSeconds(getTemplate("custom"), 3600)).toBe(300);
    expect(serviceTokenBufferSeconds(getTemplate("custom"), 600)).toBe(60);
    expect(serviceTokenBufferSeconds(undefined, 10)).toBe(1);
    expect(serviceTokenBufferSeconds(undefined, 0)).toBe(0);
  });
  it("takes a template's override: Snowflake's 10-minute tokens go stale 2.5 minutes early", () => {
    expect(getTemplate("snowflake")?.service_token_buffer).toBeDefined();
    expect(serviceTokenBufferSeconds(getTemplate("snowflake"), 600)).toBe(150);
    expect(serviceTokenBufferSeconds(getTemplate("snowflake"), 3600)).toBe(300);
  });
});
