import { counted } from '../../words';
import type { Request } from 'express';
import type { VNode } from 'preact';
import type { TimelineView } from '../../compare/timeline';
import { dateInWords, valueMark } from '../charts/encoding';
import { changeText, TimelineChart } from '../charts/timelineChart';
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
import { Stored } from '../components/storedText';
import { TableScroll } from '../components/tableScroll';

/** The timeline's figures as a table: one row per figure, grouped by claimant, with the change and the supersession. */
export function TimelineTable({ view, documents, id }: { view: TimelineView; documents: Map<number, string>; id: string }) {
  return (
    <TableScroll labelledBy={`${id}-title`}>
      <table aria-labelledby={`${id}-title`}>
        <thead>
          <tr>
            <th scope="col">Claimant</th>
            <th scope="col">Figure as written</th>
            <th scope="col">Reading</th>
            <th scope="col">As of</th>
            <th scope="col">Status</th>
            <th scope="col">Change</th>
            <th scope="col">Superseded by</th>
            <th scope="col">Reported in</th>
          </tr>
        </thead>
        <tbody>
          {view.claimants.flatMap((c) =>
            c.figures.map((f, i) => (
              <tr data-claim={f.claim_id} class={f.superseded ? 'superseded' : undefined}>
                {i === 0 ? (
                  <th scope="row" rowSpan={c.figures.length}>
                    <a href={`/actors/${c.claimant.id}`}>
                      <Stored text={c.claimant.name} />
                    </a>
                  </th>
                ) : null}
                <td>
                  <a href={`/claims/${f.claim_id}`}>
                    “<Stored text={f.value_text} />”
                  </a>
                </td>
                <td>{valueMark(f).reading}</td>
                <td>{dateInWords(f.as_of)}</td>
                <td>{f.status}</td>
                <td>{f.change ? changeText(f.change) : '—'}</td>
                <td>{f.superseded_by.length ? f.superseded_by.map((s) => <a href={`/claims/${s}`}>claim {s}</a>) : '—'}</td>
                <td>
                  <Stored text={documents.get(f.claim_id)} missing="—" />
                </td>
              </tr>
            )),
          )}
        </tbody>
      </table>
    </TableScroll>
  );
}

export async function timelinePage(req: Request, deps: ChartPageDeps): Promise<{ status: number; page: VNode }> {
  const { services } = deps;
  const parsed = await openComparePage(req, deps, 'timeline', {
    title: 'Timeline',
    intro: 'Choose a country and a metric: every figure over time, by claimant.',
  });
  if ('answer' in parsed) return parsed.answer;
  const { values, metrics, form } = parsed;
  const { view, nextKey } = await services.compare.timeline(parsed.query, parsed.paging);
  const documents = await services.compare.documentsOf(view.claimants.flatMap((c) => c.figures.map((f) => f.claim_id)));
  const country = placeName(services, parsed.query.countries?.[0]);
  const metric = metricLabels(parsed.query.metrics, metrics);
  const figures = view.claimants.reduce((n, c) => n + c.figures.length, 0);
  const undated = view.claimants.reduce((n, c) => n + c.figures.filter((f) => f.as_of === null).length, 0);
  const superseded = view.claimants.reduce((n, c) => n + c.figures.filter((f) => f.superseded).length, 0);
  const narrowed = compareViewInWords(values, await narrowingNames(services, parsed.query));
  const empty = figures === 0 && !values.cursor;
  const next = nextKey ? `/compare/timeline${queryString({ ...values, cursor: encodeCursor(nextKey) })}` : null;
  return {
    status: 200,
    page: (
      <Layout
        title={`${metric} — ${country}: timeline${narrowed}`}
        asRecorded={parsed.query.asRecorded}
        links={compareTwins('timeline', values)}
      >
        <h1>
          {country}: {metric} over time{narrowed}
        </h1>
        <SiblingLinks view="sources" label="Sources compared" values={values} countryCode={parsed.query.countries?.[0]} country={country} />
        {empty ? (
          <NoFiguresHere what={`of ${metric} for ${country}${narrowed}`} {...noFiguresLinks(parsed.query, values, metric, 'timeline')} />
        ) : (
          <>
            <TimelineChart
              id="timeline"
              title={`Every figure over time: ${metric}, ${country}`}
              series={view.claimants.map((c) => ({ claimant: c.claimant, figures: c.figures }))}
              documents={documents}
              description={`${counted(figures, 'figure')} from ${claimantsShown(view.claimants.length, view.claimant_count)} on this page; ${superseded} superseded (hollow, with an arrow to the figure that replaced them); ${undated} without a date, shown apart.`}
            />
            <Warnings warnings={view.warnings} />
            <h2 id="timeline-table-title">The same as a table</h2>
            <TimelineTable view={view} documents={documents} id="timeline-table" />
          </>
        )}
        <Pager view="timeline" values={values} next={next} />
        <h2 id={CHANGE_VIEW}>Change the view</h2>
        {form([])}
      </Layout>
    ),
  };
}
