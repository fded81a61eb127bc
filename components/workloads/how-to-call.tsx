// What a developer needs to call the credential exchange from this workload: the server URL, the
// environment variables posit-sdk and connectapi read, and a posit-sdk snippet. No secret here:
// the API key and session token are named, never shown.
import { CopyableId } from "@/components/ui/copy-button";

export function HowToCall({ serverUrl, guid }: { serverUrl: string; guid: string }) {
  const env = [
    ["CONNECT_SERVER", serverUrl, "this console"],
    ["CONNECT_API_KEY", "<an API key>", "the owner's (or an admin's): API keys page"],
    ["CONNECT_CONTENT_GUID", guid, "this workload"],
    ["CONNECT_CONTENT_SESSION_TOKEN_FILE", "<path to a file>", "holding a session token (or CONNECT_CONTENT_SESSION_TOKEN: the token itself)"],
  ] as const;
  const snippet = ["from posit import connect", "", "client = connect.Client()", "creds = client.oauth.get_content_credentials()", 'token = creds["access_token"]'].join("\n");
  return (
    <div className="grid min-w-0 gap-4 text-sm" data-testid="how-to-call">
      <dl className="grid gap-2">
        <div className="grid gap-0.5">
          <dt className="text-muted-foreground">Server URL</dt>
          <dd>
            <CopyableId value={serverUrl} label="server URL" />
          </dd>
        </div>
      </dl>
      <div className="grid gap-1">
        <p>Environment of the workload:</p>
        <ul className="grid gap-1">
          {env.map(([name, value, note]) => (
            <li key={name} className="min-w-0 wrap-anywhere">
              <code className="font-mono text-xs font-medium">{name}</code>=<code className="font-mono text-xs">{value}</code>
              <span className="text-muted-foreground"> — {note}</span>
            </li>
          ))}
        </ul>
      </div>
      <div className="grid gap-1">
        <p>With posit-sdk (Python):</p>
        {/* Focusable: a keyboard user scrolls a long line sideways (axe: scrollable-region-focusable). */}
        <pre tabIndex={0} aria-label="posit-sdk snippet" className="overflow-x-auto rounded-md bg-muted p-3 font-mono text-xs">
          {snippet}
        </pre>
        <p className="text-muted-foreground">
          It calls <code className="font-mono text-xs">POST /__api__/v1/oauth/integrations/credentials</code> with the session token and gets a token of
          the associated integration.
        </p>
      </div>
    </div>
  );
}
