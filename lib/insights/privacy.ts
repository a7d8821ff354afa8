// Pure: used by the page, the CSV export and the digest alike, and by the job worker (no "server-only").

/** A breakdown cell about fewer people than this is never shown on its own (issue 7, item 4). */
export const MIN_PEOPLE = 5;

/** The key of the cell that small cells are merged into. */
export const OTHER = "other";

type Values = Record<string, number>;

/** One cell of a breakdown as SQL counted it: its figures, and how many distinct people are behind them. */
export type Cell<V extends Values = Values> = { key: string; people: number; values: V };

/**
 * A cell as it may be shown: `values` is null when the cell is hidden. `mergedKeys` lists the small cells
 * that went into an "other" cell.
 */
export type ShownCell<V extends Values = Values> = { key: string; people: number | null; values: V | null; hidden: boolean; mergedKeys: string[] };

export type ProtectOptions = {
  /** "merge": small cells are added up into one "other" cell; "hide": they are blanked where they stand. */
  mode: "merge" | "hide";
  /**
   * For cells that can share people (a mentor who declined twice, for two reasons): the number of distinct
   * people behind several cells together. Without it, merged cells' head counts are added up.
   */
  peopleOf?: (keys: string[]) => number;
  /**
   * When exactly one cell ends up hidden, also hide the smallest shown cell, so that the hidden one cannot
   * be worked out from a total shown elsewhere. Off for series that add up to nothing shown (months).
   */
  complementary?: boolean;
  min?: number;
};

const isSmall = (people: number, min: number) => people > 0 && people < min;

function add<V extends Values>(a: V, b: V): V {
  const out: Values = { ...a };
  for (const [k, v] of Object.entries(b)) out[k] = (out[k] ?? 0) + v;
  return out as V;
}

/**
 * The one rule every breakdown on the insights page, its export and its email goes through: a cell about
 * 1 to 4 people is merged into "other" or hidden. A cell about nobody shows its zeros: it singles nobody out.
 */
export function protectBreakdown<V extends Values>(cells: Cell<V>[], options: ProtectOptions): ShownCell<V>[] {
  const min = options.min ?? MIN_PEOPLE;
  const complementary = options.complementary ?? true;
  let out: (ShownCell<V> & { rawPeople: number })[];
  if (options.mode === "hide") {
    out = cells.map((c) => ({ key: c.key, rawPeople: c.people, people: c.people, values: c.values, hidden: false, mergedKeys: [] }));
  } else {
    const small = cells.filter((c) => c.key !== OTHER && isSmall(c.people, min));
    const existingOther = cells.find((c) => c.key === OTHER);
    const kept = cells.filter((c) => c.key !== OTHER && !isSmall(c.people, min));
    out = kept.map((c) => ({ key: c.key, rawPeople: c.people, people: c.people, values: c.values, hidden: false, mergedKeys: [] }));
    const parts = [...(existingOther ? [existingOther] : []), ...small];
    if (parts.length > 0) {
      const values = parts.slice(1).reduce((acc, c) => add(acc, c.values), parts[0].values);
      const people = options.peopleOf ? options.peopleOf(parts.map((c) => c.key)) : parts.reduce((n, c) => n + c.people, 0);
      out.push({ key: OTHER, rawPeople: people, people, values, hidden: false, mergedKeys: small.map((c) => c.key) });
    }
  }
  for (const cell of out) if (isSmall(cell.rawPeople, min)) Object.assign(cell, { hidden: true, values: null, people: null });
  if (complementary && out.filter((c) => c.hidden).length === 1) {
    const next = out.filter((c) => !c.hidden && c.rawPeople > 0).sort((a, b) => a.rawPeople - b.rawPeople)[0];
    if (next) Object.assign(next, { hidden: true, values: null, people: null });
  }
  return out.map((c) => ({ key: c.key, people: c.people, values: c.values, hidden: c.hidden, mergedKeys: c.mergedKeys }));
}

/** A single figure (a rate, a mean, a count) is a breakdown of one cell, under the same rule. */
export function protectFigure(value: number | null, people: number): { value: number | null; hidden: boolean } {
  if (value === null) return { value: null, hidden: false };
  const [cell] = protectBreakdown([{ key: "figure", people, values: { value } }], { mode: "hide", complementary: false });
  return { value: cell.values?.value ?? null, hidden: cell.hidden };
}
