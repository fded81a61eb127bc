import { describe, expect, it } from "vitest";
import { csvCell, csvLine, csvResponse } from "./csv";

describe("csvCell", () => {
  it.each([
    ["=HYPERLINK(\"http://evil\")", "\"'=HYPERLINK(\"\"http://evil\"\")\""],
    ["+1", "'+1"],
    ["-2+3", "'-2+3"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tcmd", "'\tcmd"],
  ])("neutralises the formula %j", (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  it("quotes separators, quotes and line breaks, and leaves plain text alone", () => {
    expect(csvCell("a,b")).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell("two\nlines")).toBe('"two\nlines"');
    expect(csvCell("plain")).toBe("plain");
    expect(csvCell(null)).toBe("");
    expect(csvCell(3)).toBe("3");
    expect(csvCell(new Date("2026-01-02T03:04:05Z"))).toBe("2026-01-02T03:04:05.000Z");
  });

  it("ends a line with CRLF", () => {
    expect(csvLine(["a", "=b"])).toBe("a,'=b\r\n");
  });
});

describe("csvResponse", () => {
  it("streams the header and every batch", async () => {
    async function* batches() {
      yield [{ n: "a" }, { n: "b" }];
      yield [{ n: "=c" }];
    }
    const response = csvResponse("x.csv", [{ header: "name", value: (r: { n: string }) => r.n }], batches());
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="x.csv"');
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await response.arrayBuffer());
    expect(text).toBe("\uFEFFname\r\na\r\nb\r\n'=c\r\n");
  });
});
