// A form submitted before the page has hydrated (a slow phone, a quick Enter) is sent by the
// browser itself. Without a method that is a GET with every field in the URL — a password or a
// client secret in the address bar, the history and access logs. So every <form> in the console
// says how it is sent: method="post" (its fields stay in the body; the page just renders again),
// method="get" (a search, meant to be a URL), or a server action as `action`, which React posts.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { filesUnder } from "@/scripts/lib/source-files";

const root = path.resolve(import.meta.dirname, "../..");

const sources = (dir: string) => filesUnder(dir, (name) => name.endsWith(".tsx"));

/** Each `<form …>` opening tag in a JSX source (braces tracked, so `=>` inside props does not end it). */
function formTags(source: string): string[] {
  const tags: string[] = [];
  for (const match of source.matchAll(/<form[\s>]/g)) {
    let depth = 0;
    let end = match.index + 5;
    for (; end < source.length; end++) {
      const c = source[end];
      if (c === "{") depth++;
      else if (c === "}") depth--;
      else if (c === ">" && depth === 0) break;
    }
    tags.push(source.slice(match.index, end + 1));
  }
  return tags;
}

const says = (tag: string) => /\smethod="(post|get)"/.test(tag) || /\saction=\{/.test(tag);

describe("every console form says how the browser sends it", () => {
  it("finds the opening tags, props with arrows included", () => {
    expect(formTags(`<form\n  onSubmit={(e) => { if (a > b) go(); }}\n  method="post"\n>`)).toEqual([`<form\n  onSubmit={(e) => { if (a > b) go(); }}\n  method="post"\n>`]);
    expect(says(`<form onSubmit={submit}>`)).toBe(false);
  });

  it("has method post or get, or a server action, on each <form>", () => {
    const found: string[] = [];
    const unsaid: string[] = [];
    for (const file of [...sources(path.join(root, "app")), ...sources(path.join(root, "components"))]) {
      for (const tag of formTags(readFileSync(file, "utf8"))) {
        found.push(file);
        if (!says(tag)) unsaid.push(`${path.relative(root, file)}: ${tag.replace(/\s+/g, " ").slice(0, 100)}`);
      }
    }
    expect(found.length).toBeGreaterThan(15);
    expect(unsaid).toEqual([]);
  });
});
