// Files under a directory, recursively, whose name passes `keep` (directories whose name passes
// `skipDir` are not entered). For tests and build tools that read the source tree.
import { readdirSync } from "node:fs";
import path from "node:path";

export function filesUnder(dir: string, keep: (name: string) => boolean, skipDir: (name: string) => boolean = () => false): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return skipDir(entry.name) ? [] : filesUnder(full, keep, skipDir);
    return keep(entry.name) ? [full] : [];
  });
}
