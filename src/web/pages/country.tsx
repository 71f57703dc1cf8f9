import type { Request } from 'express';
import type { VNode } from 'preact';
import { readClaimFilters } from '../../claims/claimFilters';
import { assertNever } from '../../closedSets';
import { type Figure, latestOf } from '../../compare/view';
import type { FieldError } from '../../errors';
import { onlyKnown, type QueryRecord, textParam } from '../../query';
import type { CountryRow } from '../../vocab/store';
import { counted } from '../../words';
import { dateInWords, markLabel, valueMark } from '../charts/encoding';
import { MarkLegend, VagueGlyph } from '../charts/marks';
import { claimExports, Layout } from '../layout';
import { ChartPageDeps, NoFiguresHere, QueryErrors, queryString } from './compareCommon';
import { CLAIMANTS_DRAWN, type MetricSection, MetricSectionView } from './countryMetric';
import { Stored } from '../components/storedText';

/**
 * Metrics drawn, those with the most figures first; the others are listed with links to their own pages. Each
 * drawn metric is one timeline view (a query over all its figures): this bounds the page's work at any size.
 */
const METRICS_DRAWN = 8;
/** Region-level figures listed. */
const REGION_FIGURES = 50;

function NotFoundPage({ ref_ }: { ref_: string }) {
  return (
    <Layout title="No such country">
      <h1>No such country, region or demonym</h1>
      <p>
        “{ref_}” is not a country code, name, demonym or region the ledger knows. Try a code (KZ, or RU-CE for a subdivision), a name
        (Kazakhstan) or a demonym (Kazakh).
      </p>
      <p>
        <a href="/compare/countries">Compare countries</a> · <a href="/">Search</a>
      </p>
    </Layout>
  );
}

function MiniMark({ claim, region, document }: { claim: Figure; region: string; document: string | undefined }) {
  const mark = valueMark(claim);
  return (
    <li data-claim={claim.claim_id} data-shape={mark.shape}>
      <svg width="14" height="14" aria-hidden="true" focusable="false">
        {mark.shape === 'vague' ? (
          <VagueGlyph x={7} y={1} colour="#1b1b1b" />
        ) : (
          <circle cx="7" cy="7" r="5" fill={mark.hollow ? '#fff' : '#1b1b1b'} stroke="#1b1b1b" stroke-width="2" />
        )}
      </svg>{' '}
      <a
        href={`/claims/${claim.claim_id}`}
        aria-label={`${region}, ${claim.metric}: ${markLabel({ claimant: claim.claimant.name, value_text: claim.value_text, as_of: claim.as_of, document }, mark)}`}
      >
        {region}, {claim.metric}: “<Stored text={claim.value_text} />”
      </a>{' '}
      —{' '}
      <a href={`/actors/${claim.claimant.id}`}>
        <Stored text={claim.claimant.name} />
      </a>
      , {dateInWords(claim.as_of)}
    </li>
  );
}

/**
 * Everything the country page shows from the ledger, read together so that it is kept (and found stale) together.
 * `subdivisions`: the places within the country, whose figures are their own; only how many each has is read.
 */
