import type { FieldError } from '../../errors';
import { CLAIM_SORTS } from '../../claims/parseClaimFilter';
import type { Labels } from '../components/claimTable';
import { errorsOf, FieldNote, noteAttributes } from '../components/fieldNote';
import { STATUS_LABELS } from '../components/figure';
import { Layout } from '../layout';
import { ErrorSummary } from '../workspace/formParts';

const SORT_LABELS: Record<string, string> = {
  id: 'Order recorded',
  as_of: 'Date, oldest first',
  '-as_of': 'Date, newest first',
  value: 'Figure, smallest first',
  '-value': 'Figure, largest first',
  created_at: 'Recorded, oldest first',
  '-created_at': 'Recorded, newest first',
};

/** The filters the search form has fields for; the others it carries along as hidden fields. */
export const FORM_FIELDS = ['q', 'sort', 'country', 'metric', 'status', 'from', 'to'];

/**
 * The search form, filled with the query as given. With `errors` (a search that could not be run), each field at
 * fault says why next to it, so the form can be corrected and sent again, with JavaScript off too.
 */
export function SearchForm({
  query,
  labels,
  errors = [],
}: {
  query: Record<string, string>;
  labels: Labels;
  errors?: readonly FieldError[];
}) {
  const keep = Object.entries(query).filter(([k]) => !['cursor', ...FORM_FIELDS].includes(k));
  const note = (field: string, inputId: string) => {
    const own = errorsOf(errors, field);
    return { own, attrs: noteAttributes(inputId, own), node: <FieldNote inputId={inputId} errors={own} /> };
  };
  const [q, sort, country, metric, status, from, to] = [
    note('q', 'q'),
    note('sort', 'sort'),
    note('country', 'f-country'),
    note('metric', 'f-metric'),
    note('status', 'f-status'),
    note('from', 'f-from'),
    note('to', 'f-to'),
  ];
  const cls = (n: { own: readonly FieldError[] }) => (n.own.length > 0 ? 'field invalid' : 'field');
  const sorted = CLAIM_SORTS.includes(query.sort as (typeof CLAIM_SORTS)[number]) ? query.sort : 'id';
  return (
    <form class="search" method="get" action="/" role="search">
      <div class={cls(q)}>
        <label for="q">Search quotes, figures, notes and context</label>
        <input id="q" name="q" type="search" value={query.q ?? ''} maxLength={500} placeholder="e.g. Kazakh women" {...q.attrs} />
        {q.node}
      </div>
      <div class={cls(sort)}>
        <label for="sort">Sort by</label>
        <select id="sort" name="sort" {...sort.attrs}>
          {CLAIM_SORTS.map((s) => (
            <option value={s} selected={s === sorted}>
              {SORT_LABELS[s]}
            </option>
          ))}
        </select>
        {sort.node}
      </div>
      {keep.map(([k, v]) => (
        <input type="hidden" name={k} value={v} />
      ))}
      <button type="submit">Search</button>
      <details class="filters" open={FORM_FIELDS.slice(2).some((k) => query[k] !== undefined && query[k] !== '')}>
        <summary>Filters</summary>
        <div class="filter-fields">
          <div class={cls(country)}>
            <label for="f-country">
              Country <span class="hint">(code, name or demonym)</span>
            </label>
            <input id="f-country" name="country" type="text" value={query.country ?? ''} maxLength={300} {...country.attrs} />
            {country.node}
          </div>
          <div class={cls(metric)}>
            <label for="f-metric">Metric</label>
            {(query.metric ?? '').includes(',') || metric.own.length > 0 ? (
              <input id="f-metric" name="metric" type="text" value={query.metric} {...metric.attrs} />
            ) : (
              <select id="f-metric" name="metric">
                <option value="">any</option>
                {labels.metrics.map(([code, label]) => (
                  <option value={code} selected={query.metric === code}>
                    {label}
                  </option>
                ))}
              </select>
            )}
            {metric.node}
          </div>
          <div class={cls(status)}>
            <label for="f-status">Status</label>
            {(query.status ?? '').includes(',') || status.own.length > 0 ? (
              <input id="f-status" name="status" type="text" value={query.status} {...status.attrs} />
            ) : (
              <select id="f-status" name="status">
                <option value="">any</option>
                {Object.entries(STATUS_LABELS).map(([code, label]) => (
                  <option value={code} selected={query.status === code}>
                    {label}
                  </option>
                ))}
              </select>
            )}
            {status.node}
          </div>
          <div class={cls(from)}>
            <label for="f-from">
              As of, from <span class="hint">(YYYY, YYYY-MM or YYYY-MM-DD)</span>
            </label>
            <input id="f-from" name="from" type="text" value={query.from ?? ''} maxLength={10} inputMode="numeric" {...from.attrs} />
            {from.node}
          </div>
          <div class={cls(to)}>
            <label for="f-to">As of, to</label>
            <input id="f-to" name="to" type="text" value={query.to ?? ''} maxLength={10} inputMode="numeric" {...to.attrs} />
            {to.node}
          </div>
        </div>
      </details>
    </form>
  );
}

const FIELD_IDS: Record<string, string> = {
  q: 'q',
  sort: 'sort',
  country: 'f-country',
  metric: 'f-metric',
  status: 'f-status',
  from: 'f-from',
  to: 'f-to',
};

/** A search that could not be run (400): the form as it was sent, each error next to its field and listed above it. */
export function SearchErrorPage({
  query,
  labels,
  message,
  errors,
}: {
  query: Record<string, string>;
  labels: Labels;
  message: string;
  errors: FieldError[];
}) {
  return (
    <Layout title="Search: check the form">
      <h1>Claims ledger</h1>
      <ErrorSummary id="search-errors" errors={errors} message={message} fieldId={(field) => FIELD_IDS[field] ?? null} />
      <SearchForm query={query} labels={labels} errors={errors} />
    </Layout>
  );
}
