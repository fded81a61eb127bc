import { describe, expect, it } from "vitest";
import { cardPlacements } from "./card-layout";
import "./types";

describe("card placements", () => {
  it("follow each column's meta.card, with defaults for columns that say nothing", () => {
    const placements = cardPlacements([
      { id: "select" },
      { id: "name", meta: { label: "Name", alwaysVisible: true } },
      { id: "guid", meta: { label: "GUID", card: "hidden" } },
      { id: "expires", meta: { label: "Expires" } },
      { id: "actions" },
    ]);
    expect(Object.fromEntries(placements)).toEqual({ select: "select", name: "title", guid: "hidden", expires: "field", actions: "actions" });
  });

  it("an explicit title wins over the always-visible column; without either the first field is the title", () => {
    expect(Object.fromEntries(cardPlacements([{ id: "time", meta: { alwaysVisible: true } }, { id: "action", meta: { card: "title" } }]))).toEqual({ time: "field", action: "title" });
    expect(Object.fromEntries(cardPlacements([{ id: "details" }, { id: "a" }, { id: "b" }]))).toEqual({ details: "details", a: "title", b: "field" });
  });
});
