"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

const REFRESH_MS = 5 * 60 * 1000;

/**
 * Sessions expire after an idle hour. While the user is active (keys, clicks) the session
 * endpoint is called at most every five minutes, which re-issues the session cookie; an idle tab
 * sends nothing, so it expires.
 */
export function SessionKeepalive() {
  const router = useRouter();
  useEffect(() => {
    let last = Date.now();
    const onActivity = () => {
      if (Date.now() - last < REFRESH_MS) return;
      last = Date.now();
      void fetch("/api/auth/session", { cache: "no-store" }).then(async (r) => {
        const session = r.ok ? await r.json() : null;
        if (!session) router.push("/login");
      });
    };
    window.addEventListener("keydown", onActivity);
    window.addEventListener("pointerdown", onActivity);
    return () => {
      window.removeEventListener("keydown", onActivity);
      window.removeEventListener("pointerdown", onActivity);
    };
  }, [router]);
  return null;
}
