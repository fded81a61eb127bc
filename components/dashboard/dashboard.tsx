"use client";

import { AlertTriangleIcon, RefreshCwIcon } from "lucide-react";
import { Link } from "@/components/ui/link";
import { createContext, useContext, useEffect, useState, type ReactNode } from "react";
import { ConnectAccountButton } from "@/components/oauth-sessions/connect-account-button";
import { Badge, type BadgeProps } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader } from "@/components/ui/card";
import { RelativeTime } from "@/components/ui/relative-time";
import { Skeleton } from "@/components/ui/skeleton";
import type { DashboardData, DashboardWidget, EventItem, ReauthorizationItem } from "@/lib/schemas/dashboard";

const OUTCOME_VARIANT: Record<string, BadgeProps["variant"]> = { success: "success", denied: "warning", failure: "destructive" };

/** What a widget shows: its data, or that it is loading or failed (with a retry once refreshes run). */
export type WidgetState<T> = { data?: T; pending: boolean; fetching: boolean; error?: string; retry?: () => void };

/**
 * Where a widget's state comes from. Until TanStack Query has loaded, the data the server read
 * with the page (`StaticSource`); after, a query per widget that refreshes it (live-source.tsx).
 */
export type SourceProps<W extends DashboardWidget> = { widget: W; children: (state: WidgetState<DashboardData[W]>) => ReactNode };
export type WidgetSource = <W extends DashboardWidget>(props: SourceProps<W>) => ReactNode;

function StaticSource<W extends DashboardWidget>({ widget, children }: SourceProps<W>) {
  const data = useContext(InitialData).initial[widget] as DashboardData[W] | undefined;
  return children({ data, pending: data === undefined, fetching: false });
}

/** One card: its own loading skeleton, error (with retry) and background refresh. */
function Widget<W extends DashboardWidget>({
  widget,
  title,
  more,
  className,
  empty,
  children,
}: {
  widget: W;
  title: string;
  more?: { href: string; label: string };
  className?: string;
  empty: string;
  children: (data: DashboardData[W]) => ReactNode;
}) {
  const Source = useContext(SourceContext);
  const headingId = `widget-${widget}`;
  return (
    // A module-level component (StaticSource, then LiveSource once), not one made per render.
    // eslint-disable-next-line react-hooks/static-components
    <Source widget={widget}>
      {(state) => (
        <Card className={className} aria-labelledby={headingId} role="region" data-testid={`widget-${widget}`} aria-busy={state.fetching || undefined}>
          <CardHeader className="flex flex-row items-center justify-between gap-2">
            <h2 id={headingId} className="text-base leading-snug font-semibold">
              {title}
            </h2>
            {more && (
              <Link href={more.href} className="shrink-0 text-sm whitespace-nowrap text-muted-foreground underline-offset-4 hover:text-foreground hover:underline">
                {more.label}
              </Link>
            )}
          </CardHeader>
          <CardContent>
            {state.pending ? (
              <div className="space-y-2" aria-label={`Loading ${title}`}>
                <Skeleton className="h-5 w-full" />
                <Skeleton className="h-5 w-4/5" />
                <Skeleton className="h-5 w-3/5" />
              </div>
            ) : state.error !== undefined ? (
              <div role="alert" className="flex flex-wrap items-center gap-2 text-sm text-destructive">
                <AlertTriangleIcon className="size-4" aria-hidden />
                Could not load this. {state.error}
                {state.retry && (
                  <Button variant="outline" size="sm" onClick={state.retry}>
                    <RefreshCwIcon aria-hidden />
                    Retry
                  </Button>
                )}
              </div>
            ) : state.data && (!Array.isArray(state.data) || state.data.length > 0) ? (
              children(state.data)
            ) : (
              <p className="text-sm text-muted-foreground">{empty}</p>
            )}
          </CardContent>
        </Card>
      )}
    </Source>
  );
}

function EventList({ events }: { events: EventItem[] }) {
  return (
    <ul className="divide-y text-sm">
      {events.map((event) => (
        <li key={event.id} className="flex flex-wrap items-center gap-x-2 gap-y-1 py-2">
          <Badge variant={OUTCOME_VARIANT[event.outcome] ?? "outline"}>{event.outcome}</Badge>
          <Link href={event.href} className="font-mono text-xs break-all underline-offset-4 hover:underline">
            {event.action}
          </Link>
          <span className="min-w-0 break-all text-muted-foreground">{event.actorLabel}</span>
          <RelativeTime value={event.createdAt} className="ml-auto text-xs text-muted-foreground" />
          {event.detail && <p className="w-full text-xs break-words text-muted-foreground">{event.detail}</p>}
        </li>
      ))}
    </ul>
  );
}

/** Broken connected accounts: the user's own with Reconnect (back to the provider), members' (admins) with the integration. */
function ReauthorizationList({ items }: { items: ReauthorizationItem[] }) {
  return (
    <ul className="divide-y text-sm" data-testid="reauthorization-list">
      {items.map((item) => (
        <li key={item.sessionGuid} className="flex flex-wrap items-center gap-x-2 gap-y-1 py-2" data-testid={`reauthorization-${item.integrationGuid}`}>
          <Badge variant="warning">Needs reauthorization</Badge>
          <Link href={item.href} className="min-w-0 font-medium break-all underline-offset-4 hover:underline">
            {item.integrationName}
          </Link>
          <span className="min-w-0 break-all text-muted-foreground">{item.userEmail ?? "your account"}</span>
          <span className="ml-auto flex items-center gap-2 text-xs text-muted-foreground">
            since <RelativeTime value={item.since} />
            {item.userEmail === null && <ConnectAccountButton integrationGuid={item.integrationGuid} label="Reconnect" size="sm" />}
          </span>
        </li>
      ))}
    </ul>
  );
}

