import type { ComponentChildren } from 'preact';
import type { FieldError } from '../../errors';
import { CLAIM_SORTS } from '../../claims/parseClaimFilter';
import type { Labels } from '../components/claimTable';
import { errorsOf, FieldNote, noteAttributes } from '../components/fieldNote';
import { STATUS_LABELS } from '../components/figure';
import { Layout } from '../layout';
import { ErrorSummary, titleOfForm } from '../components/errorSummary';
import { filtersInUse, SORT_LABELS } from '../components/listView';

/** The filters the search form has fields for; the others it carries along as hidden fields. */
export const FORM_FIELDS = ['q', 'sort', 'country', 'metric', 'status', 'from', 'to'];

/** The id of each form field's input, which its error note and the error summary point at. */
const FIELD_IDS: Record<string, string> = {
  q: 'q',
  sort: 'sort',
  country: 'f-country',
  metric: 'f-metric',
  status: 'f-status',
  from: 'f-from',
  to: 'f-to',
};

/** The form's labels: shown at the fields, and naming them in the list of errors. */
const FIELD_LABELS: Record<string, string> = {
  q: 'Search quotes, figures, notes and context',
  sort: 'Sort by',
  country: 'Country',
  metric: 'Metric',
  status: 'Status',
  from: 'As of, from',
  to: 'As of, to',
};

/** A field's errors, the attributes that tie its input to them and the note that shows them. */
interface Note {
  own: readonly FieldError[];
  attrs: ReturnType<typeof noteAttributes>;
  node: ComponentChildren;
}

/**
 * A choice of codes as a select; as a text input holding what was sent when that is a list ("a,b") or was refused,
 * so it can be read and corrected.
 */
function ChoiceField({
  id,
  name,
  value,
  options,
  note,
}: {
  id: string;
  name: string;
  value?: string;
  options: [string, string][];
  note: Note;
}) {
  if ((value ?? '').includes(',') || note.own.length > 0) return <input id={id} name={name} type="text" value={value} {...note.attrs} />;
  return (
    <select id={id} name={name}>
      <option value="">any</option>
      {options.map(([code, label]) => (
        <option value={code} selected={value === code}>
          {label}
        </option>
      ))}
    </select>
  );
}

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
  const note = (field: string): Note => {
    const inputId = FIELD_IDS[field];
    const own = errorsOf(errors, field);
    return { own, attrs: noteAttributes(inputId, own), node: <FieldNote inputId={inputId} errors={own} /> };
  };
  const [q, sort, country, metric, status, from, to] = FORM_FIELDS.map(note);
  const cls = (n: { own: readonly FieldError[] }) => (n.own.length > 0 ? 'field invalid' : 'field');
  // Every filter in use, as the list of filters under the form names them (a claimant, a group, undated…), not only
  // the panel's fields: "Filters (1 in use)" had been said of a search narrowed by three.
  const inUse = filtersInUse(query).filter((k) => query[k] !== '').length;
  const sorted = CLAIM_SORTS.includes(query.sort as (typeof CLAIM_SORTS)[number]) ? query.sort : 'id';
  return (
    <form class="search" method="get" action="/" role="search">
      <div class={cls(q)}>
        <label for="q">{FIELD_LABELS.q}</label>
        <input id="q" name="q" type="search" value={query.q ?? ''} maxLength={500} placeholder="e.g. Kazakh women" {...q.attrs} />
        {q.node}
      </div>
      <div class={cls(sort)}>
        <label for="sort">{FIELD_LABELS.sort}</label>
        <select id="sort" name="sort" {...sort.attrs}>
          {/* The ledger's own order is the default: chosen, it adds nothing to the address. */}
          {CLAIM_SORTS.map((s) => (
            <option value={s === 'id' ? '' : s} selected={s === sorted}>
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
      {/* Closed unless a filter was refused: the filters in use are said under the form, each with its remove link, and
          open they put five fields between a phone's reader and the first claim. */}
      <details class="filters" open={FORM_FIELDS.slice(2).some((k) => errorsOf(errors, k).length > 0)}>
        <summary>{`Filters${inUse > 0 ? ` (${inUse} in use)` : ''}`}</summary>
        <div class="filter-fields">
          <div class={cls(country)}>
            <label for="f-country">
              {FIELD_LABELS.country} <span class="hint">(code, name or demonym)</span>
            </label>
            <input id="f-country" name="country" type="text" value={query.country ?? ''} maxLength={300} {...country.attrs} />
            {country.node}
          </div>
          <div class={cls(metric)}>
            <label for="f-metric">{FIELD_LABELS.metric}</label>
            <ChoiceField id="f-metric" name="metric" value={query.metric} options={labels.metrics} note={metric} />
            {metric.node}
          </div>
          <div class={cls(status)}>
            <label for="f-status">{FIELD_LABELS.status}</label>
            <ChoiceField id="f-status" name="status" value={query.status} options={Object.entries(STATUS_LABELS)} note={status} />
            {status.node}
          </div>
          <div class={cls(from)}>
            <label for="f-from">
              {FIELD_LABELS.from} <span class="hint">(YYYY, YYYY-MM or YYYY-MM-DD)</span>
            </label>
            <input id="f-from" name="from" type="text" value={query.from ?? ''} maxLength={10} inputMode="numeric" {...from.attrs} />
            {from.node}
          </div>
          <div class={cls(to)}>
            <label for="f-to">{FIELD_LABELS.to}</label>
            <input id="f-to" name="to" type="text" value={query.to ?? ''} maxLength={10} inputMode="numeric" {...to.attrs} />
            {to.node}
          </div>
        </div>
      </details>
    </form>
  );
}

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
    <Layout title={titleOfForm('Search', true)}>
      <h1>Claims ledger</h1>
      <ErrorSummary
        id="search-errors"
        errors={errors}
        message={message}
        fields={FORM_FIELDS}
        fieldId={(field) => FIELD_IDS[field] ?? null}
        fieldLabel={(field) => FIELD_LABELS[field] ?? field}
        focus
      />
      <SearchForm query={query} labels={labels} errors={errors} />
    </Layout>
  );
}
