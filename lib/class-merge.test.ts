import path from "node:path";
import { twMerge } from "tailwind-merge";
import { describe, expect, it } from "vitest";
import { classTokens } from "@/scripts/lib/class-tokens";
import { cn } from "@/lib/utils";

const root = path.resolve(import.meta.dirname, "..");
const tokens = classTokens(root);

describe("cn (tailwind-merge cut down to the console's classes)", () => {
  it("merges every ordered pair of the source's classes exactly as the full configuration does", () => {
    expect(tokens.length).toBeGreaterThan(300);
    const differ: string[] = [];
    for (const a of tokens) {
      for (const b of tokens) {
        if (a === b) continue;
        const expected = twMerge(a, b);
        if (cn(a, b) !== expected) differ.push(`"${a} ${b}" → cn "${cn(a, b)}", full "${expected}"`);
      }
    }
    expect(differ.slice(0, 20), `${differ.length} pairs merge differently: run npx tsx scripts/generate-class-merge.ts`).toEqual([]);
  });

  it("resolves the overrides the components rely on", () => {
    expect(cn("flex min-w-0 items-center gap-1", "hidden sm:flex")).toBe("min-w-0 items-center gap-1 hidden sm:flex");
    expect(cn("p-2 align-middle", "px-0 max-md:p-0")).toBe("p-2 align-middle px-0 max-md:p-0");
    expect(cn("px-2 py-1", "p-0")).toBe("p-0");
    expect(cn("h-9 px-4", "h-8", false, undefined)).toBe("px-4 h-8");
    expect(cn("text-sm text-muted-foreground", "text-destructive")).toBe("text-sm text-destructive");
    expect(cn("size-4", "-translate-y-1/2 translate-y-0")).toBe("size-4 translate-y-0");
  });
});
