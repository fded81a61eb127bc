import { ComingSoon } from "@/components/shell/coming-soon";

export const metadata = { title: "OAuth profiles" };

export default function OAuthProfilesPage() {
  return <ComingSoon title="OAuth profiles" description="Per-user OAuth profiles for your OAuth apps." />;
}
