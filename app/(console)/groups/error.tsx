"use client";

import { sectionErrorBoundary } from "@/components/shell/section-error";

export default sectionErrorBoundary("Groups", "/groups", "groups");
