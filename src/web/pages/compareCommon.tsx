import type { Request } from 'express';
import type { FilterResolvers } from '../../claims/parseClaimFilter';
import { filterResolvers } from '../../claims/parseClaimFilter';
import { COMPARE_FILTERS, CompareView, parseCompareParams } from '../../compare/parseCompareParams';
import type { CompareQuery, Paging, Warning } from '../../compare/view';
import { DomainError, FieldError } from '../../errors';
import type { Services } from '../../services';
import type { MetricRow } from '../../vocab/store';
import type { VNode } from 'preact';
import { ErrorSummary, titleOfForm } from '../components/errorSummary';
import { errorsOf, FieldNote, fieldNoteId, noteAttributes } from '../components/fieldNote';
import { Layout, type PageLinks } from '../layout';
import { givenQuery } from '../params';

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

/** A query string from parameters, leaving out empty ones. */
export function queryString(params: Record<string, string | undefined | null>, drop: string[] = []): string {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '' && !drop.includes(k)) search.set(k, v);
  const s = search.toString();
  return s ? `?${s}` : '';
}

/**
 * What a comparison's CSV holds: the view's own table, not the claims' export the other pages link (their words, "one
 * row per claim and source, with the quote", had been said of these too).
 */
const COMPARE_CSV_HOLDS: Record<CompareView, string> = {
  sources: '(this view’s table, every page: one row per claimant, their latest figure, its interval and its claim’s address)',
  timeline: '(this view’s table, every page: one row per figure, its change from the one before and its claim’s address)',
  countries: '(this view’s table: one row per place, its preferred figure, the range of its figures and its claims’ address)',
};

