import type { Request } from 'express';
import type { VNode } from 'preact';
import type { CountryRow } from '../../compare/countries';
import type { FieldError } from '../../errors';
import type { Services } from '../../services';
import { CountriesChart, CountryFigure, WorldMapChart } from '../charts/countriesChart';
import { dateInWords, valueMark } from '../charts/encoding';
import { fullNumber } from '../charts/scale';
import type { WorldMap } from '../charts/worldMap';
import { Layout } from '../layout';
import { givenQuery } from '../params';
import {
  ChartPageDeps,
  CompareField,
  compareTwins,
  type FieldSpec,
  formPage,
  metricLabels,
  MetricSelect,
  parsePageParams,
  Warnings,
  CHANGE_VIEW,
  NoFiguresHere,
  queryString,
} from './compareCommon';
import type { MetricRow } from '../../vocab/store';
import { counted } from '../../words';
import { Stored } from '../components/storedText';
import { TableScroll } from '../components/tableScroll';

/** The parameters of the countries view (see parseCompareParams). */
const KNOWN = ['metric', 'country', 'group', 'as_of', 'as_recorded'];

/** With no `country`, the page compares every country of the world. */
const DEFAULT_PLACE = 'World';

/**
 * The places to show for the places asked: a region or grouping stands for its members (Central Asia → KZ, KG,
 * TJ, TM, UZ) and keeps a row of its own for the figures given for the region as a whole.
 */
export function expandPlaces(services: Services, codes: string[]): string[] {
  const out: string[] = [];
  for (const code of codes) {
    const place = services.places.get(code);
    out.push(code);
    if (place && place.kind !== 'country') out.push(...place.members);
  }
  return [...new Set(out)];
}

const toFigure = (services: Services, r: CountryRow): CountryFigure => {
  const place = services.places.get(r.country);
  const within = place?.within ? (services.places.get(place.within)?.name ?? place.within) : null;
  return { ...r, m49: place?.kind === 'country' ? place.m49 : null, within };
};

/** The countries form's text fields after the metric, in its order. */
const COUNTRIES_FORM_FIELDS: FieldSpec[] = [
  {
    name: 'country',
    label: 'Countries or a region',
    hint:
      'Comma-separated codes, names or demonyms, or a region (Central Asia, CIS, EU…); a subdivision (RU-CE, Chechnya) is a place of its ' +
      'own, beside its country; empty for the whole world',
  },
  { name: 'as_of', label: 'Figures holding by (optional)', hint: 'YYYY, YYYY-MM or YYYY-MM-DD' },
  { name: 'group', label: 'Group (optional)' },
  { name: 'as_recorded', label: 'As recorded at (optional)' },
];

function CountriesForm({
  values,
  metrics,
  services,
  errors,
}: {
  values: Record<string, string>;
  metrics: MetricRow[];
  services: Services;
  errors: FieldError[];
}) {
  const regions = services.places.all().filter((p) => p.kind !== 'country' && p.kind !== 'subdivision');
  const [country, ...others] = COUNTRIES_FORM_FIELDS;
  return (
    <form method="get" action="/compare/countries" class="compare-form">
      <MetricSelect value={values.metric} metrics={metrics} errors={errors} />
      <CompareField spec={country} value={values.country} errors={errors} list="regions" />
      <datalist id="regions">
        {regions.map((r) => (
          <option value={r.name} />
        ))}
      </datalist>
      {others.map((f) => (
        <CompareField spec={f} value={values[f.name]} errors={errors} />
      ))}
      <button type="submit">Show</button>
    </form>
  );
}

/**
 * Bars drawn at most: the places with the largest figures. The map and the table show every place; two hundred
 * bars (the whole world) would be a chart thousands of pixels tall that nobody reads, and most of the page's bytes.
 */
const BARS_DRAWN = 30;

const byValue = (a: CountryFigure, b: CountryFigure) =>
  (b.best_value ?? -1) - (a.best_value ?? -1) || (a.country_name ?? a.country).localeCompare(b.country_name ?? b.country);

/** Past this many, the places without figures are named behind a summary saying how many (the world has 249). */
const NO_FIGURES_SHOWN = 12;

/**
 * The places asked for that have no figures, named once: the table lists the places with figures (for the whole world a
 * row per place made 249 rows of dashes, a quarter of the page, to say "no figures" 249 times).
 */
function NoFigures({ places }: { places: CountryFigure[] }) {
  const names = places.map((r) => r.country_name ?? r.country).join(', ');
  return (
    <details class="no-figures-list" open={places.length <= NO_FIGURES_SHOWN}>
      <summary>No figures for {counted(places.length, 'place')}</summary>
      <p>{names}.</p>
    </details>
  );
}