async function countryFigures(
  { services }: ChartPageDeps,
  code: string,
  regions: string[],
  subdivisions: string[],
  asRecorded: string | undefined,
) {
  const regionsWithDocuments = async () => {
    const figures = regions.length
      ? await services.compare.latestIn({ countries: regions, statuses: ['active'], asRecorded }, REGION_FIGURES)
      : [];
    return { figures, documents: await services.compare.documentsOf(figures.map((f) => f.claim_id)) };
  };
  const withinCounts = async () =>
    subdivisions.length
      ? ((
          await services.claims.list({
            countries: subdivisions,
            statuses: ['active', 'superseded'],
            facets: ['country'],
            limit: 1,
            asRecorded,
          })
        ).facets?.country ?? [])
      : [];
  const [metricFacet, { figures: regionFigures, documents: regionDocuments }, metrics, withinFacet, exported] = await Promise.all([
    services.claims.list({ countries: [code], statuses: ['active', 'superseded'], facets: ['metric'], limit: 1, asRecorded }),
    regionsWithDocuments(),
    services.vocabulary.listMetrics(),
    withinCounts(),
    // what the page's export holds: its retracted claims too, which the page does not draw
    services.claims.list({ countries: [code], limit: 1, asRecorded }),
  ]);
  const placesWithin = withinFacet.map((f) => ({ code: String(f.value), count: f.count }));
  const labelOf = new Map(metrics.map((m) => [m.code, m.label]));
  const facet = metricFacet.facets?.metric ?? [];
  const drawn = facet.slice(0, METRICS_DRAWN);
  const timelines = await services.compare.recentTimelines(
    { countries: [code], asRecorded },
    drawn.map((f) => String(f.value)),
    CLAIMANTS_DRAWN,
  );
  const documents = await services.compare.documentsOf(
    [...timelines.values()].flatMap((t) => t.claimants.flatMap((c) => c.figures.map((x) => x.claim_id))),
  );
  const sections: MetricSection[] = drawn.map((f) => {
    const timeline = timelines.get(String(f.value))!;
    const latest = timeline.claimants.flatMap((c) => latestOf(c.figures.filter((x) => x.status === 'active')) ?? []);
    return { code: String(f.value), label: labelOf.get(String(f.value)) ?? String(f.value), count: f.count, timeline, latest, documents };
  });
  const notDrawn = facet
    .slice(METRICS_DRAWN)
    .map((f) => ({ code: String(f.value), label: labelOf.get(String(f.value)) ?? String(f.value), count: f.count }));
  return { notDrawn, regionFigures, regionDocuments, sections, placesWithin, exportsAny: exported.data.length > 0 };
}

/** What a place is, in one sentence: a country with its code, a subdivision and the country it is within, a region. */
function PlaceFacts({ place, country, at }: { place: CountryRow; country: CountryRow | undefined; at: string }) {
  const demonyms = place.demonyms.length ? `; ${place.demonyms.join(', ')}` : '';
  switch (place.kind) {
    case 'country':
      return <p class="place-facts">{`Country (ISO ${place.code}${demonyms}).`}</p>;
    case 'subdivision':
      return (
        <p class="place-facts">
          Subdivision (ISO 3166-2 {place.code}
          {demonyms}) within <a href={`/countries/${encodeURIComponent(place.within ?? '')}${at}`}>{country?.name ?? place.within}</a>.{' '}
          {/* What the ledger knows: where it files a figure, not whether a source's figure for the country counts these
              people (walk47: "Russia's figures do not include them" was untrue of a subdivision added by accepting a
              candidate, whose sources had counted by it, not apart by choice). */}
          {`The ledger files the figures given for its people under ${place.code}, apart from ${country?.name ?? place.within}’s; a figure given for ${country?.name ?? place.within} may or may not count them.`}
        </p>
      );
    case 'region':
    case 'grouping':
    case 'world':
      return <p class="place-facts">{`${place.kind === 'region' ? 'Region' : 'Grouping'} of ${place.members.length} countries.`}</p>;
    default:
      return assertNever(place.kind);
  }
}

/**
 * A country's page: every metric with figures for it, each as a small timeline and each claimant's latest figure;
 * the regions and groupings it belongs to, and the figures given for them as a whole.
 */
