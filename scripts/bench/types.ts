/** One printed table of `npm run bench`. Values are already formatted or plain numbers. */
export interface BenchTable {
  title: string;
  rows: Array<Record<string, string | number>>;
  /** A line printed under the table: the budget and whether it is met. */
  note?: string;
}

/** Every file in scripts/bench/ (but this one) exports `run`. */
export type BenchRun = () => Promise<BenchTable[]>;
