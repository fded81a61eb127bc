import { SearchXIcon } from "lucide-react";
import { Link } from "@/components/ui/link";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

// Unknown, malformed and other organisations' guids all land here: nothing tells them apart.
export default function IntegrationNotFound() {
  return (
    <EmptyState
      className="mt-6"
      data-testid="integration-not-found"
      icon={<SearchXIcon />}
      title="Integration not found"
      description="It may have been deleted, or it belongs to another organisation."
      action={
        <Button asChild variant="outline">
          <Link href="/integrations">Back to integrations</Link>
        </Button>
      }
    />
  );
}
