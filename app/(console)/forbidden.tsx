import { ForbiddenContent } from "@/components/shell/status-page";

// Rendered (with HTTP 403) when a page under the shell calls `forbidden()`.
export default function Forbidden() {
  return <ForbiddenContent />;
}
