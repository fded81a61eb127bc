import type { ReactNode } from "react";
import { Card, CardContent } from "@/components/ui/card";

/** The frame of the pages outside the console (sign-in's look): a title, a line, a card. */
export function AuthCard({ title, description, children }: { title: string; description: ReactNode; children: ReactNode }) {
  return (
    <main className="flex min-h-screen items-center justify-center p-6">
      <div className="w-full max-w-sm space-y-6">
        <div className="space-y-1 text-center">
          <h1 className="text-2xl font-semibold tracking-tight">{title}</h1>
          <p className="text-sm text-muted-foreground">{description}</p>
        </div>
        <Card>
          <CardContent className="space-y-4 pt-6">{children}</CardContent>
        </Card>
      </div>
    </main>
  );
}