export async function countriesPage(req: Request, deps: ChartPageDeps, map: () => WorldMap): Promise<{ status: number; page: VNode }> {
  const { services } = deps;
  const values = givenQuery(req);
  const metrics = await services.vocabulary.listMetrics();
  const form = (errors: FieldError[]) => <CountriesForm values={values} metrics={metrics} services={services} errors={errors} />;
  const query = req.query as Record<string, unknown>;
  // No metric chosen yet: the form (an unknown parameter still goes to the parser, which names it).
  if ((query.metric === undefined || values.metric === '') && Object.keys(query).every((k) => KNOWN.includes(k))) {
    return formPage('Countries side by side', form([]), {
      intro: "Choose a metric: each country's preferred figure, as bars and on a map.",
      fields: COUNTRIES_FORM_FIELDS,
    });
  }
  // The page's default (the world) is given to the API's parser as if asked, so both read the same parameters.
  const asked =
    values.country === undefined || values.country.trim() === ''
      ? (Object.create(req, { query: { value: { ...req.query, country: DEFAULT_PLACE } } }) as Request)
      : req;
  const parsed = await parsePageParams(asked, deps, 'countries');
  if ('errors' in parsed) {
    return formPage('Countries side by side', form(parsed.errors), { errors: parsed.errors, fields: COUNTRIES_FORM_FIELDS });
  }
  const codes = expandPlaces(services, parsed.query.countries ?? []);
  const view = await services.compare.countries({ ...parsed.query, countries: codes });
  const rows = view.rows.map((r) => toFigure(services, r));
  const chosenBy = new Map(view.rows.map((r) => [r.country, r.chosen_by]));
  const withFigures = rows.filter((r) => r.claim_id !== null).sort(byValue);
  const documents = await services.compare.documentsOf(withFigures.slice(0, BARS_DRAWN).map((r) => r.claim_id!));
  const without = rows.filter((r) => r.claim_id === null);
  const metric = metricLabels(parsed.query.metrics, metrics);
  const placesAsked = (parsed.query.countries ?? []).map((c) => services.places.get(c)?.name ?? c).join(', ');
  const twinParams = { ...values, country: codes.join(',') };
  return {
    status: 200,
    page: (
      <Layout
        title={`${metric}: countries side by side`}
        asRecorded={parsed.query.asRecorded}
        links={compareTwins('countries', twinParams)}
      >
        <h1>
          {metric}: {placesAsked}, side by side
        </h1>
        {withFigures.length === 0 ? (
          <NoFiguresHere
            what={`of ${metric} for ${placesAsked}${parsed.query.asOf ? ` holding by ${values.as_of}` : ''}`}
            values={values}
            widened={
              values.group || values.as_of
                ? `/compare/countries${queryString({ metric: values.metric, country: values.country, as_recorded: values.as_recorded })}`
                : undefined
            }
            form
          />
        ) : (
          <>
            <p>
              {withFigures.length} of {rows.length} places have figures{parsed.query.asOf ? ` holding by ${values.as_of}` : ''}. Each shows
              its preferred figure: the one ranked preferred, else the latest with a number.
            </p>
            <WorldMapChart id="map" map={map()} rows={rows} title={`${metric}: preferred figure by country`} />
          </>
        )}
        {withFigures.length > 0 && (
          <CountriesChart
            id="countries"
            title={`${metric}: preferred figure of ${withFigures.length > BARS_DRAWN ? `the ${BARS_DRAWN} places with the largest figures` : 'each place with figures'}`}
            rows={withFigures.slice(0, BARS_DRAWN)}
            documents={documents}
            description={`${withFigures.length > BARS_DRAWN ? `The ${BARS_DRAWN} of ${withFigures.length} places with figures whose preferred figures are largest (the table below holds them all)` : counted(withFigures.length, 'place')}, largest first, each bar drawn to its preferred figure in that figure's shape, with the range of all its current figures.`}
          />
        )}
        {withFigures.length > 0 && without.length > 0 && <NoFigures places={without} />}
        <Warnings warnings={view.warnings} />
        {withFigures.length > 0 && (
          <>
            <h2 id="countries-table-title">The same as a table</h2>
            <TableScroll labelledBy="countries-table-title">
              <table aria-labelledby="countries-table-title">
                <thead>
                  <tr>
                    <th scope="col">Place</th>
                    <th scope="col">Preferred figure</th>
                    <th scope="col">Reading</th>
                    <th scope="col">Claimant</th>
                    <th scope="col">As of</th>
                    <th scope="col">Chosen as</th>
                    <th scope="col">Figures (claimants)</th>
                    <th scope="col">Range</th>
                  </tr>
                </thead>
                <tbody>
                  {withFigures.map((r) => (
                    <tr data-country={r.country}>
                      <th scope="row">
                        <a href={`/countries/${r.country}`}>{r.country_name ?? r.country}</a>
                        {r.within && <span class="within"> (within {r.within}; not on the map)</span>}
                      </th>
                      <td>
                        <a href={`/claims/${r.claim_id}`}>
                          “<Stored text={r.value_text} />”
                        </a>
                      </td>
                      <td>{r.approximation === null ? '—' : valueMark({ ...r, approximation: r.approximation }).reading}</td>
                      <td>
                        {r.claimant ? (
                          <a href={`/actors/${r.claimant.id}`}>
                            <Stored text={r.claimant.name} />
                          </a>
                        ) : (
                          '—'
                        )}
                      </td>
                      <td>{dateInWords(r.as_of)}</td>
                      <td>
                        {chosenBy.get(r.country) === 'rank' ? 'ranked preferred' : chosenBy.get(r.country) === 'latest' ? 'latest' : '—'}
                      </td>
                      <td>
                        {r.figures} ({r.claimants})
                      </td>
                      <td>{r.range.min === null ? '—' : `${fullNumber(r.range.min)} – ${fullNumber(r.range.max)}`}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          </>
        )}
        <h2 id={CHANGE_VIEW}>Change the view</h2>
        {form([])}
      </Layout>
    ),
  };
}
