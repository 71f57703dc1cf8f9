import type { FacetCount } from '../../claims/filterQuery';
import type { ClaimFilter } from '../../claims/parseClaimFilter';
import type { Claim, ClaimStatus } from '../../claims/model';
import { EXPORT_FILTER_PARAMS } from '../../export/parseExportParams';
import { ClaimTable, type Labels } from '../components/claimTable';
import { STATUS_LABELS } from '../components/figure';
import { withParams } from '../components/links';
import { FILTER_NAMES, filtersInUse, filterValueInWords, listViewInWords, sortInWords } from '../components/listView';
import { claimExports, Layout } from '../layout';
import { SearchForm } from './searchForm';
import { Stored, storedString } from '../components/storedText';
import { yesNo } from '../../query';

/** The facets the search page shows, in this order, with the parameter a value filters by. */
export const SEARCH_FACETS = ['country', 'metric', 'group', 'claimant', 'status', 'year'] as const;
const FACET_TITLES: Record<(typeof SEARCH_FACETS)[number], string> = {
  country: 'Country',
  metric: 'Metric',
  group: 'Group',
  claimant: 'Claimant',
  status: 'Status',
  year: 'Year (as of)',
};
/**
 * The search page's title: what is searched and filtered, and which further page of the results, so that a tab, a
 * bookmark and the browser's history say which search it is ("Search: “women”, country Kazakhstan, sorted by figure, largest
 * first (claims 51–100 of 3,544)").
 */
export function searchTitle(q: string | undefined, filters: string[], position: string | null, furtherPage: boolean): string {
  const what = [...(q !== undefined ? [`“${storedString(q)}”`] : []), ...filters].join(', ');
  const page = furtherPage ? ` (${position ? position.replace(/^Claims/, 'claims') : 'a further page'})` : '';
  return `Search${what ? `: ${what}` : ''}${page}`;
}

export interface SearchPageProps {
  /** The query string as given (already validated): the page's whole state. */
  query: Record<string, string>;
  filter: ClaimFilter;
  claims: Claim[];
  /** Null when counting took too long (a broad search of a large ledger). */
  facets: Record<string, FacetCount[]> | null;
  /** On a further page, how many matching claims come from its cursor on (this page's included); null when not counted. */
  fromCursor?: number | null;
  next: string | null;
  matched: Set<string>;
  labels: Labels;
}

type Query = Record<string, string | undefined>;

/** The page's URL with some parameters changed (undefined removes one); a new filter starts again at the first page. */
function changed(query: Record<string, string>, change: Query): string {
  const { cursor: _cursor, ...rest } = query;
  return withParams('/', { ...rest, ...change });
}

/**
 * The filter a facet's value stands for: a year is from and to that year; the claims without a value of a facet are
 * filtered by `undated` (year) and `no_group` (group), which replace the facet's own filter (the others count no
 * claim without a value: every claim has a country, a metric, a claimant and a status).
 */
const NO_VALUE_FILTERS: Partial<Record<string, { name: string; replaces: string[] }>> = {
  year: { name: 'undated', replaces: ['from', 'to'] },
  group: { name: 'no_group', replaces: ['group'] },
};

function facetParams(facet: string, value: string | number | null): Query {
  if (value === null) {
    const none = NO_VALUE_FILTERS[facet];
    return none ? { ...Object.fromEntries(none.replaces.map((p) => [p, undefined])), [none.name]: 'true' } : {};
  }
  if (facet === 'year') return { from: String(value), to: String(value), undated: undefined };
  return { [facet]: String(value), ...(facet === 'group' ? { no_group: undefined } : {}) };
}

/** The query without the filter of a facet's value. */
function withoutFacet(facet: string, value: string | number | null): Query {
  if (value === null) return { [NO_VALUE_FILTERS[facet]?.name ?? facet]: undefined };
  return facet === 'year' ? { from: undefined, to: undefined } : { [facet]: undefined };
}

function isActive(query: Record<string, string>, facet: string, value: string | number | null): boolean {
  if (value === null) {
    const none = NO_VALUE_FILTERS[facet];
    return none !== undefined && yesNo(query[none.name] ?? '') === true;
  }
  if (facet === 'year') return query.from === String(value) && query.to === String(value);
  return (query[facet] ?? '')
    .split(',')
    .map((s) => s.trim())
    .includes(String(value));
}