/** The JSON, CSV and citation twins of a comparison page: the same view from the API, with the same parameters. */
export function compareTwins(view: CompareView, params: Record<string, string>): PageLinks {
  const base = `/v1/compare/${view}`;
  return {
    json: base + queryString(params),
    // The CSV is the whole view: paging parameters are refused with it.
    csv: base + queryString({ ...params, format: 'csv', bom: '1' }, ['limit', 'cursor']),
    csvHolds: COMPARE_CSV_HOLDS[view],
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

/** A field of a comparison form: its query parameter, its label, and a hint shown under it. */
export interface FieldSpec {
  name: string;
  label: string;
  hint?: string;
}

/** The metric picker's field, first on every comparison form. */
const METRIC_FIELD: FieldSpec = { name: 'metric', label: 'Metric' };

/**
 * The query a comparison page refused: its errors listed above the form, each naming its field by the label the form
 * shows (`fields`, the form's text fields in order, after the metric) and linking to it, focused when the page opens.
 * A page without a form (`fields` null) names the parameters as given.
 */
export function QueryErrors({ errors, fields }: { errors: FieldError[]; fields: readonly FieldSpec[] | null }) {
  const known = new Map(fields ? [METRIC_FIELD, ...fields].map((f) => [f.name, f.label]) : []);
  return (
    <ErrorSummary
      id="query-errors"
      errors={errors}
      message="The page could not be drawn: some parameters are not valid."
      fields={[...known.keys()]}
      fieldId={(field) => (known.has(field) ? `field-${field}` : null)}
      fieldLabel={(field) => known.get(field) ?? field}
      focus
    />
  );
}

/**
 * A text field of a comparison form with its hint and, when the query was refused for it, what is wrong, shown next
 * to it and tied to it (aria-describedby), as on the search form.
 */
export function CompareField({
  spec,
  value,
  errors,
  list,
}: {
  spec: FieldSpec;
  value: string | undefined;
  errors: readonly FieldError[];
  list?: string;
}) {
  const id = `field-${spec.name}`;
  const own = errorsOf(errors, spec.name);
  const described = [spec.hint ? `hint-${spec.name}` : null, own.length > 0 ? fieldNoteId(id) : null].filter(Boolean).join(' ');
  return (
    <div class="field">
      <label for={id}>{spec.label}</label>
      <input
        id={id}
        name={spec.name}
        list={list}
        value={value ?? ''}
        aria-invalid={own.length > 0 ? 'true' : undefined}
        aria-describedby={described || undefined}
      />
      {spec.hint && <small id={`hint-${spec.name}`}>{spec.hint}</small>}
      <FieldNote inputId={id} errors={own} />
    </div>
  );
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
  return (
    <form method="get" action={action} class="compare-form">
      <MetricSelect value={values.metric} metrics={metrics} errors={errors} keepUnknown />
      {fields.map((f) => (
        <CompareField spec={f} value={values[f.name]} errors={errors} />
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
  errors,
  keepUnknown = false,
}: {
  value: string | undefined;
  metrics: MetricRow[];
  errors: readonly FieldError[];
  keepUnknown?: boolean;
}) {
  const own = errorsOf(errors, METRIC_FIELD.name);
  return (
    <div class="field">
      <label for="field-metric">{METRIC_FIELD.label}</label>
      <select id="field-metric" name="metric" {...noteAttributes('field-metric', own)}>
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
      <FieldNote inputId="field-metric" errors={own} />
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
  { intro, errors, fields }: { intro?: string; errors?: FieldError[]; fields: readonly FieldSpec[] },
): { status: number; page: VNode } {
  return {
    status: errors ? 400 : 200,
    page: (
      <Layout title={titleOfForm(title, errors !== undefined)}>
        <h1>{title}</h1>
        {intro && <p>{intro}</p>}
        {errors && <QueryErrors errors={errors} fields={fields} />}
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
  const values = givenQuery(req);
  const metrics = await deps.services.vocabulary.listMetrics();
  const form = (errors: FieldError[]) => (
    <CompareForm action={`/compare/${view}`} values={values} metrics={metrics} fields={formFieldsOf(view)} errors={errors} />
  );
  const fields = formFieldsOf(view);
  if (Object.keys(req.query as object).length === 0) return { answer: formPage(title, form([]), { intro, fields }) };
  const parsed = await parsePageParams(req, deps, view);
  if ('errors' in parsed) return { answer: formPage(title, form(parsed.errors), { errors: parsed.errors, fields }) };
  return { ...parsed, values, metrics, form };
}

/**
 * What narrows a comparison page beyond its metric and country, in words ("group Islamic State, claimant Nurtai
 * Abykaev, from 2014, a further page"), for its title and heading: two tabs of one view filtered or paged differently
 * read apart (WCAG 2.4.2). Groups and claimants are said by their names (`names`, from narrowingNames), else as given.
 */
export function compareViewInWords(values: Record<string, string>, names: NarrowingNames = {}): string {
  const said = (['group', 'claimant', 'from', 'to'] as const)
    .filter((k) => values[k])
    .map((k) => `${k} ${(k === 'group' || k === 'claimant' ? names[k] : undefined) ?? values[k]}`);
  if (values.cursor) said.push('a further page');
  return said.length > 0 ? ` (${said.join(', ')})` : '';
}

/** The names of the group and claimant a comparison is narrowed to, where the query gave a slug, alias or id. */
export interface NarrowingNames {
  group?: string;
  claimant?: string;
}

/**
 * The names of what narrows a comparison (the query as parsed: groups as slugs, claimants as ids): each group by its
 * vocabulary name, each claimant by the actor's name (a claimant asked for by name is said in the words asked).
 */
export async function narrowingNames(services: Services, query: CompareQuery): Promise<NarrowingNames> {
  const names: NarrowingNames = {};
  if (query.groups?.length) {
    const groups = new Map((await services.vocabulary.listGroups()).map((g) => [g.slug, g.name]));
    names.group = query.groups.map((slug) => groups.get(slug) ?? slug).join(', ');
  }
  if (query.claimantIds?.length) {
    const actors = await Promise.all(
      query.claimantIds.map((id) =>
        services.actors.get(id).then(
          (a) => a.name,
          () => String(id),
        ),
      ),
    );
    names.claimant = actors.join(', ');
  }
  return names;
}

/** How many of a view's claimants a page shows: "3 of 12 claimants", "all 4 claimants", "the one claimant". */
export function claimantsShown(shown: number, total: number): string {
  if (total === 0) return 'no claimant';
  if (shown < total) return `${shown} of ${total} claimants`;
  return total === 1 ? 'the one claimant' : `all ${total} claimants`;
}

/**
 * The links between the pages of a paged view: back to the first page (when not on it) and on to the next; nothing on
 * a view of one page (an empty "Pages" navigation landmark was announced on every such page).
 */
export function Pager({ view, values, next }: { view: CompareView; values: Record<string, string>; next: string | null }) {
  if (!values.cursor && !next) return null;
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

/** The id of a comparison page's "Change the view" heading, above its form: where "what you can do" sends the reader. */
export const CHANGE_VIEW = 'change-view';

/**
 * What a page about figures says when the ledger holds none for what it asks, and where to go from there, in place of
 * an empty drawing and a table of headings alone: a reader had met a full legend, a table without a row (on a phone a
 * box that scrolled sideways with nothing in it to focus: axe's scrollable-region-focusable), "0 figures from no
 * claimant on this page", and no word of what to do next. `what` ends "The ledger holds no figure …"; each link is
 * offered where it leads elsewhere: the same view without what narrows it (`widened`), the metric in every country,
 * the page's own form, the search, and the workspace, where editors add figures (the place's page is linked beside it).
 */
export function NoFiguresHere(props: {
  what: string;
  values: Record<string, string>;
  widened?: string;
  metric?: { code: string; label: string };
  form?: boolean;
}) {
  const at = queryString({ as_recorded: props.values.as_recorded });
  return (
    <div class="no-figures-here">
      <p>
        <strong>The ledger holds no figure {props.what}.</strong> What you can do:
      </p>
      <ul>
        {props.widened && (
          <li>
            <a href={props.widened}>The same without the group, claimant or dates that narrow it</a>
          </li>
        )}
        {props.metric && (
          <li>
            <a href={`/compare/countries${queryString({ metric: props.metric.code, as_recorded: props.values.as_recorded })}`}>
              {props.metric.label} in every country
            </a>
          </li>
        )}
        {props.form && (
          <li>
            <a href={`#${CHANGE_VIEW}`}>Choose another metric or place</a>
          </li>
        )}
        <li>
          <a href={`/${at}`}>Search every claim</a>
        </li>
        <li>
          Editors: <a href="/workspace">add the figures of an article in the workspace</a>
        </li>
      </ul>
    </div>
  );
}

/**
 * The links NoFiguresHere offers on a comparison page of one view (`sources`, `timeline`): the same view without what
 * narrows it, when something does; the metric in every country, when one metric is asked; the form.
 */
export function noFiguresLinks(
  query: CompareQuery,
  values: Record<string, string>,
  metricLabel: string,
  view: CompareView,
): { values: Record<string, string>; widened?: string; metric?: { code: string; label: string }; form: true } {
  const metric = query.metrics?.length === 1 ? query.metrics[0] : undefined;
  const narrowed = ['group', 'claimant', 'from', 'to'].some((k) => values[k]);
  return {
    values,
    widened: narrowed
      ? `/compare/${view}${queryString({ country: values.country, metric: values.metric, as_recorded: values.as_recorded })}`
      : undefined,
    metric: metric ? { code: metric, label: metricLabel } : undefined,
    form: true,
  };
}
