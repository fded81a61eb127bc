// Every Tailwind class the console's source can put in a class list: each whitespace-separated
// word of each string literal under app/, components/ and lib/ (tests aside) that tailwind-merge's
// full configuration recognises as a class. The class-merge configuration is generated from this
// set (scripts/generate-class-merge.ts) and lib/class-merge.test.ts proves the two agree on it.
import { readFileSync } from "node:fs";
import path from "node:path";
import { twMerge } from "tailwind-merge";
import { filesUnder } from "./source-files";

export const CLASS_MERGE_CONFIG_FILE = "lib/class-merge-config.ts";
const SOURCE_DIRS = ["app", "components", "lib"];

/** A class tailwind-merge knows: two copies of it merge into one (unknown words are kept as they are). */
const isKnownClass = (word: string) => twMerge(`${word} ${word}`) === word;

export function classTokens(root: string): string[] {
  const words = new Set<string>();
  for (const dir of SOURCE_DIRS) {
    for (const file of filesUnder(path.join(root, dir), (name) => /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name))) {
      if (path.relative(root, file) === CLASS_MERGE_CONFIG_FILE) continue;
      const source = readFileSync(file, "utf8");
      for (const m of source.matchAll(/"([^"\n]*)"|`([^`\n]*)`|'([^'\n]*)'/g)) {
        for (const word of (m[1] ?? m[2] ?? m[3]).split(/\s+/)) if (word) words.add(word);
      }
    }
  }
  return [...words].filter(isKnownClass).sort();
}