/** Each widget's first data as the server read it (a widget missing here loads in the browser). */
export const InitialData = createContext<{ initial: Partial<DashboardData>; readAt: number }>({ initial: {}, readAt: 0 });
const SourceContext = createContext<WidgetSource>(StaticSource);

type Live = { Provider: (props: { children: ReactNode }) => ReactNode; Source: WidgetSource };

/**
 * The home page's widgets for the widgets this role may see (decided on the server). They are
 * drawn from the server's first read, so the page needs no query library to show; TanStack Query
 * (≈10 kB) loads once the page is interactive and takes over each widget's refresh.
 */
export function Dashboard({ widgets, initial = {}, readAt = 0 }: { widgets: DashboardWidget[]; initial?: Partial<DashboardData>; readAt?: number }) {
  const [live, setLive] = useState<Live | null>(null);
  useEffect(() => {
    let cancelled = false;
    void import("./live-source").then((m) => !cancelled && setLive({ Provider: m.LiveProvider, Source: m.LiveSource }));
    return () => {
      cancelled = true;
    };
  }, []);
  const drawn = (
    <InitialData.Provider value={{ initial, readAt }}>
      <SourceContext.Provider value={live?.Source ?? StaticSource}>
        <Widgets widgets={widgets} />
      </SourceContext.Provider>
    </InitialData.Provider>
  );
  return live ? <live.Provider>{drawn}</live.Provider> : drawn;
}

function Widgets({ widgets }: { widgets: DashboardWidget[] }) {
  const show = (w: DashboardWidget) => widgets.includes(w);
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      {show("counts") && (
        <Widget widget="counts" title="At a glance" className="lg:col-span-2" empty="Nothing to count yet.">
          {(counts) => (
            <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
              {counts.map((c) => (
                <li key={c.label}>
                  <Link href={c.href} className="block rounded-md border p-3 hover:bg-muted focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none">
                    <span className="block text-2xl font-semibold tabular-nums">{c.count.toLocaleString("en")}</span>
                    <span className="text-sm text-muted-foreground">{c.label}</span>
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </Widget>
      )}
      {show("secret-age") && (
        <Widget widget="secret-age" title="Oldest secrets" more={{ href: "/integrations?sort=updated", label: "All integrations" }} empty="No secrets stored yet.">
          {(items) => (
            <ul className="divide-y text-sm">
              {items.map((s) => (
                <li key={`${s.href}-${s.field}`} className="flex flex-wrap items-center gap-x-2 py-2">
                  <Link href={s.href} className="font-medium break-all underline-offset-4 hover:underline">
                    {s.integrationName}
                  </Link>
                  <span className="text-muted-foreground">{s.field}</span>
                  <span className="ml-auto text-xs text-muted-foreground">
                    changed <RelativeTime value={s.updatedAt} />
                  </span>
                </li>
              ))}
            </ul>
          )}
        </Widget>
      )}
      {show("expiring") && (
        <Widget widget="expiring" title="Expiring soon" more={{ href: "/api-keys?sort=expires", label: "API keys" }} empty="No secret, key or token expires soon.">
          {(items) => (
            <ul className="divide-y text-sm">
              {items.map((k) => (
                <li key={`${k.kind}-${k.name}-${k.expiresAt}`} className="flex flex-wrap items-center gap-x-2 py-2">
                  <Badge variant="outline">{k.kind}</Badge>
                  <Link href={k.href} className="font-medium break-all underline-offset-4 hover:underline">
                    {k.name}
                  </Link>
                  <span className="ml-auto text-xs text-muted-foreground">
                    {k.disabled ? (
                      <Badge variant="warning">Disabled after failing</Badge>
                    ) : k.needsReauthorization ? (
                      <Badge variant="warning">Needs reauthorization</Badge>
                    ) : k.expiresAt ? (
                      <>
                        {Date.parse(k.expiresAt) <= Date.now() ? "expired" : "expires"} <RelativeTime value={k.expiresAt} />
                      </>
                    ) : null}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </Widget>
      )}
      {show("reauthorization") && (
        <Widget
          widget="reauthorization"
          title="Connected accounts needing reauthorization"
          more={{ href: "/connected-accounts", label: "Connected accounts" }}
          empty="Every connected account works."
        >
          {(items) => <ReauthorizationList items={items} />}
        </Widget>
      )}
      {show("failures") && (
        <Widget
          widget="failures"
          title="Recent failed verifications and sign-ins"
          more={{ href: "/audit?outcome=failure", label: "All failures" }}
          empty="No failed verifications, refreshes or sign-ins."
        >
          {(events) => <EventList events={events} />}
        </Widget>
      )}
      {show("activity") && (
        <Widget widget="activity" title="Recent activity" more={{ href: "/audit", label: "Audit log" }} empty="No activity yet.">
          {(events) => <EventList events={events} />}
        </Widget>
      )}
    </div>
  );
}
