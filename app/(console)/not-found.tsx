import { NotFoundContent } from "@/components/shell/status-page";

// `notFound()` from a page under the shell: the 404 inside the shell.
export default function NotFound() {
  return <NotFoundContent />;
}
