import type { ReactNode } from "react";
import { CopyableId } from "@/components/ui/copy-button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { ContentAssociationDto, IntegrationDto } from "@/lib/schemas/integrations";
import type { ResourceEventDto } from "@/lib/server/audit/list-resource-events";
import { getTemplate } from "@/lib/templates/registry";
import { AssociationsList } from "./associations-list";
import { AuditEventsList } from "./audit-events-list";
import { formatDateTime, formatRelative } from "@/lib/format";
import { IntegrationConfigList } from "./integration-config-list";
import { secretFieldStatuses } from "./secret-fields";
import { SecretStatusList } from "./secret-status-list";

type Props = {
  integration: IntegrationDto;
  associations: ContentAssociationDto[];
  events: ResourceEventDto[];
  /** Admin-only controls (Verify), rendered in their own card. */
  verify?: ReactNode;
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

export function IntegrationDetail({ integration, associations, events, verify }: Props) {
  const template = getTemplate(integration.template);
  const labels = new Map<string, string>([...(template?.options ?? []), ...(template?.fields ?? [])].map((item) => [item.name, item.label]));
  const facts: [string, ReactNode][] = [
    ["Template", template ? `${template.name} (${template.id})` : integration.template],
    ["Auth type", integration.authType],
    ["GUID", <CopyableId key="guid" value={integration.guid} label="GUID" />],
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
        <Section title="Used by" description="Content items that use this integration.">
          <AssociationsList associations={associations} />
        </Section>
        <Section title="Recent activity">
          <AuditEventsList events={events} labelOf={(key) => labels.get(key) ?? key} />
        </Section>
      </div>
    </div>
  );
}
