import { UserIcon, UsersRoundIcon } from "lucide-react";
import { Link } from "@/components/ui/link";
import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { CopyableId } from "@/components/ui/copy-button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { ContentAssociationDto, IntegrationDto } from "@/lib/schemas/integrations";
import type { ResourceEventDto } from "@/lib/schemas/audit";
import { getTemplate } from "@/lib/templates/registry";
import { AssociationsList } from "./associations-list";
import { AuditEventsList } from "./audit-events-list";
import { formatDateTime, formatRelative } from "@/lib/format";
import { IntegrationConfigList } from "./integration-config-list";
import { secretFieldStatuses } from "./secret-fields";
import { SecretStatusList } from "./secret-status-list";
import { fieldLabel } from "@/lib/labels";

type Props = {
  integration: IntegrationDto;
  associations: ContentAssociationDto[];
  events: ResourceEventDto[];
  /** Admin-only controls (Verify), rendered in their own card. */
  verify?: ReactNode;
  /** Whether the viewer may open group pages (links from "Who can use it"). */
  linkGroups?: boolean;
};

function Section({ title, description, children }: { title: string; description?: string; children: ReactNode }) {
  return (
    <Card>
      <CardHeader>
        <CardTitle>{title}</CardTitle>
        {description && <CardDescription>{description}</CardDescription>}
      </CardHeader>
      <CardContent>{children}</CardContent>
    </Card>
  );
}

function TagChips({ tags }: { tags: string[] }) {
  if (tags.length === 0) return <span className="text-muted-foreground">none</span>;
  return (
    <ul aria-label="Tags" className="flex flex-wrap gap-1.5" data-testid="integration-tags">
      {tags.map((tag) => (
        <li key={tag} className="max-w-full">
          <Badge asChild variant="secondary" className="max-w-full whitespace-normal break-all">
            <Link href={`/integrations?tag=${encodeURIComponent(tag)}`} title={`Integrations tagged ${tag}`}>
              {tag}
            </Link>
          </Badge>
        </li>
      ))}
    </ul>
  );
}

function WhoCanUseIt({ permissions, linkGroups }: { permissions: IntegrationDto["permissions"]; linkGroups: boolean }) {
  if (permissions.length === 0) {
    return (
      <p className="text-sm" data-testid="who-can-use-it">
        <span className="font-medium">Everyone in this organisation.</span> <span className="text-muted-foreground">No one is listed, so every member may use it.</span>
      </p>
    );
  }
  // Groups first, then people, each in the order they were given.
  const sorted = [...permissions.filter((p) => p.groupGuid), ...permissions.filter((p) => p.userGuid)];
  return (
    <ul className="space-y-2 text-sm" data-testid="who-can-use-it">
      {sorted.map((p) => (
        <li key={p.guid} className="flex min-w-0 items-center gap-2">
          {p.groupGuid ? <UsersRoundIcon className="size-4 shrink-0 text-muted-foreground" aria-hidden /> : <UserIcon className="size-4 shrink-0 text-muted-foreground" aria-hidden />}
          <span className="sr-only">{p.groupGuid ? "Group" : "Person"}</span>
          {p.groupGuid && linkGroups ? (
            <Link href={`/groups/${p.groupGuid}`} className="min-w-0 wrap-anywhere underline-offset-4 hover:underline">
              {p.label}
            </Link>
          ) : (
            <span className="min-w-0 wrap-anywhere">{p.label}</span>
          )}
          {p.groupGuid && <span className="shrink-0 text-xs text-muted-foreground">group</span>}
        </li>
      ))}
    </ul>
  );
}

export function IntegrationDetail({ integration, associations, events, verify, linkGroups = false }: Props) {
  const template = getTemplate(integration.template);
  const labels = new Map<string, string>([...(template?.options ?? []), ...(template?.fields ?? [])].map((item) => [item.name, item.label]));
  const facts: [string, ReactNode][] = [
    ["Template", template ? `${template.name} (${template.id})` : integration.template],
    ["Auth type", integration.authType],
    ["GUID", <CopyableId key="guid" value={integration.guid} label="GUID" />],
    // Fruxon's `id` for this integration (its API's path segment), fixed once made.
    ["Slug", <CopyableId key="slug" value={integration.slug} label="slug" />],
    ["Tags", <TagChips key="tags" tags={integration.tags} />],
    ["Created", <time key="created" dateTime={integration.createdAt}>{formatDateTime(integration.createdAt)}</time>],
    [
      "Updated",
      <time key="updated" dateTime={integration.updatedAt} title={formatDateTime(integration.updatedAt)}>
        {formatRelative(integration.updatedAt)}
      </time>,
    ],
  ];

  return (
    <div data-testid="integration-detail" className="grid gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
      <div className="space-y-6">
        <Section title="Overview">
          <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-[minmax(10rem,auto)_1fr]">
            {facts.map(([label, value]) => (
              <div key={label} className="contents">
                <dt className="font-medium text-muted-foreground">{label}</dt>
                <dd className="break-all">{value}</dd>
              </div>
            ))}
          </dl>
        </Section>
        <Section title="Configuration" description="Non-secret settings, labelled as in the template.">
          <IntegrationConfigList template={template} config={integration.config} />
        </Section>
        <Section title="Secrets" description="Stored encrypted. Only whether each is set, and when it last changed, is ever shown.">
          <SecretStatusList secrets={secretFieldStatuses(integration)} />
        </Section>
        {verify && (
          <Section title="Verify" description="Check the credentials against the provider's token endpoint.">
            {verify}
          </Section>
        )}
      </div>
      <div className="space-y-6">
        <Section title="Who can use it" description="People and groups allowed to use this integration in content; none listed means everyone.">
          <WhoCanUseIt permissions={integration.permissions} linkGroups={linkGroups} />
        </Section>
        <Section title="Used by" description="Content items that use this integration.">
          <AssociationsList associations={associations} />
        </Section>
        <Section title="Recent activity">
          <AuditEventsList events={events} labelOf={(key) => labels.get(key) ?? fieldLabel(key)} />
        </Section>
      </div>
    </div>
  );
}
