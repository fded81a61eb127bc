"use client";

import { sectionErrorBoundary } from "@/components/shell/section-error";

export default sectionErrorBoundary("OAuth apps", "/oauth-apps", "OAuth apps");
