import { csvCell, csvField, csvLine } from '../export/serialize';
import type { CountriesView } from './countries';
import type { SourcesView } from './sources';
import type { TimelineView } from './timeline';

export type Column<T> = [name: string, get: (row: T) => unknown];

/** A cell by the ledger's one CSV rule (csvCell): numbers bare, text (and any object, as JSON) quoted and guarded against formulas. */
function cell(v: unknown): string {
  if (typeof v === 'number') return csvCell(v, 'number');
  return csvCell(typeof v === 'string' || v === null || v === undefined ? v : JSON.stringify(v), 'text');
}

/** RFC 4180 CSV with a header row, written as the exports write theirs (csvLine: CRLF line ends). */
export function toCsv<T>(columns: Column<T>[], rows: T[]): string {
  return [csvLine(columns.map(([name]) => csvField(name))), ...rows.map((r) => csvLine(columns.map(([, get]) => cell(get(r)))))].join('');
}

/** The figure's cells, as every view has them (a countries row without a figure has them null). */
type FigureCells = {
  [K in 'value' | 'value_low' | 'value_high' | 'approximation' | 'value_text' | 'best_value']: SourcesView['rows'][number][K] | null;
};

/** The figure as stated (value, bounds, wording, words) and the best value the view reads from it: in every view's CSV. */
const figureColumns = <T extends FigureCells>(): Column<T>[] => [
  ['value', (r) => r.value],
  ['value_low', (r) => r.value_low],
  ['value_high', (r) => r.value_high],
  ['approximation', (r) => r.approximation],
  ['value_text', (r) => r.value_text],
  ['best_value', (r) => r.best_value],
];

type ClaimCells = Pick<SourcesView['rows'][number], 'claimant' | 'claim_id' | 'metric' | 'country'>;

/** Who gave the figure, and which claim of what it is: first in the sources' and the timeline's CSV. */
const claimColumns = <T extends ClaimCells>(): Column<T>[] => [
  ['claimant_id', (r) => r.claimant.id],
  ['claimant', (r) => r.claimant.name],
  ['claim_id', (r) => r.claim_id],
  ['metric', (r) => r.metric],
  ['country', (r) => r.country],
];

const intervalText = (iv: { low: number; high: number | null; low_open: boolean; high_open: boolean } | null) =>
  iv === null ? null : `${iv.low_open ? '(' : '['}${iv.low}, ${iv.high ?? '∞'}${iv.high === null || iv.high_open ? ')' : ']'}`;

export function sourcesCsv(view: SourcesView): string {
  return toCsv<SourcesView['rows'][number]>(
    [
      ...claimColumns(),
      ...figureColumns(),
      ['interval', (r) => intervalText(r.interval)],
      ['as_of', (r) => r.as_of],
      ['stated_on', (r) => r.stated_on],
      ['latest_by', (r) => r.latest_by],
      ['figures', (r) => r.figures],
      ['earliest_as_of', (r) => r.earliest_as_of],
      ['latest_as_of', (r) => r.latest_as_of],
      ['claim_url', (r) => r.claim_url],
      ['claims_url', (r) => r.claims_url],
    ],
    view.rows,
  );
}

export function timelineCsv(view: TimelineView): string {
  const rows = view.claimants.flatMap((c) => c.figures);
  return toCsv<(typeof rows)[number]>(
    [
      ...claimColumns(),
      ['as_of', (r) => r.as_of],
      ['stated_on', (r) => r.stated_on],
      ...figureColumns(),
      ['status', (r) => r.status],
      ['change_from_claim_id', (r) => r.change?.from_claim_id],
      ['change', (r) => r.change?.absolute],
      ['change_percent', (r) => r.change?.percent],
      ['supersedes', (r) => r.supersedes.join(' ')],
      ['superseded_by', (r) => r.superseded_by.join(' ')],
      ['claim_url', (r) => r.claim_url],
    ],
    rows,
  );
}

export function countriesCsv(view: CountriesView): string {
  return toCsv<CountriesView['rows'][number]>(
    [
      ['country', (r) => r.country],
      ['country_name', (r) => r.country_name],
      ['claim_id', (r) => r.claim_id],
      ['claimant_id', (r) => r.claimant?.id],
      ['claimant', (r) => r.claimant?.name],
      ...figureColumns(),
      ['as_of', (r) => r.as_of],
      ['chosen_by', (r) => r.chosen_by],
      ['latest_by', (r) => r.latest_by],
      ['claimants', (r) => r.claimants],
      ['figures', (r) => r.figures],
      ['range_min', (r) => r.range.min],
      ['range_max', (r) => r.range.max],
      ['claim_url', (r) => r.claim_url],
      ['claims_url', (r) => r.claims_url],
    ],
    view.rows,
  );
}
