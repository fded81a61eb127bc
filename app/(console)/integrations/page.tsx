import { ComingSoon } from "@/components/shell/coming-soon";

export const metadata = { title: "Integrations" };

export default function IntegrationsPage() {
  return <ComingSoon title="Integrations" description="OAuth integrations, served to Posit Connect clients." />;
}
