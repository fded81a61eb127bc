import { describe, expect, it } from "vitest";
import { TEMPLATES, getTemplate } from "./registry";
import { templateToApi, toVisibilityExpression } from "./to-api";

describe("templateToApi", () => {
  it("produces Posit's template object and nothing internal", () => {
    for (const template of TEMPLATES) {
      const api = JSON.parse(JSON.stringify(templateToApi(template)));
      expect(Object.keys(api).sort()).toEqual(["description", "environment_variables", "fields", "id", "name", "options", "sections"]);
      expect(api.sections).toEqual([]);
      expect(api.environment_variables).toEqual([]);
      for (const field of api.fields) {
        expect(Object.keys(field).sort()).toEqual(
          ["default", "description", "label", "multiline", "name", "secret", "validation", "validation_description", "visibility_expression"],
        );
      }
      for (const option of api.options) {
        expect(Object.keys(option).sort()).toEqual(["default", "description", "label", "name", "type", "values", "visibility_expression"]);
        if (option.type === "bool") expect(option.values).toEqual([]);
      }
    }
  });

  it("serialises the connect template's max_role select", () => {
    expect(templateToApi(getTemplate("connect")!)).toMatchObject({
      id: "connect",
      fields: [],
      options: [{ name: "max_role", type: "select", values: ["Viewer", "Publisher", "Admin"], default: "Viewer", visibility_expression: null }],
    });
  });

  it("renders visibility as Posit's Boolean expression tree", () => {
    const azure = templateToApi(getTemplate("azure")!);
    expect(azure.options.find((o) => o.name === "auth_mode")?.visibility_expression).toEqual({ name: "auth_type", value: "Viewer" });
    expect(azure.fields.find((f) => f.name === "client_secret")).toMatchObject({
      secret: true,
      visibility_expression: {
        operator: "or",
        operands: [
          { operator: "and", operands: [{ name: "auth_type", value: "Viewer" }, { name: "auth_mode", value: "Confidential" }] },
          { name: "auth_type", value: "Service Account" },
        ],
      },
    });
    expect(azure.fields.find((f) => f.name === "tenant_id")?.visibility_expression).toBeNull();
    // Single-auth-type templates never mention auth_type, which they have no option for.
    expect(JSON.stringify(templateToApi(getTemplate("github")!))).not.toContain("auth_type");
  });

  it("compares bool options with booleans and lists several values with or", () => {
    const custom = getTemplate("custom")!;
    expect(toVisibilityExpression({ use_pkce: ["true"] }, custom.options)).toEqual({ name: "use_pkce", value: true });
    expect(toVisibilityExpression({ auth_type: ["Viewer", "Service Account"] }, custom.options)).toEqual({
      operator: "or",
      operands: [{ name: "auth_type", value: "Viewer" }, { name: "auth_type", value: "Service Account" }],
    });
    expect(toVisibilityExpression(undefined)).toBeNull();
  });

  it("exposes defaults as strings and validation as the same regex the server uses", () => {
    const aws = templateToApi(getTemplate("aws")!);
    expect(aws.fields.find((f) => f.name === "session_duration")).toMatchObject({ default: "3600", validation: getTemplate("aws")!.fields[1].validation });
    expect(aws.fields.find((f) => f.name === "role_arn")?.default).toBe("");
  });
});