function facetLabel(facet: string, f: FacetCount): string {
  if (f.value === null) return facet === 'year' ? 'undated' : 'none';
  if (facet === 'status') return STATUS_LABELS[String(f.value) as ClaimStatus] ?? String(f.value);
  return f.label ?? String(f.value);
}

/**
 * Values a facet lists before "more": a facet counts up to a hundred values, and listed whole six facets pushed the
 * claims eight screens down on a phone and gave a screen reader hundreds of links to pass first.
 */
export const FACET_VALUES_SHOWN = 8;

export function Facet({
  facet,
  counts,
  query,
}: {
  facet: (typeof SEARCH_FACETS)[number];
  counts: FacetCount[];
  query: Record<string, string>;
}) {
  const sorted =
    facet === 'year'
      ? [...counts].sort((a, b) => (b.value === null ? -1 : a.value === null ? 1 : Number(b.value) - Number(a.value)))
      : counts;
  // The most frequent values first; a value filtered by stays in sight wherever it ranks, to be removed in one click.
  const shown = sorted.filter((f, i) => i < FACET_VALUES_SHOWN || isActive(query, facet, f.value));
  const more = sorted.filter((f) => !shown.includes(f));
  const item = (f: FacetCount) => {
    const label = facetLabel(facet, f);
    const active = isActive(query, facet, f.value);
    const count = <span class="count">{f.count.toLocaleString('en-US')}</span>;
    if (f.value === null && !NO_VALUE_FILTERS[facet])
      return (
        <li class="no-value">
          {label} {count}
        </li>
      );
    return (
      <li class={f.value === null ? 'no-value' : undefined}>
        {active ? (
          <a href={changed(query, withoutFacet(facet, f.value))} aria-current="true" class="active">
            <Stored text={label} /> <span class="visually-hidden">(selected; remove this filter)</span>
          </a>
        ) : (
          <a href={changed(query, facetParams(facet, f.value))}>
            <Stored text={label} />
            {/* named by where it goes: the rows link the same name to its own page (WCAG 2.4.4, 2.4.9) */}
            <span class="visually-hidden"> (filter the search by it)</span>
          </a>
        )}{' '}
        {count}
      </li>
    );
  };
  return (
    <section class="facet" aria-labelledby={`facet-${facet}`}>
      <h3 id={`facet-${facet}`}>{FACET_TITLES[facet]}</h3>
      <ul>{shown.map(item)}</ul>
      {more.length > 0 && (
        <details class="facet-more">
          <summary>
            {`${more.length} more`}
            <span class="visually-hidden">{` values of ${FACET_TITLES[facet].toLowerCase()}`}</span>
          </summary>
          <ul>{more.map(item)}</ul>
        </details>
      )}
    </section>
  );
}

/**
 * Where a page of results stands among all that match ("Claims 51–100 of 3,544"), from the total and how many come
 * from the page's first on; null when either was not counted (a broad search of a large ledger).
 */
export function pagePosition(total: number | null, fromHere: number | null, shown: number): string | null {
  if (total === null || fromHere === null || shown === 0) return null;
  const first = total - fromHere + 1;
  const n = (x: number) => x.toLocaleString('en-US');
  return `Claims ${n(first)}–${n(first + shown - 1)} of ${n(total)}`;
}

/**
 * What to try when nothing matches, by what narrowed the search: "Try fewer words" had been said to a search of a
 * country alone, which has no words.
 */
function noMatchAdvice(searched: boolean, filters: number): string {
  if (searched && filters > 0) return 'Try fewer words or remove a filter.';
  if (searched) return 'Try fewer or other words.';
  if (filters > 0) return filters === 1 ? 'Remove the filter in use, above.' : 'Remove a filter in use, above.';
  return 'This page of results is past the last claim.';
}

