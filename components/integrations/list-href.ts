// Kept for pages that import it from here; the helper lives in lib/search-params.ts.
export { firstValues } from "@/lib/search-params";
