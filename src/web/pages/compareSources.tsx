import type { Request } from 'express';
import type { VNode } from 'preact';
import type { SourceRow, SourcesView } from '../../compare/sources';
import { SourcesChart } from '../charts/sourcesChart';
import { dateInWords, valueMark } from '../charts/encoding';
import { fullNumber } from '../charts/scale';
import { Layout } from '../layout';
import {
  ChartPageDeps,
  claimantsShown,
  compareViewInWords,
  narrowingNames,
  compareTwins,
  metricLabels,
  openComparePage,
  Pager,
  placeName,
  queryString,
  Warnings,
  SiblingLinks,
  CHANGE_VIEW,
  NoFiguresHere,
  noFiguresLinks,
} from './compareCommon';
import { encodeCursor } from '../../query';
import { counted } from '../../words';
import { Shown, Stored, StoredList } from '../components/storedText';
import { TableScroll } from '../components/tableScroll';

/**
 * A figure's interval with its ends written as the page writes figures ("3,888.9") and apart by a spaced dash, as the
 * countries' ranges are ("[3,888.9 – 4,753.1]"): a comma between them had read as one more digit group.
 */
/** What the "Latest by" column says of each effective day (effectiveDaySql): which date made the figure its claimant's latest. */
const LATEST_BY_WORDS: Record<SourceRow['latest_by'], string> = {
  as_of: 'as of',
  stated_on: 'date stated',
  published_on: 'date published',
  recorded: 'date recorded',
};

export const intervalText = (iv: SourcesView['rows'][number]['interval']) =>
  iv === null
    ? '—'
    : `${iv.low_open ? '(' : '['}${fullNumber(iv.low)} – ${iv.high === null ? '∞' : fullNumber(iv.high)}${iv.high_open || iv.high === null ? ')' : ']'}`;

/** The agreement and spread in words, over every claimant (not only this page's). */

/**
 * Two figures that do not overlap, said with each claimant's name and words isolated (storedText.tsx); the API's
 * message, which has them inline, where one of the figures is not among the page's rows.
 */
function DisagreementInWords({ disagreement: d, rows }: { disagreement: { claim_ids: number[]; message: string }; rows: SourceRow[] }) {
  const [a, b] = d.claim_ids.map((id) => rows.find((r) => r.claim_id === id));
  if (!a || !b)
    return (
      <bdi dir="ltr">
        <Shown text={d.message} />
      </bdi>
    );
  const said = (r: SourceRow) => (
    <>
      <Stored text={r.claimant.name} /> (“
      <Stored text={r.value_text} />
      ”)
    </>
  );
  return (
    <>
      {said(a)} and {said(b)} do not overlap.
    </>
  );
}

export function verdictInWords(view: SourcesView): string {
  const a = view.agreement;
  const s = view.spread;
  const verdict =
    a.verdict === 'consistent'
      ? `The sources agree: the intervals of all ${a.compared} figures with a number overlap pairwise.`
      : a.verdict === 'divergent'
        ? `The sources disagree: ${counted(a.disagreement_count, 'pair')} of figures ${a.disagreement_count === 1 ? 'does' : 'do'} not overlap, among ${a.compared} with a number.`
        : `Too few figures with a number to compare (${a.compared}).`;
  const spread =
    s.count === 0
      ? 'No figure gives a number.'
      : s.count === 1
        ? `One best value: ${fullNumber(s.min)}.`
        : `Best values run from ${fullNumber(s.min)} to ${fullNumber(s.max)} (median ${fullNumber(s.median)}${s.ratio !== null ? `; the highest is ${s.ratio}× the lowest` : ''}), over ${s.count} figures.`;
  return `${verdict} ${spread}`;
}

