import { describe, expect, it } from "vitest";
import { earliestExpiry, expiresBeforeOptions, suggestedExpiry } from "./expiry-dates";

describe("expiry dates", () => {
  it("offers expiresBefore dates counted from today, 'Already expired' being today", () => {
    const options = expiresBeforeOptions(new Date("2026-03-30T22:00:00Z"));
    expect(options).toEqual([
      { value: "2026-03-30", label: "Already expired" },
      { value: "2026-04-07", label: "Within 7 days" },
      { value: "2026-04-30", label: "Within 30 days" },
      { value: "2026-06-29", label: "Within 90 days" },
    ]);
  });

  it("takes the earliest known expiry of a resource's secrets", () => {
    expect(earliestExpiry({ a: { expiresAt: "2027-01-02T00:00:00.000Z" }, b: {}, c: { expiresAt: "2026-12-31T23:59:59.000Z" } })).toBe("2026-12-31T23:59:59.000Z");
    expect(earliestExpiry({ a: {} })).toBeNull();
  });

  it("suggests the day before the provider's maximum lifetime ends", () => {
    expect(suggestedExpiry(24, new Date("2026-03-15T10:00:00Z"))).toBe("2028-03-14");
  });
});
