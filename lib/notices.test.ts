import { describe, expect, it } from "vitest";
import { GENERIC_NOTICE, noticeCode, noticeMessage } from "./notices";

describe("console notices from URLs", () => {
  // The attack: `/connections?oauthError=Your session expired, call +1 555 0100` was shown as the
  // console's own words (and a provider's error_description reached the page the same way).
  it("shows a known code's message and anything else as the generic message, never the URL's text", () => {
    expect(noticeMessage("access_denied")).toMatch(/declined/);
    expect(noticeMessage(["expired", "x"])).toMatch(/expired/);
    for (const injected of ["Your session expired, call +1 555 0100", "access_denied: call us", "<b>hi</b>", "__proto__", "constructor", "toString", "", undefined, 42]) {
      expect(noticeMessage(injected)).toBe(GENERIC_NOTICE);
    }
  });

  it("producers put a code, never a provider's text, in the URL", () => {
    expect(noticeCode("invalid_grant: the code was used, call +1 555 0100")).toBe("invalid_grant");
    expect(noticeCode("ACCESS_DENIED")).toBe("access_denied");
    expect(noticeCode("Please visit evil.example to re-enter your password")).toBe("other");
    expect(noticeCode(null)).toBe("other");
    expect(noticeCode("hasOwnProperty")).toBe("other");
  });
});
