import "server-only";
// A content item is a workload: one create service (lib/server/workloads/create-workload.ts).
export { createWorkload as createContentItem } from "@/lib/server/workloads/create-workload";
