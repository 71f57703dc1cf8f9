import type { ClaimSort } from '../../claims/claimFilter';
import { yesNo } from '../../query';
import type { Labels } from './claimTable';

/** The orders a list of claims is offered in, as its sort field names them. */
export const SORT_LABELS: Record<ClaimSort, string> = {
  id: 'Order recorded',
  as_of: 'Date, oldest first',
  '-as_of': 'Date, newest first',
  value: 'Figure, smallest first',
  '-value': 'Figure, largest first',
  created_at: 'Date recorded, oldest first',
  '-created_at': 'Date recorded, newest first',
};

/** Filter parameters of a list of claims, with their names in words, in the order a title says them. */
export const FILTER_NAMES: Record<string, string> = {
  country: 'country',
  metric: 'metric',
  group: 'group',
  no_group: 'group',
  claimant: 'claimant',
  document: 'document',
  from: 'as of from',
  to: 'as of to',
  undated: 'as of',
  status: 'status',
  rank: 'rank',
  min_value: 'at least',
  max_value: 'at most',
  as_recorded: 'as recorded at',
};

/** A filter's value in words: countries, metrics and groups by their names, each of a list; others as given. */
export function filterValueInWords(name: string, value: string, labels: Labels): string {
  // Read as the filter reads them (yesNo: undated=1 is undated=true).
  if (name === 'undated') return yesNo(value) ? 'unknown' : 'known';
  if (name === 'no_group') return yesNo(value) ? 'none' : 'any';
  const named = name === 'country' ? labels.country : name === 'metric' ? labels.metric : name === 'group' ? labels.group : null;
  if (!named) return value;
  return value
    .split(',')
    .map((v) => named(v.trim()))
    .join(', ');
}

/** The filters of a list's query string that are in use, by parameter. */
export const filtersInUse = (query: Record<string, string | undefined>): string[] =>
  Object.keys(FILTER_NAMES).filter((k) => query[k] !== undefined);

/** A list's order in words ("sorted by figure, largest first"); nothing for the ledger's own order, the default. */
export function sortInWords(sort: ClaimSort | undefined): string | null {
  if (sort === undefined || sort === 'id') return null;
  const label = SORT_LABELS[sort];
  return `sorted by ${label[0].toLowerCase()}${label.slice(1)}`;
}

/**
 * What a list of claims shows, in words: each filter in use and its order ("country Kazakhstan, sorted by figure,
 * largest first"). A page's title and heading say it, so two tabs of one list filtered or sorted differently read
 * apart in the tab bar, the history and bookmarks (WCAG 2.4.2).
 */
export function listViewInWords(query: Record<string, string>, sort: ClaimSort | undefined, labels: Labels): string[] {
  const filters = filtersInUse(query).map((k) => `${FILTER_NAMES[k]} ${filterValueInWords(k, query[k], labels)}`);
  const order = sortInWords(sort);
  return order ? [...filters, order] : filters;
}

/**
 * The title of a page of one record (an actor, a document) whose list of claims the query filters, sorts or pages on:
 * the record's name, then what the list shows (`view`, from listViewInWords: "Nurtai Abykaev: claims with status
 * active, sorted by figure, largest first (a further page)"), else the name alone.
 */
export function recordPageTitle(name: string, view: readonly string[], query: Record<string, string>): string {
  const further = query.cursor !== undefined ? ' (a further page)' : '';
  return view.length > 0 ? `${name}: claims with ${view.join(', ')}${further}` : `${name}${further}`;
}
