// The bench's one table: every figure with its target and whether it is met. Sections add rows;
// `printFigures` prints them at the end.
export type Figure = { figure: string; value: number; unit: string; target: string; met: boolean | null };
export type Bound = { atMost?: number; atLeast?: number; equals?: number };

const figures: Figure[] = [];

/** `atMost` / `atLeast` / `equals` set the target; none: printed for information (met = null). */
export function record(figure: string, value: number, unit: string, bound: Bound = {}): void {
  const u = unit ? ` ${unit}` : "";
  const [met, target] =
    bound.equals !== undefined ? [value === bound.equals, `= ${bound.equals}${u}`]
    : bound.atMost !== undefined ? [value <= bound.atMost, `≤ ${bound.atMost}${u}`]
    : bound.atLeast !== undefined ? [value >= bound.atLeast, `≥ ${bound.atLeast}${u}`]
    : [null, "—"];
  figures.push({ figure, value: Math.round(value * 10) / 10, unit, target, met });
}

export function printFigures(header: string): void {
  const width = Math.max(...figures.map((f) => f.figure.length), 6);
  const values = figures.map((f) => `${f.value}${f.unit ? ` ${f.unit}` : ""}`);
  const valueWidth = Math.max(...values.map((v) => v.length), 5);
  const targetWidth = Math.max(...figures.map((f) => f.target.length), 6);
  console.log(`\n${header}\n`);
  console.log(`${"figure".padEnd(width)}  ${"value".padStart(valueWidth)}  ${"target".padEnd(targetWidth)}  met?`);
  figures.forEach((f, i) => {
    const mark = f.met === null ? "" : f.met ? "yes" : "NO";
    console.log(`${f.figure.padEnd(width)}  ${values[i].padStart(valueWidth)}  ${f.target.padEnd(targetWidth)}  ${mark}`);
  });
  const met = figures.filter((f) => f.met === true).length;
  const missed = figures.filter((f) => f.met === false);
  console.log(`\n${met} met, ${missed.length} not met, ${figures.filter((f) => f.met === null).length} for information`);
  for (const f of missed) console.log(`NOT MET: ${f.figure}: ${f.value}${f.unit ? ` ${f.unit}` : ""} (target ${f.target})`);
}
