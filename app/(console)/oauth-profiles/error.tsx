"use client";

import { sectionErrorBoundary } from "@/components/shell/section-error";

export default sectionErrorBoundary("OAuth profiles", "/oauth-profiles", "OAuth profiles");
