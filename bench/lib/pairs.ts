/**
 * Ratios from alternating repeated measurements. On a shared machine one burst of load on either side of a
 * single baseline-then-ledger measurement decided a ratio (the same build's import gave 0.45× and 0.56× an hour
 * apart), so a step that compares the ledger with a baseline measures them in pairs, alternating, and reports the
 * median of the pairs' ratios with their spread.
 */

export type Side = 'baseline' | 'ledger';

/**
 * Which side runs first in a pair (counted from 0): the baseline in even pairs, the ledger in odd ones, so that
 * three pairs run B L, L B, B L. Whatever favours one position in a pair (the first meets colder caches; the
 * second follows the first's WAL and dirty pages, and any load that rises or falls over the pair) then falls on
 * each side in turn, and over every two pairs each side has held each position once, instead of the baseline
 * always running first. The baseline opens the first pair so that a single pair measures as the runs before
 * pairs did, and quick runs stay comparable with the changelog's.
 */
export function pairOrder(pair: number): [Side, Side] {
  return pair % 2 === 0 ? ['baseline', 'ledger'] : ['ledger', 'baseline'];
}

/** The ratios of a set of pairs in one figure: the median, the range, and which pair gave the median. */
export interface RatioSummary {
  median: number;
  min: number;
  max: number;
  count: number;
  /** Index (in the ratios given) of the pair whose ratio is the median, so the table can show that pair's own figures. */
  medianPair: number;
}

/**
 * The median of the pairs' ratios and their spread. For an even count the median is the lower of the two middle
 * ratios: a figure one pair actually measured (its ledger and baseline rates shown beside it give exactly that
 * ratio), and the conservative one of the two for a verdict.
 */
export function summarizeRatios(ratios: number[]): RatioSummary {
  if (ratios.length === 0 || ratios.some((r) => !Number.isFinite(r))) throw new Error('summarizeRatios needs finite ratios, at least one');
  const byRatio = ratios.map((ratio, pair) => ({ ratio, pair })).sort((a, b) => a.ratio - b.ratio || a.pair - b.pair);
  const median = byRatio[Math.floor((byRatio.length - 1) / 2)];
  return {
    median: median.ratio,
    min: byRatio[0].ratio,
    max: byRatio[byRatio.length - 1].ratio,
    count: ratios.length,
    medianPair: median.pair,
  };
}

/** How a figure was measured, for the table's figure column: "median of 3 alternating pairs, 0.47–0.55×". */
export function pairsText(summary: RatioSummary): string {
  if (summary.count === 1) return '1 pair';
  return `median of ${summary.count} alternating pairs, ${summary.min.toFixed(2)}–${summary.max.toFixed(2)}×`;
}

/** One pair's two measurements and their ratio (null when the ledger's side could not be measured). */
export interface Pair<B, L> {
  pair: number;
  order: [Side, Side];
  baseline: B;
  ledger: L;
  ratio: number | null;
}

export interface PairsOptions<B, L> {
  /** Pairs to measure (--repeat). */
  repeat: number;
  /** Measures the baseline once, from its own fresh state to its figure. */
  baseline: (pair: number) => Promise<B>;
  /** Measures the ledger once, likewise. */
  ledger: (pair: number) => Promise<L>;
  /** The pair's ratio, or null when the ledger's side failed or is not in this build: no further pair is run then. */
  ratio: (baseline: B, ledger: L) => number | null;
  log?: (message: string) => void;
}

/**
 * Measures `repeat` pairs, the sides alternating as pairOrder says. Each side's function brings its own
 * measurement to the same starting conditions (fresh databases, nothing of the previous measurement still
 * running, a checkpoint); this only orders them and collects the results.
 */
export async function measurePairs<B, L>(options: PairsOptions<B, L>): Promise<Pair<B, L>[]> {
  const pairs: Pair<B, L>[] = [];
  for (let pair = 0; pair < options.repeat; pair++) {
    const order = pairOrder(pair);
    const measured: { baseline?: B; ledger?: L } = {};
    for (const side of order) {
      if (side === 'baseline') measured.baseline = await options.baseline(pair);
      else measured.ledger = await options.ledger(pair);
    }
    const baseline = measured.baseline as B;
    const ledger = measured.ledger as L;
    const ratio = options.ratio(baseline, ledger);
    pairs.push({ pair, order, baseline, ledger, ratio });
    options.log?.(`pair ${pair + 1}/${options.repeat} (${order.join(', ')}): ${ratio === null ? 'no ratio' : `${ratio.toFixed(3)}×`}`);
    if (ratio === null) break;
  }
  return pairs;
}
