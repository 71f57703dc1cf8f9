/** The timeline view: every figure of each claimant in as_of order, with the change from their previous one. */
import { Change, changeBetween } from './figures';
import type { LinkRow } from './figureRows';
import type { CompareStore } from './store';
import {
  baseParams,
  claimsUrl,
  CompareQuery,
  echo,
  Figure,
  groupBy,
  Paged,
  pageOf,
  Paging,
  rangeOf,
  toFigure,
  Warning,
  warningsOf,
} from './view';

export interface TimelineFigure extends Figure {
  superseded: boolean;
  supersedes: number[];
  superseded_by: number[];
  change: Change | null;
}

export interface TimelineView {
  query: Record<string, unknown>;
  order: string;
  undated: 'last';
  /** How many claimants there are over all pages: the warnings are over all their figures. */
  claimant_count: number;
  /** The page’s claimants (every one in CSV). */
  claimants: TimelineClaimant[];
  warnings: Warning[];
}

export interface TimelineClaimant {
  claimant: { id: number; name: string };
  claims_url: string;
  figures: TimelineFigure[];
}

/** A timeline claimant’s place: the timeline key of their first figure (see TIMELINE_KEY_SQL in figureSql.ts). */
type TimelineKey = number[];

const TIMELINE_ORDER =
  'as_of ascending (a year or month figure sorts at its first day); unknown as_of last, except that an undated figure superseded by another of the same claimant comes just before it; ties by stated_on, then recording order';

const STATUSES = ['active', 'superseded'];

function timelineOf(q: CompareQuery, claimantCount: number, claimants: TimelineClaimant[], warnings: Warning[]): TimelineView {
  return { query: echo(q), order: TIMELINE_ORDER, undated: 'last', claimant_count: claimantCount, claimants, warnings };
}

/**
 * Figures in timeline order grouped by claimant (claimants in the order of their first figure), each with the
 * change from the claimant’s previous figure when the two are known to follow in time (inTimeOrder) and its
 * supersedes links (both ends among the view’s figures).
 */
function timelineClaimants(q: CompareQuery, figures: Figure[], supersession: LinkRow[]): TimelineClaimant[] {
  const supersedes = groupBy(supersession, (l) => l.claim_id);
  const supersededBy = groupBy(supersession, (l) => l.related_claim_id);
  // Only a link between two figures of the same claimant can move one of them: each claimant gets just those.
  const claimantOf = new Map(figures.map((f) => [f.claim_id, f.claimant.id]));
  const ownLinks = groupBy(
    supersession.filter((l) => claimantOf.get(l.claim_id) === claimantOf.get(l.related_claim_id)),
    (l) => claimantOf.get(l.claim_id),
  );
  return [...groupBy(figures, (f) => f.claimant.id).values()].map((inOrder) => {
    const own = placeUndatedBeforeSuperseders(inOrder, ownLinks.get(inOrder[0].claimant.id) ?? []);
    let previous: { claim_id: number; best: number; dated: boolean } | null = null;
    const series = own.map((f): TimelineFigure => {
      const replaces = (supersedes.get(f.claim_id) ?? []).map((l) => l.related_claim_id);
      const change = previous && f.best_value !== null && inTimeOrder(previous, f, replaces) ? changeBetween(previous, f.best_value) : null;
      if (f.best_value !== null) previous = { claim_id: f.claim_id, best: f.best_value, dated: f.as_of !== null };
      return {
        ...f,
        superseded: f.status === 'superseded',
        supersedes: replaces,
        superseded_by: (supersededBy.get(f.claim_id) ?? []).map((l) => l.claim_id),
        change,
      };
    });
    const claimant = own[0].claimant;
    return {
      claimant,
      claims_url: claimsUrl({ ...baseParams(q), claimant: String(claimant.id), status: 'active,superseded', sort: 'as_of' }),
      figures: series,
    };
  });
}

/**
 * Whether a figure is known to hold after the one before it, so that the change between them is a change over time: both
 * dated, or it replaced that one (an undated figure stands just before its superseder, but that says nothing of when it
 * held against the dated figures before it: 2,650 in 2019, then an undated 10, is no fall of 2,640).
 */
