import type { Request } from 'express';
import type { FilterResolvers } from '../../claims/parseClaimFilter';
import { filterResolvers } from '../../claims/parseClaimFilter';
import { COMPARE_FILTERS, CompareView, parseCompareParams } from '../../compare/parseCompareParams';
import type { CompareQuery, Paging, Warning } from '../../compare/view';
import { DomainError, FieldError } from '../../errors';
import type { Services } from '../../services';
import type { MetricRow } from '../../vocab/store';
import type { VNode } from 'preact';
import { Layout, type PageLinks } from '../layout';

/** What every chart page gets from the router: the services, and the world map built once per process. */
export interface ChartPageDeps {
  services: Services;
  resolvers: FilterResolvers;
}

export const chartDeps = (services: Services): ChartPageDeps => ({ services, resolvers: filterResolvers(services) });

/** The metrics asked, by their labels ("Foreign fighters"), for titles and headings; a code the vocabulary lacks as itself. */
export function metricLabels(codes: string[] | undefined, metrics: MetricRow[]): string {
  return (codes ?? []).map((code) => metrics.find((m) => m.code === code)?.label ?? code).join(', ');
}

/** The page's query string as given (strings only), to echo in its form and build its twins' links. */
export function rawQuery(req: Request): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(req.query as Record<string, unknown>)) if (typeof v === 'string') out[k] = v;
  return out;
}

/** A query string from parameters, leaving out empty ones. */
export function queryString(params: Record<string, string | undefined | null>, drop: string[] = []): string {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '' && !drop.includes(k)) search.set(k, v);
  const s = search.toString();
  return s ? `?${s}` : '';
}

/** The JSON, CSV and citation twins of a comparison page: the same view from the API, with the same parameters. */
export function compareTwins(view: CompareView, params: Record<string, string>): PageLinks {
  const base = `/v1/compare/${view}`;
  return {
    json: base + queryString(params),
    // The CSV is the whole view: paging parameters are refused with it.
    csv: base + queryString({ ...params, format: 'csv' }, ['limit', 'cursor']),
    citation: base + queryString({ ...params, format: 'citation' }),
  };
}

/**
 * Parses a comparison page's query string with the API's own parser (so a parameter means the same on the page
 * and in its JSON twin). A 400 becomes the page's list of errors instead of an exception: the page shows its form.
 */
export async function parsePageParams(
  req: Request,
  deps: ChartPageDeps,
  view: CompareView,
): Promise<{ query: CompareQuery; paging?: Paging } | { errors: FieldError[]; message: string }> {
  try {
    const { query, paging } = await parseCompareParams(req.query, deps.resolvers, view, ['json']);
    return { query, paging };
  } catch (err) {
    if (err instanceof DomainError && err.kind === 'input')
      return { errors: err.errors.length ? err.errors : [{ field: 'query', message: err.message }], message: err.message };
    throw err;
  }
}

export function ErrorSummary({ errors }: { errors: FieldError[] }) {
  if (errors.length === 0) return null;
  return (
    <div class="error-summary" role="alert" aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">The page could not be drawn: some parameters are not valid</h2>
      <ul>
        {errors.map((e) => (
          <li>
            <a href={`#field-${e.field}`}>
              <code>{e.field}</code>
            </a>{' '}
            {e.message}
          </li>
        ))}
      </ul>
    </div>
  );
}

interface FieldSpec {
  name: string;
  label: string;
  hint?: string;
}

/** The text fields of the comparison forms besides the metric, in the order the forms show them. */
const FORM_FIELDS: FieldSpec[] = [
  { name: 'country', label: 'Country', hint: 'A code, name or demonym: KZ, Kazakhstan, Kazakh' },
  { name: 'claimant', label: 'Claimant (optional)', hint: 'An actor id or name' },
  { name: 'group', label: 'Group (optional)', hint: 'A slug or alias: ISIS' },
  { name: 'from', label: 'From (optional)', hint: 'YYYY, YYYY-MM or YYYY-MM-DD' },
  { name: 'to', label: 'To (optional)' },
  { name: 'as_recorded', label: 'As recorded at (optional)', hint: 'An instant: 2026-01-31T00:00:00Z' },
];

/** The form fields of a view: one for each filter it takes (COMPARE_FILTERS). */
const formFieldsOf = (view: CompareView): FieldSpec[] =>
  FORM_FIELDS.filter((f) => (COMPARE_FILTERS[view] as readonly string[]).includes(f.name));

