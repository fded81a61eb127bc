"use client";

import { sectionErrorBoundary } from "@/components/shell/section-error";

export default sectionErrorBoundary("Connections", "/connections", "connections");
