import { describe, expect, it } from "vitest";
import { changedEndpointFields, endpointFieldNames } from "./endpoint";
import { getTemplate } from "./registry";

const template = (id: string) => {
  const found = getTemplate(id);
  if (!found) throw new Error(`no template ${id}`);
  return found;
};

describe("endpoint fields", () => {
  it("are the token URL's placeholders, origin fields and endpoint URIs — never a secret", () => {
    expect(endpointFieldNames(template("custom")).sort()).toEqual(["authorization_uri", "token_uri"]);
    expect(endpointFieldNames(template("msgraph"))).toContain("tenant_id");
    expect(endpointFieldNames(template("snowflake"))).toContain("account_url");
    expect(endpointFieldNames(template("databricks"))).toContain("workspace_host");
    expect(endpointFieldNames(template("salesforce"))).toContain("sf_host_domain");
    for (const id of ["custom", "msgraph", "snowflake", "databricks", "salesforce", "aws", "github"]) expect(endpointFieldNames(template(id))).not.toContain("client_secret");
  });

  it("report what moved between two configs, ignoring surrounding blanks", () => {
    const custom = template("custom");
    expect(changedEndpointFields(custom, { token_uri: "https://a.example/t" }, { token_uri: " https://a.example/t " })).toEqual([]);
    expect(changedEndpointFields(custom, { token_uri: "https://a.example/t", client_id: "x" }, { token_uri: "https://b.example/t", client_id: "y" })).toEqual(["token_uri"]);
  });
});
