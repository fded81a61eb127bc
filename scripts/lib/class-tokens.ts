// Every Tailwind class the console's source can put in a class list: each whitespace-separated
// word of each string literal under app/, components/ and lib/ (tests aside) that tailwind-merge's
// full configuration recognises as a class. The class-merge configuration is generated from this
// set (scripts/generate-class-merge.ts) and lib/class-merge.test.ts proves the two agree on it.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { twMerge } from "tailwind-merge";

export const CLASS_MERGE_CONFIG_FILE = "lib/class-merge-config.ts";
const SOURCE_DIRS = ["app", "components", "lib"];

function sourceFiles(dir: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) files.push(...sourceFiles(full));
    else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) files.push(full);
  }
  return files;
}

/** A class tailwind-merge knows: two copies of it merge into one (unknown words are kept as they are). */
const isKnownClass = (word: string) => twMerge(`${word} ${word}`) === word;

export function classTokens(root: string): string[] {
  const words = new Set<string>();
  for (const dir of SOURCE_DIRS) {
    for (const file of sourceFiles(path.join(root, dir))) {
      if (path.relative(root, file) === CLASS_MERGE_CONFIG_FILE) continue;
      const source = readFileSync(file, "utf8");
      for (const m of source.matchAll(/"([^"\n]*)"|`([^`\n]*)`|'([^'\n]*)'/g)) {
        for (const word of (m[1] ?? m[2] ?? m[3]).split(/\s+/)) if (word) words.add(word);
      }
    }
  }
  return [...words].filter(isKnownClass).sort();
}
