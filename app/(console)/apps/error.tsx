"use client";

import { sectionErrorBoundary } from "@/components/shell/section-error";

export default sectionErrorBoundary("Apps", "/apps", "apps");