export async function countryPage(req: Request, deps: ChartPageDeps): Promise<{ status: number; page: VNode }> {
  const { services } = deps;
  const ref = String(req.params.country ?? '');
  const code = ref.length <= 200 ? services.places.resolve(ref) : null;
  if (code === null) return { status: 404, page: <NotFoundPage ref_={ref.slice(0, 200)} /> };
  const place = services.places.get(code)!;
  const errors: FieldError[] = [];
  const filter: { asRecorded?: string } = {};
  try {
    onlyKnown(req.query as QueryRecord, ['as_recorded']);
    await readClaimFilters(req.query, deps.resolvers, ['as_recorded'], filter, errors);
  } catch (err) {
    errors.push({
      field: Object.keys(req.query as object).find((k) => k !== 'as_recorded') ?? 'as_recorded',
      message: (err as Error).message,
    });
  }
  if (errors.length > 0) {
    return {
      status: 400,
      page: (
        <Layout title={place.name}>
          <h1>{place.name}</h1>
          <QueryErrors errors={errors} fields={null} />
          <p>
            <a href={`/countries/${code}`}>{place.name} as it stands now</a>
          </p>
        </Layout>
      ),
    };
  }
  const asRecorded = filter.asRecorded;
  const regions = services.places.all().filter((p) => p.kind !== 'country' && p.members.includes(code));
  const subdivisions = services.places.subdivisionsOf(code);
  const { notDrawn, regionFigures, regionDocuments, sections, placesWithin, exportsAny } = await services.cache.get(
    JSON.stringify(['page.country', code, asRecorded]),
    () =>
      countryFigures(
        deps,
        code,
        regions.map((r) => r.code),
        subdivisions.map((p) => p.code),
        asRecorded,
      ),
  );
  const at = queryString({ as_recorded: asRecorded ? String(req.query.as_recorded) : undefined });
  const withAt = (params: Record<string, string>) =>
    queryString({ ...params, as_recorded: textParam(req.query as QueryRecord, 'as_recorded') });
  const regionName = new Map(regions.map((r) => [r.code, r.name]));
  return {
    status: 200,
    page: (
      <Layout
        title={place.name}
        asRecorded={asRecorded}
        links={{
          json: `/v1/claims${withAt({ country: code })}`,
          ...claimExports({ country: code, as_recorded: textParam(req.query as QueryRecord, 'as_recorded') }, exportsAny),
        }}
      >
        <h1>{place.name}</h1>
        <PlaceFacts place={place} country={place.within ? services.places.get(place.within) : undefined} at={at} />
        {placesWithin.length > 0 && (
          <p class="places-within">
            Places within {place.name} with figures filed under their own code, not among {place.name}’s here:{' '}
            {placesWithin.map((p, i) => (
              <>
                {i > 0 && ', '}
                <a href={`/countries/${encodeURIComponent(p.code)}${at}`}>{services.places.get(p.code)?.name ?? p.code}</a> (
                {counted(p.count, 'figure')})
              </>
            ))}
            .
          </p>
        )}
        {regions.length > 0 && (
          <p>
            Belongs to:{' '}
            {regions.map((r, i) => (
              <>
                {i > 0 && ', '}
                <a href={`/countries/${encodeURIComponent(r.code)}${at}`}>{r.name}</a>
              </>
            ))}
            .
          </p>
        )}
        {place.kind !== 'country' && place.members.length > 0 && (
          <p>
            Members:{' '}
            {place.members.map((m, i) => (
              <>
                {i > 0 && ', '}
                <a href={`/countries/${m}${at}`}>{services.places.get(m)?.name ?? m}</a>
              </>
            ))}
            .
          </p>
        )}
        {sections.length === 0 && (
          // What to do next, as a comparison without figures says it (walk45: the page said "no figures" and no more).
          <NoFiguresHere
            what={`for ${place.name}${asRecorded ? ' as recorded then' : ''}`}
            values={{ as_recorded: textParam(req.query as QueryRecord, 'as_recorded') ?? '' }}
          />
        )}
        {sections.length > 0 && (
          <nav aria-label="Metrics" class="metric-index">
            <ul>
              {sections.map((s) => (
                <li>
                  <a href={`#metric-${s.code}`}>{s.label}</a> ({s.count})
                </li>
              ))}
            </ul>
          </nav>
        )}
        {sections.length > 0 && <MarkLegend orientation="vertical" id="country-legend" />}
        {notDrawn.length > 0 && (
          <p class="more-metrics">
            Also:{' '}
            {notDrawn.map((f, i) => (
              <>
                {i > 0 && ', '}
                <a href={`/compare/timeline${withAt({ country: code, metric: f.code })}`}>{f.label}</a> ({f.count})
              </>
            ))}
            .
          </p>
        )}
        {sections.map((s) => (
          <MetricSectionView section={s} place={place} country={code} withAt={withAt} />
        ))}
        {regions.length > 0 && (
          <section aria-labelledby="region-figures-title">
            <h2 id="region-figures-title">Figures for the regions {place.name} belongs to</h2>
            {regionFigures.length > 0 ? (
              <ul class="region-figures">
                {regionFigures.map((c) => (
                  <MiniMark claim={c} region={regionName.get(c.country) ?? c.country} document={regionDocuments.get(c.claim_id)} />
                ))}
              </ul>
            ) : (
              <p>None: no figure is given for {regions.map((r) => r.name).join(', ')} as a whole.</p>
            )}
          </section>
        )}
      </Layout>
    ),
  };
}