function inTimeOrder(previous: { claim_id: number; dated: boolean }, f: Figure, replaces: number[]): boolean {
  return (previous.dated && f.as_of !== null) || replaces.includes(previous.claim_id);
}

/**
 * Undated figures sort last, but one that a figure of the same claimant supersedes is older than it: it goes
 * just before its superseder, so the change reads from the old figure to the new (1,100 → 1,500, not back).
 */
function placeUndatedBeforeSuperseders<T extends Figure>(ordered: T[], supersession: LinkRow[]): T[] {
  const out = [...ordered];
  for (let moved = true, rounds = 0; moved && rounds <= out.length; rounds++) {
    moved = false;
    for (const link of supersession) {
      const newer = out.findIndex((f) => f.claim_id === link.claim_id);
      const older = out.findIndex((f) => f.claim_id === link.related_claim_id);
      if (newer < 0 || older < 0 || older < newer || out[older].as_of !== null) continue;
      const [figure] = out.splice(older, 1);
      out.splice(newer, 0, figure);
      moved = true;
    }
  }
  return out;
}

/**
 * Every figure (superseded ones included and marked) in as_of order, grouped by claimant, with the change from
 * the claimant’s previous figure; a page of claimants at a time, the warnings over every figure.
 */
export function timelineView(store: CompareStore, q: CompareQuery, paging?: Paging): Promise<Paged<TimelineView>> {
  return store.inOneSnapshot(async (store) => {
    const filter = { ...q, statuses: STATUSES };
    const [summary, units] = await Promise.all([store.timelineSummary(filter, rangeOf<TimelineKey>(paging)), store.units(q.metrics ?? [])]);
    const { items: page, nextKey } = pageOf(summary.page, paging, (c) => c.key);
    const { figures, links } = await store.claimantFigures(
      filter,
      page.map((c) => c.claimant_id),
    );
    const warnings = warningsOf(q.metrics ?? [], units, summary.partOf, summary.vagueIds);
    return { view: timelineOf(q, summary.claimantCount, timelineClaimants(q, figures.map(toFigure), links), warnings), nextKey };
  });
}

/**
 * For each metric asked, a timeline of the `perMetric` claimants with the most recent figures (all their figures
 * matching the query, superseded ones included), claimants most recent first: the country page's small
 * timelines. Unlike `timeline` it counts no claimant beyond those (`claimant_count` is how many are drawn), and
 * its work is bounded by the claimants drawn, not by the figures the metric has.
 */
export async function recentTimelines(
  store: CompareStore,
  q: CompareQuery,
  metrics: string[],
  perMetric: number,
): Promise<Map<string, TimelineView>> {
  const units = await store.units(metrics);
  return new Map(
    await Promise.all(
      metrics.map(async (metric): Promise<[string, TimelineView]> => {
        const mq = { ...q, metrics: [metric] };
        const claimantIds = await store.recentClaimants({ ...mq, statuses: STATUSES }, perMetric);
        if (claimantIds.length === 0) return [metric, timelineOf(mq, 0, [], [])];
        // The links whose both ends are among the drawn claimants’ figures.
        const { figures: rows, links } = await store.claimantFigures({ ...mq, claimantIds, statuses: STATUSES }, claimantIds, [
          'supersedes',
          'part_of',
        ]);
        const figures = rows.map(toFigure);
        const rank = new Map(claimantIds.map((id, n) => [id, n]));
        const claimants = timelineClaimants(
          mq,
          figures,
          links.filter((l) => l.type === 'supersedes'),
        ).sort((a, b) => rank.get(a.claimant.id)! - rank.get(b.claimant.id)!);
        const vague = figures.filter((f) => f.interval === null).map((f) => f.claim_id);
        return [
          metric,
          timelineOf(
            mq,
            claimants.length,
            claimants,
            warningsOf(
              [metric],
              units,
              links.filter((l) => l.type === 'part_of'),
              vague,
            ),
          ),
        ];
      }),
    ),
  );
}