export async function sourcesPage(req: Request, deps: ChartPageDeps): Promise<{ status: number; page: VNode }> {
  const { services } = deps;
  const parsed = await openComparePage(req, deps, 'sources', {
    title: 'Sources compared',
    intro: "Choose a country and a metric: every claimant's latest figure on one axis.",
  });
  if ('answer' in parsed) return parsed.answer;
  const { values, metrics, form } = parsed;
  const { view, nextKey } = await services.compare.sources(parsed.query, parsed.paging);
  const documents = await services.compare.documentsOf(view.rows.map((r) => r.claim_id));
  const country = placeName(services, parsed.query.countries?.[0]);
  const metric = metricLabels(parsed.query.metrics, metrics);
  const narrowed = compareViewInWords(values, await narrowingNames(services, parsed.query));
  const title = `${metric} — ${country}: sources compared${narrowed}`;
  const pairs = view.agreement.disagreements.map((d) => d.claim_ids);
  const disagreesWith = new Map<number, string[]>();
  for (const d of view.agreement.disagreements) {
    const [a, b] = d.claim_ids;
    const nameOf = (id: number) => view.rows.find((r) => r.claim_id === id)?.claimant.name ?? `claim ${id}`;
    disagreesWith.set(a, [...(disagreesWith.get(a) ?? []), nameOf(b)]);
    disagreesWith.set(b, [...(disagreesWith.get(b) ?? []), nameOf(a)]);
  }
  const next = nextKey ? `/compare/sources${queryString({ ...values, cursor: encodeCursor(nextKey) })}` : null;
  const verdict = verdictInWords(view);
  const empty = view.rows.length === 0 && !values.cursor;
  const nothing = noFiguresLinks(parsed.query, values, metric, 'sources');
  return {
    status: 200,
    page: (
      <Layout title={title} asRecorded={parsed.query.asRecorded} links={compareTwins('sources', values)}>
        <h1>
          {country}: {metric}, sources compared{narrowed}
        </h1>
        {empty ? (
          <NoFiguresHere what={`of ${metric} for ${country}${narrowed}`} {...nothing} />
        ) : (
          <p class="verdict" data-verdict={view.agreement.verdict}>
            {verdict}
          </p>
        )}
        {view.agreement.disagreements.length > 0 && (
          <ul class="disagreements">
            {view.agreement.disagreements.map((d) => (
              <li>
                <DisagreementInWords disagreement={d} rows={view.rows} />
              </li>
            ))}
          </ul>
        )}
        <SiblingLinks
          view="timeline"
          label="Every figure over time"
          values={values}
          countryCode={parsed.query.countries?.[0]}
          country={country}
        />
        {!empty && (
          <>
            <SourcesChart
              id="sources"
              title={`Each claimant's latest figure: ${metric}, ${country}`}
              rows={view.rows}
              disagreements={pairs}
              documents={documents}
              description={`${claimantsShown(view.rows.length, view.claimant_count)} on this page, each figure drawn as the interval its wording states on one value axis. ${verdict}`}
            />
            <Warnings warnings={view.warnings} />
            <h2 id="table-title">The same as a table</h2>
            <TableScroll labelledBy="table-title">
              <table aria-labelledby="table-title">
                <thead>
                  <tr>
                    <th scope="col">Claimant</th>
                    <th scope="col">Figure as written</th>
                    <th scope="col">Reading</th>
                    <th scope="col">Interval</th>
                    <th scope="col">As of</th>
                    <th scope="col">Latest by</th>
                    <th scope="col">Figures given</th>
                    <th scope="col">Disagrees with</th>
                    <th scope="col">Reported in</th>
                  </tr>
                </thead>
                <tbody>
                  {view.rows.map((r) => (
                    <tr data-claim={r.claim_id}>
                      <th scope="row">
                        <a href={`/actors/${r.claimant.id}`}>
                          <Stored text={r.claimant.name} />
                        </a>
                      </th>
                      <td>
                        <a href={`/claims/${r.claim_id}`}>
                          “<Stored text={r.value_text} />”
                        </a>
                      </td>
                      <td>{valueMark(r).reading}</td>
                      <td>{intervalText(r.interval)}</td>
                      <td>{dateInWords(r.as_of)}</td>
                      <td>{LATEST_BY_WORDS[r.latest_by]}</td>
                      <td>{r.figures}</td>
                      <td>{disagreesWith.has(r.claim_id) ? <StoredList items={disagreesWith.get(r.claim_id)!} /> : '—'}</td>
                      <td>
                        <Stored text={documents.get(r.claim_id)} missing="—" />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          </>
        )}
        <Pager view="sources" values={values} next={next} />
        <h2 id={CHANGE_VIEW}>Change the view</h2>
        {form([])}
      </Layout>
    ),
  };
}
