// The shape of an OAuth integration template. One registry of these (./registry.ts) drives the
// Posit templates API, server-side config validation and the console's generated form, so a
// rule written here is enforced identically in all three. Client-safe: no Node-only imports.

export const TEMPLATE_AUTH_TYPES = ["Viewer", "Service Account", "Visitor API Key"] as const;
export type AuthType = (typeof TEMPLATE_AUTH_TYPES)[number];

/**
 * A visibility / requirement condition, kept as plain data so it can be evaluated here and
 * rendered into Posit's `visibility_expression` tree for the API.
 * A `Match` holds when every named option has one of the listed values (AND of keys, OR of
 * values); bool options compare as "true" / "false". `anyOf` holds when any match holds.
 */
export type Match = Readonly<Record<string, readonly string[]>>;
export type Condition = Match | { readonly anyOf: readonly Match[] };

export type TemplateField = {
  /** Config key. */
  readonly name: string;
  readonly label: string;
  readonly description?: string;
  /** Pre-filled in the form and applied by the server when the key is absent. */
  readonly default?: string | null;
  /** `true`, `false`, or required only while the condition holds. */
  readonly required: boolean | Condition;
  /** Secret values are stored encrypted, returned separately from config and never echoed. */
  readonly secret: boolean;
  readonly multiline: boolean;
  /** Anchored regex source ("" when any value is accepted); checked after normalisation. */
  readonly validation: string;
  readonly validation_description: string;
  /** Absent = always visible. A hidden field's value is dropped, never stored. */
  readonly visibility?: Condition;
  /** "origin": a bare host gets "https://" and trailing slashes are removed before validation. */
  readonly normalize?: "origin";
};

export type TemplateOption =
  | {
      readonly name: string;
      readonly label: string;
      readonly description?: string;
      readonly type: "select";
      readonly values: readonly string[];
      readonly default: string;
      readonly visibility?: Condition;
    }
  | {
      readonly name: string;
      readonly label: string;
      readonly description?: string;
      readonly type: "bool";
      /** Posit sends `values: []` for bool options. */
      readonly values: readonly [];
      readonly default: boolean;
      readonly visibility?: Condition;
    };

/**
 * How "verify" builds its client-credentials token request for a Service Account integration.
 * `token_url` is a template: `{key}` is replaced by that config value (already validated by the
 * field's regex). `send_scope: false` leaves the `scope` parameter out (Salesforce rejects it).
 */
export type VerifySpec = { readonly token_url: string; readonly send_scope: boolean };

/**
 * How early a cached Service Account token stops being handed out: min(`max_seconds`,
 * `fraction` of its lifetime) before it expires. Default min(300 s, 10 %); a template overrides it
 * where its provider needs more headroom (see token-buffer.ts).
 */
export type ServiceTokenBuffer = { readonly max_seconds: number; readonly fraction: number };

export type Template = {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  /** The first entry is the default when the config does not choose one. */
  readonly auth_types: readonly [AuthType, ...AuthType[]];
  readonly fields: readonly TemplateField[];
  readonly options: readonly TemplateOption[];
  readonly verify?: VerifySpec;
  /** Override of the Service Account cache's buffer (default: DEFAULT_SERVICE_TOKEN_BUFFER). */
  readonly service_token_buffer?: ServiceTokenBuffer;
  /**
   * The provider issues client secrets that expire, at most this many months after they are made
   * (Entra ID: 24): the console's form asks for the date and suggests the maximum.
   */
  readonly secret_max_lifetime_months?: number;
};

/** Option and field values as stored: strings, and booleans for bool options. */
export type ConfigValue = string | boolean;
export type ConfigValues = Readonly<Record<string, ConfigValue | undefined>>;