/** The home page: full-text search over the claims with facets, sorting and paging; the query string is its whole state. */
export function HomePage({ query, filter, claims, facets, fromCursor = null, next, matched, labels }: SearchPageProps) {
  const total = facets ? (facets.status ?? []).reduce((n, f) => n + f.count, 0) : null;
  const position = pagePosition(total, query.cursor ? fromCursor : total, claims.length);
  const active = filtersInUse(query);
  const order = sortInWords(filter.sort);
  const exportQuery = Object.fromEntries(Object.entries(query).filter(([k]) => (EXPORT_FILTER_PARAMS as readonly string[]).includes(k)));
  const searched = filter.q !== undefined;
  return (
    <Layout
      title={searchTitle(filter.q, listViewInWords(query, filter.sort, labels), position, query.cursor !== undefined)}
      asRecorded={filter.asRecorded}
      links={{
        json: withParams('/v1/claims', query),
        ...claimExports(exportQuery, claims.length > 0 || query.cursor !== undefined),
        // An export is in the order recorded (claim id: it streams), whatever the page's sort: said where it differs.
        csvHolds:
          order && filter.sort !== 'created_at'
            ? `(every claim this page lists, all pages, in the order recorded: not ${order} as here; one row per claim and source, with the quote and provenance)`
            : undefined,
        // The data package is the ledger as it stands: not offered beside a view of the past.
        datapackage: filter.asRecorded ? undefined : '/v1/export/datapackage',
      }}
    >
      <h1>Claims ledger</h1>
      <p class="lede">Sourced numeric claims about extremism: who said how many, when, in which words, reported where.</p>
      <SearchForm query={{ ...query, q: filter.q ?? '', sort: filter.sort ?? 'id' }} labels={labels} />
      {active.length > 0 && (
        <section class="active-filters" aria-labelledby="active-filters">
          <h2 id="active-filters" class="visually-hidden">
            Filters in use
          </h2>
          <ul>
            {active.map((k) => (
              <li>
                <span>
                  {FILTER_NAMES[k]}: {filterValueInWords(k, query[k], labels)}
                </span>{' '}
                <a href={changed(query, { [k]: undefined })}>
                  remove<span class="visually-hidden"> the {FILTER_NAMES[k]} filter</span>
                </a>
              </li>
            ))}
          </ul>
          <p>
            <a href={withParams('/', { q: query.q })}>Clear every filter</a>
          </p>
        </section>
      )}
      {/* The results come first, for eyes, keys and screen readers alike; the facets follow them (at their right on a
          wide screen, under them on a phone, where before them they pushed the first claim two screens down). */}
      <div class="results-layout">
        <section class="results" aria-labelledby="results-title">
          <h2 id="results-title">
            {total === null ? 'Claims' : total === 1 ? '1 claim' : `${total.toLocaleString('en-US')} claims`}
            {searched ? (
              <>
                {' '}
                matching “<Stored text={filter.q} />”
              </>
            ) : (
              ''
            )}
            {order ? `, ${order}` : ''}
          </h2>
          {facets && claims.length > 0 && (
            <p class="to-facets">
              <a href="#facets">Refine by country, metric, group, claimant, status or year</a>
            </p>
          )}
          {claims.length === 0 ? (
            <p>
              {searched || active.length > 0 || query.cursor
                ? `No claim matches. ${noMatchAdvice(searched, active.length)}`
                : 'The ledger holds no claims yet: editors add them in the workspace, or import them.'}
            </p>
          ) : (
            <ClaimTable
              claims={claims}
              caption={position ?? (query.cursor ? 'Claims, a further page' : 'Claims')}
              labels={labels}
              asRecorded={filter.asRecorded}
              matched={matched}
            />
          )}
          <nav class="pager" aria-label="Pages">
            {position && (next || query.cursor) && <span class="page-position">{position}</span>}
            {query.cursor && <a href={changed(query, {})}>First page</a>}
            {next && (
              <a href={next} rel="next">
                Next page
              </a>
            )}
          </nav>
        </section>
        <aside class="facets" id="facets" tabindex={-1} aria-labelledby="facets-title">
          <h2 id="facets-title">Refine</h2>
          {facets ? (
            SEARCH_FACETS.filter((f) => (facets[f] ?? []).length > 0).map((f) => <Facet facet={f} counts={facets[f]} query={query} />)
          ) : (
            <p class="hint">
              So many claims match that counting them by country, metric and the rest would take too long. Search for words or pick a filter
              to see the counts.
            </p>
          )}
        </aside>
      </div>
    </Layout>
  );
}
