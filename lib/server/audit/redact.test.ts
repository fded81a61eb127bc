import { describe, expect, it } from "vitest";
import { redact } from "./redact";

describe("audit redaction", () => {
  it("redacts exactly the fields that can hold a secret, not the addresses and methods around them", () => {
    const before = {
      client_secret: "s3cret",
      clientSecret: "s3cret",
      refresh_token: "rt",
      apiKey: "k",
      password: "p",
      token_uri: "https://idp.example/token",
      tokenURI: "https://idp.example/token",
      tokenEndpoint: "https://idp.example/token",
      authorization_uri: "https://idp.example/authorize",
      token_endpoint_auth_method: "client_secret_post",
      tokenType: "Bearer",
      accessTokenSet: true,
      nested: { private_key: "pk", discoveryUrl: "https://idp.example/.well-known" },
    };
    expect(redact(before)).toEqual({
      client_secret: "[redacted]",
      clientSecret: "[redacted]",
      refresh_token: "[redacted]",
      apiKey: "[redacted]",
      password: "[redacted]",
      token_uri: "https://idp.example/token",
      tokenURI: "https://idp.example/token",
      tokenEndpoint: "https://idp.example/token",
      authorization_uri: "https://idp.example/authorize",
      token_endpoint_auth_method: "client_secret_post",
      tokenType: "Bearer",
      accessTokenSet: true,
      nested: { private_key: "[redacted]", discoveryUrl: "https://idp.example/.well-known" },
    });
  });
});
