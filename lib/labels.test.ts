import { describe, expect, it } from "vitest";
import { actionLabel, actionSubject } from "./action-labels";
import { fieldLabel, labelMessage } from "./labels";

describe("field labels", () => {
  it("spells out schema paths and secret fields", () => {
    expect(fieldLabel("clientId")).toBe("Client ID");
    expect(fieldLabel("client_secret")).toBe("Client secret");
    expect(fieldLabel("data.apiKey")).toBe("API key");
    expect(fieldLabel("authorizeURI")).toBe("Authorization URL");
    expect(fieldLabel("oauthAppId")).toBe("OAuth app");
    expect(fieldLabel("server.url")).toBe("URL");
    expect(fieldLabel("tokenEndpointAuthMethod")).toBe("Token endpoint auth method");
    expect(fieldLabel("password")).toBe("Password");
  });

  it("puts the label where a message names a path, and drops type clauses a control makes moot", () => {
    expect(labelMessage("clientId is required")).toBe("Client ID is required");
    expect(labelMessage("authorizeURI is required", "Authorization URL")).toBe("Authorization URL is required");
    expect(labelMessage("oauthAppId is required and must be a number", "OAuth app")).toBe("OAuth app is required");
    expect(labelMessage("data.apiKey must not be empty")).toBe("API key must not be empty");
    expect(labelMessage("name must be at most 100 characters", "Profile name")).toBe("Profile name must be at most 100 characters");
    expect(labelMessage("Invalid input: expected string, received undefined", "Client ID")).toBe("Client ID is required");
    // Messages already in people's words stay as they are.
    expect(labelMessage("Must be an https URL", "Token URL")).toBe("Must be an https URL");
    expect(labelMessage("Client ID is required", "Client ID")).toBe("Client ID is required");
  });
});

describe("action labels", () => {
  it("names what happened, one table for every section", () => {
    expect(actionLabel("connection.create")).toBe("Created");
    expect(actionLabel("integration.create")).toBe("Created");
    expect(actionLabel("group.addMember")).toBe("Member added");
    expect(actionLabel("board.unpublish")).toBe("Unpublished");
    expect(actionLabel("something.doThing")).toBe("Do thing");
    expect(actionSubject("oauthApp.create")).toBe("OAuth app");
    expect(actionSubject("content_session_token.revoke")).toBe("Content session token");
    expect(actionSubject("apiKey.revoke")).toBe("API key");
  });
});