/** The form that sets a comparison page's query string: plain GET, so it works without script and the URL is the state. */
export function CompareForm({
  action,
  values,
  metrics,
  fields,
  errors,
}: {
  action: string;
  values: Record<string, string>;
  metrics: MetricRow[];
  fields: FieldSpec[];
  errors: FieldError[];
}) {
  const invalid = new Set(errors.map((e) => e.field));
  return (
    <form method="get" action={action} class="compare-form">
      <MetricSelect value={values.metric} metrics={metrics} invalid={invalid.has('metric')} keepUnknown />
      {fields.map((f) => (
        <div class="field">
          <label for={`field-${f.name}`}>{f.label}</label>
          <input
            id={`field-${f.name}`}
            name={f.name}
            value={values[f.name] ?? ''}
            aria-invalid={invalid.has(f.name) ? 'true' : undefined}
            aria-describedby={f.hint ? `hint-${f.name}` : undefined}
          />
          {f.hint && <small id={`hint-${f.name}`}>{f.hint}</small>}
        </div>
      ))}
      <button type="submit">Show</button>
    </form>
  );
}

export function Warnings({ warnings }: { warnings: Warning[] }) {
  if (warnings.length === 0) return null;
  return (
    <section class="warnings" aria-labelledby="warnings-title">
      <h2 id="warnings-title">Read with care</h2>
      <ul>
        {warnings.map((w) => (
          <li data-warning={w.code}>{w.message}</li>
        ))}
      </ul>
    </section>
  );
}

/** The country's name, or the code when the place index does not know it. */
export const placeName = (services: Services, code: string | undefined) => (code ? (services.places.get(code)?.name ?? code) : '');

/** The metric picker of the comparison forms; `keepUnknown` offers a code the vocabulary lacks, as asked, to correct. */
export function MetricSelect({
  value,
  metrics,
  invalid,
  keepUnknown = false,
}: {
  value: string | undefined;
  metrics: MetricRow[];
  invalid: boolean;
  keepUnknown?: boolean;
}) {
  return (
    <div class="field">
      <label for="field-metric">Metric</label>
      <select id="field-metric" name="metric" aria-invalid={invalid ? 'true' : undefined}>
        <option value="">Choose a metric…</option>
        {metrics.map((m) => (
          <option value={m.code} selected={value === m.code}>
            {m.label} ({m.code})
          </option>
        ))}
        {keepUnknown && value && !metrics.some((m) => m.code === value) && (
          <option value={value} selected>
            {value}
          </option>
        )}
      </select>
    </div>
  );
}

/**
 * A comparison page before it has a view: its form alone (nothing asked yet, 200) or, with `errors`, the form
 * with the errors of the query it refused (400).
 */
export function formPage(
  title: string,
  form: VNode,
  { intro, errors }: { intro?: string; errors?: FieldError[] },
): { status: number; page: VNode } {
  return {
    status: errors ? 400 : 200,
    page: (
      <Layout title={title}>
        <h1>{title}</h1>
        {intro && <p>{intro}</p>}
        {errors && <ErrorSummary errors={errors} />}
        {form}
      </Layout>
    ),
  };
}

/**
 * The start of the sources and timeline pages: the view's form alone when nothing is asked (200), the form with
 * the errors of a refused query (400), else the query read, with the raw values, the metrics and the form itself.
 */
export async function openComparePage(
  req: Request,
  deps: ChartPageDeps,
  view: 'sources' | 'timeline',
  { title, intro }: { title: string; intro: string },
): Promise<
  | { answer: { status: number; page: VNode } }
  | { query: CompareQuery; paging?: Paging; values: Record<string, string>; metrics: MetricRow[]; form: (errors: FieldError[]) => VNode }
> {
  const values = rawQuery(req);
  const metrics = await deps.services.vocabulary.listMetrics();
  const form = (errors: FieldError[]) => (
    <CompareForm action={`/compare/${view}`} values={values} metrics={metrics} fields={formFieldsOf(view)} errors={errors} />
  );
  if (Object.keys(req.query as object).length === 0) return { answer: formPage(title, form([]), { intro }) };
  const parsed = await parsePageParams(req, deps, view);
  if ('errors' in parsed) return { answer: formPage(title, form(parsed.errors), { errors: parsed.errors }) };
  return { ...parsed, values, metrics, form };
}

/** The links between the pages of a paged view: back to the first page (when not on it) and on to the next. */
export function Pager({ view, values, next }: { view: CompareView; values: Record<string, string>; next: string | null }) {
  return (
    <nav class="pager" aria-label="Pages">
      {values.cursor && <a href={`/compare/${view}${queryString(values, ['cursor'])}`}>First page</a>}
      {next && (
        <a href={next} rel="next">
          Next page
        </a>
      )}
    </nav>
  );
}

/** The links from one comparison page to the other view of the same query and to the country's page. */
export function SiblingLinks(props: {
  view: CompareView;
  label: string;
  values: Record<string, string>;
  countryCode: string | undefined;
  country: string;
}) {
  const { values } = props;
  const same = {
    country: values.country,
    metric: values.metric,
    group: values.group,
    from: values.from,
    to: values.to,
    as_recorded: values.as_recorded,
  };
  return (
    <p>
      <a href={`/compare/${props.view}${queryString(same)}`}>{props.label}</a> ·{' '}
      <a href={`/countries/${encodeURIComponent(props.countryCode ?? '')}${queryString({ as_recorded: values.as_recorded })}`}>
        {props.country}: all metrics
      </a>
    </p>
  );
}
