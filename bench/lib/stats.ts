/** Pure parts of the benchmark: percentiles, ratios against baselines, verdicts and the printed table. */

/** Nearest-rank percentile (p in 0..100) of unsorted samples; NaN when there are none. */
export function percentile(samples: number[], p: number): number {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

/**
 * How the ledger's figure compares with its baseline, as "times the baseline" where more is better.
 * For figures where less is better (latency) the ratio is inverted, so 1.2× always means 20% better.
 */
export function ratio(value: number, baseline: number, better: 'higher' | 'lower' = 'higher'): number | null {
  if (!Number.isFinite(value) || !Number.isFinite(baseline) || value <= 0 || baseline <= 0) return null;
  return better === 'higher' ? value / baseline : baseline / value;
}

/** One line of the results: a figure, its baseline, the ratio, the target and whether it is met. */
export interface Row {
  /** Which measurement (1. Import, 2. List, …). */
  step: string;
  figure: string;
  value: number | null;
  unit: string;
  baseline: { name: string; value: number | null } | null;
  ratio: number | null;
  target: string;
  /** true / false when the target applies to this row; null when it has no target of its own. */
  met: boolean | null;
  /** Why there is no value ("not available in this build", an error). */
  note?: string;
}

/** Compares a measured figure against a target ("≥ 0.5×", "< 50 ms"); null when either side is missing. */
export function meets(measured: number | null, op: '>=' | '>' | '<', limit: number): boolean | null {
  if (measured === null || !Number.isFinite(measured)) return null;
  if (op === '>=') return measured >= limit;
  if (op === '>') return measured > limit;
  return measured < limit;
}

/** Readable number: 12,345 for large figures, 3 significant digits for small ones. */
export function formatNumber(n: number | null): string {
  if (n === null || !Number.isFinite(n)) return '—';
  const abs = Math.abs(n);
  if (abs >= 1000) return Math.round(n).toLocaleString('en-US');
  if (abs >= 100) return n.toFixed(0);
  if (abs >= 10) return n.toFixed(1);
  return n.toFixed(2);
}

export function formatRatio(r: number | null): string {
  return r === null ? '—' : `${r.toFixed(2)}×`;
}

function verdict(row: Row): string {
  if (row.note) return row.note;
  if (row.met === null) return '';
  return row.met ? 'met' : 'MISSED';
}

/** The results as a Markdown table (also readable in a terminal). */
export function formatTable(rows: Row[]): string {
  const header = ['step', 'figure', 'ledger', 'baseline', 'ratio', 'target', 'verdict'];
  const body = rows.map((r) => [
    r.step,
    r.figure,
    r.value === null ? '—' : `${formatNumber(r.value)} ${r.unit}`,
    r.baseline ? `${r.baseline.name}: ${r.baseline.value === null ? '—' : `${formatNumber(r.baseline.value)} ${r.unit}`}` : '—',
    formatRatio(r.ratio),
    r.target,
    verdict(r),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((cells) => cells[i].length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...body.map(line)].join('\n');
}
