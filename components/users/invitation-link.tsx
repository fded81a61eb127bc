"use client";

import { ShownOnce } from "@/components/ui/shown-once";

/** An invitation's link, shown this once to the admin who made it. */
export function InvitationLink({ email, link, emailed }: { email: string; link: string; emailed: boolean }) {
  return (
    <ShownOnce
      title="Invitation ready"
      description={
        <>
          {email} is invited and pending until they accept{emailed ? "; the link was e-mailed to them" : ""}. Anyone who holds the link and signs in as that account can
          join: give it to them over a channel you trust.
        </>
      }
      label="Invitation link"
      value={link}
      testId="invitation-link"
      note={
        <>
          Valid 7 days, one use. <strong>You won&apos;t see it again:</strong> only a hash is kept. A new link (from the pending list) voids this one.
        </>
      }
    />
  );
}
