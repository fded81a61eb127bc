import { ComingSoon } from "@/components/shell/coming-soon";

export const metadata = { title: "Connections" };

export default function ConnectionsPage() {
  return <ComingSoon title="Connections" description="App connections and the boards that use them." />;
}
