import { describe, expect, it } from "vitest";
import { parseExchangeRequest } from "./exchange-request";

const base = { grant_type: "urn:ietf:params:oauth:grant-type:token-exchange", subject_token: "t", subject_token_type: "urn:posit:connect:content-session-token" };
const parse = (fields: Record<string, string>, extra: [string, string][] = []) => parseExchangeRequest(new URLSearchParams([...Object.entries(fields), ...extra]));
const message = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return (error as Error).message;
  }
  return "accepted";
};

describe("the exchange's form fields", () => {
  it("takes posit-sdk's fields with the access-token default and splits several audiences", () => {
    const guid = "5b7b4e2c-8d4f-4a8e-9a57-3f1c2f0d9e61";
    expect(parse(base)).toMatchObject({ subjectToken: "t", requestedTokenType: "urn:ietf:params:oauth:token-type:access_token", audience: [] });
    expect(parse({ ...base, audience: guid.toUpperCase(), scope: "a b", resource: "https://r" })).toMatchObject({ audience: [guid], scope: "a b", resource: "https://r" });
    expect(parse(base, [["audience", guid], ["audience", "6b7b4e2c-8d4f-4a8e-9a57-3f1c2f0d9e61"]]).audience).toHaveLength(2);
  });

  it("refuses what posit-sdk would never send, without echoing values", () => {
    expect(message(() => parse({ ...base, grant_type: "client_credentials" }))).toContain("Invalid grant_type");
    expect(message(() => parse({ ...base, subject_token: "" }))).toBe("The subject_token field is required.");
    expect(message(() => parse({ ...base, subject_token_type: "urn:x" }))).toContain("Invalid subject_token_type");
    expect(message(() => parse({ ...base, requested_token_type: "urn:x" }))).toContain("Invalid requested_token_type");
    expect(message(() => parse({ ...base, requested_token_type: "urn:ietf:params:aws:token-type:credentials" }))).toContain("AWS");
    expect(message(() => parse({ ...base, audience: "canary-secret-value" }))).not.toContain("canary");
    expect(message(() => parse(base, [["subject_token", "again"]]))).toContain("more than once");
    expect(message(() => parse({ ...base, subject_token: "x".repeat(5000) }))).toContain("not valid");
  });
});
