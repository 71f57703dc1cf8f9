/** The sources view: each claimant’s latest figure side by side, with the spread and whether they agree. */
import { formatPartialDate } from '../dates';
import type { Interval } from '../claims/model';
import { bestValue, disagreeingPairs, intervalOf, Spread, spreadOf } from './figures';
import type { ClaimantFigures, LatestFigure } from './sourcesQuery';
import type { CompareStore } from './store';
import {
  baseParams,
  claimsUrl,
  CompareQuery,
  echo,
  Figure,
  LatestBy,
  latestBy,
  Paged,
  pageOf,
  Paging,
  toFigure,
  Warning,
  warningsOf,
} from './view';

export interface SourceRow extends Figure {
  /** Which date made this the claimant’s latest figure. */
  latest_by: LatestBy;
  /** How many figures (not retracted, superseded included) the claimant gave. */
  figures: number;
  earliest_as_of: string | null;
  latest_as_of: string | null;
  claims_url: string;
}

export interface Disagreement {
  claim_ids: [number, number];
  claimant_ids: [number, number];
  message: string;
}

export interface SourcesView {
  query: Record<string, unknown>;
  /** The page’s rows (every row in CSV). */
  rows: SourceRow[];
  /** How many rows there are over all pages: the spread, agreement and warnings are over all of them. */
  claimant_count: number;
  spread: Spread;
  agreement: {
    verdict: 'consistent' | 'divergent' | 'insufficient';
    compared: number;
    disagreement_count: number;
    disagreements: Disagreement[];
  };
  warnings: Warning[];
}

/** A sources row’s place: the claimant’s name and id. */
type SourcesKey = [name: string, claimantId: number];

/**
 * Row order of the sources view: claimant name, then id. Thousands of names sort here several times faster than
 * with PostgreSQL’s ICU collation, and exactly as the view always ordered them.
 */
const compareClaimants = (a: SourcesKey, b: SourcesKey) => a[0].localeCompare(b[0]) || a[1] - b[1];
const sourcesKey = (f: LatestFigure): SourcesKey => [f.claimant_name, f.claimant_id];
/** compareClaimants on figures, without building their keys: thousands of claimants are sorted per request. */
const byClaimant = (a: LatestFigure, b: LatestFigure) => a.claimant_name.localeCompare(b.claimant_name) || a.claimant_id - b.claimant_id;

/** At most this many disagreeing pairs are listed; `disagreement_count` says how many there are. */
export const DISAGREEMENTS_LISTED = 100;

interface Disagreeing {
  /** How many figures have an interval. */
  compared: number;
  /** The figures without one (no number), in row order. */
  vague: number[];
  count: number;
  /** The claim ids of up to DISAGREEMENTS_LISTED pairs that do not overlap, in row order. */
  listed: [number, number][];
}

/** Which of the claimants’ latest figures (in row order) do not overlap. */
function disagreeingOf(latest: LatestFigure[]): Disagreeing {
  const intervals: Interval[] = [];
  const ids: number[] = [];
  const vague: number[] = [];
  for (const f of latest) {
    const interval = intervalOf(f);
    if (interval === null) vague.push(f.claim_id);
    else {
      intervals.push(interval);
      ids.push(f.claim_id);
    }
  }
  const { count, pairs } = disagreeingPairs(intervals, DISAGREEMENTS_LISTED);
  return { compared: intervals.length, vague, count, listed: pairs.map(([i, j]) => [ids[i], ids[j]]) };
}

function agreementOf(d: Disagreeing, figure: (claimId: number) => Figure): SourcesView['agreement'] {
  return {
    verdict: d.compared < 2 ? 'insufficient' : d.count > 0 ? 'divergent' : 'consistent',
    compared: d.compared,
    disagreement_count: d.count,
    disagreements: d.listed.map(([i, j]) => {
      const [a, b] = [figure(i), figure(j)];
      return {
        claim_ids: [a.claim_id, b.claim_id],
        claimant_ids: [a.claimant.id, b.claimant.id],
        message: `${a.claimant.name} (“${a.value_text}”) and ${b.claimant.name} (“${b.value_text}”) do not overlap.`,
      };
    }),
  };
}

function sourceRow(q: CompareQuery, current: Figure, by: LatestBy, counts: ClaimantFigures): SourceRow {
  return {
    ...current,
    latest_by: by,
    figures: counts.figures,
    earliest_as_of: formatPartialDate(counts.earliest_as_of, counts.earliest_precision),
    latest_as_of: formatPartialDate(counts.latest_as_of, counts.latest_precision),
    claims_url: claimsUrl({ ...baseParams(q), claimant: String(current.claimant.id), status: 'active,superseded' }),
  };
}

/**
 * One row per claimant: their latest current figure, how many they gave; and over every claimant (not just the
 * page’s), the spread and whether they agree. PostgreSQL picks each claimant’s latest figure; only the page’s
 * rows, and the figures of the disagreements listed, are loaded whole.
 */
export function sourcesView(store: CompareStore, q: CompareQuery, paging?: Paging): Promise<Paged<SourcesView>> {
  return store.inOneSnapshot(async (store) => {
    const filter = { ...q, statuses: ['active', 'superseded'] };
    const [{ latest, partOf }, units] = await Promise.all([store.latestFigures(filter), store.units(q.metrics ?? [])]);
    latest.sort(byClaimant);
    const cursor = paging?.after as SourcesKey | null | undefined;
    const { items: page, nextKey } = pageOf(
      cursor ? latest.filter((f) => compareClaimants(sourcesKey(f), cursor) > 0) : latest,
      paging,
      sourcesKey,
    );
    // The page’s figures and counts are asked for while the disagreements are worked out; then the listed ones not on the page.
    const pageIds = new Set(page.map((f) => f.claim_id));
    const loading = Promise.all([
      store.claimantFigureCounts(
        filter,
        page.map((f) => f.claimant_id),
      ),
      store.figuresById([...pageIds], q.asRecorded),
    ]);
    const disagreeing = disagreeingOf(latest);
    const others = store.figuresById(
      [...new Set(disagreeing.listed.flat())].filter((id) => !pageIds.has(id)),
      q.asRecorded,
    );
    const [[counts, pageFigures], otherFigures] = await Promise.all([loading, others]);
    const rows = new Map([...pageFigures, ...otherFigures].map((row) => [row.id, row]));
    const figures = new Map([...rows].map(([id, row]) => [id, toFigure(row)]));
    const countOf = new Map(counts.map((c) => [c.claimant_id, c]));
    const pageRows = page.map((f) => sourceRow(q, figures.get(f.claim_id)!, latestBy(rows.get(f.claim_id)!), countOf.get(f.claimant_id)!));
    return {
      view: {
        query: echo(q),
        rows: pageRows,
        claimant_count: latest.length,
        spread: spreadOf(latest.map(bestValue).filter((v): v is number => v !== null)),
        agreement: agreementOf(disagreeing, (id) => figures.get(id)!),
        warnings: warningsOf(q.metrics ?? [], units, partOf, disagreeing.vague),
      },
      nextKey,
    };
  });
}
