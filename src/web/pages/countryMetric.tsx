import type { TimelineView } from '../../compare/timeline';
import type { CountryRow } from '../../vocab/store';
import { dateInWords, markLabel, valueMark } from '../charts/encoding';
import { TimelineChart } from '../charts/timelineChart';
import { TimelineTable } from './compareTimeline';
import { counted } from '../../words';
import { Stored } from '../components/storedText';
import { fragmentTarget } from '../components/fragmentTarget';

/**
 * Claimants drawn in each metric's small timeline, and listed with their latest figure: those with the most recent
 * figures (the sources page has them all). Fewer drawn means every claimant is.
 */
export const CLAIMANTS_DRAWN = 6;
export interface MetricSection {
  code: string;
  label: string;
  count: number;
  timeline: TimelineView;
  /** Each drawn claimant's latest current figure: of the active ones, the latest dated, else the last recorded (latestOf). */
  latest: TimelineView['claimants'][number]['figures'];
  documents: Map<number, string>;
}

/** Whether a section draws every claimant of its metric: fewer than the most it may draw. */
export const allDrawn = (s: MetricSection) => s.timeline.claimants.length < CLAIMANTS_DRAWN;

/** One metric of the country page: its small timeline, each claimant's latest figure, the figures as a table. */
export function MetricSectionView({
  section: s,
  place,
  country: code,
  withAt,
}: {
  section: MetricSection;
  place: CountryRow;
  country: string;
  /** A query string with these parameters and the page's as_recorded. */
  withAt: (params: Record<string, string>) => string;
}) {
  const params = { country: code, metric: s.code };
  return (
    <section class="metric-section" {...fragmentTarget(`metric-${s.code}`)} aria-labelledby={`metric-${s.code}-title`}>
      <h2 id={`metric-${s.code}-title`}>{s.label}</h2>
      <p>
        {counted(s.count, 'figure')}
        {allDrawn(s) ? ` from ${counted(s.timeline.claimants.length, 'claimant')}` : ''}. Whether {allDrawn(s) ? 'they' : 'all claimants'}{' '}
        agree, and the spread:{' '}
        <a href={`/compare/sources${withAt(params)}`}>
          sources compared<span class="visually-hidden">: {s.label}</span>
        </a>
        .
      </p>
      <div class="metric-grid">
        <TimelineChart
          small
          id={`timeline-${s.code}`}
          title={`${s.label}, ${place.name}: figures over time`}
          documents={s.documents}
          series={s.timeline.claimants.map((c) => ({ claimant: c.claimant, figures: c.figures }))}
          description={`${allDrawn(s) ? (s.timeline.claimants.length === 1 ? 'One claimant.' : `All ${s.timeline.claimants.length} claimants.`) : `The ${CLAIMANTS_DRAWN} claimants with the most recent figures.`} Undated figures stand apart at the right; the shapes are explained above; the figures are in the table under the chart.`}
        />
        <div>
          <h3 id={`latest-${s.code}`}>Each claimant's latest figure</h3>
          <p class="hint" id={`latest-${s.code}-how`}>
            The latest by the date each figure holds (as of, else the day it was stated); a figure without a date only when the claimant
            gave no dated one.
          </p>
          <ul class="latest-list" aria-labelledby={`latest-${s.code}`} aria-describedby={`latest-${s.code}-how`}>
            {s.latest.map((r) => {
              const mark = valueMark(r);
              return (
                <li data-claim={r.claim_id} data-shape={mark.shape}>
                  <a
                    href={`/claims/${r.claim_id}`}
                    aria-label={markLabel(
                      {
                        claimant: r.claimant.name,
                        value_text: r.value_text,
                        as_of: r.as_of,
                        document: s.documents.get(r.claim_id),
                      },
                      mark,
                    )}
                  >
                    “<Stored text={r.value_text} />”
                  </a>{' '}
                  —{' '}
                  <a href={`/actors/${r.claimant.id}`}>
                    <Stored text={r.claimant.name} />
                  </a>
                  , {dateInWords(r.as_of)}
                </li>
              );
            })}
          </ul>
          {!allDrawn(s) && (
            <p>
              The {CLAIMANTS_DRAWN} claimants with the most recent figures; every claimant on the{' '}
              <a href={`/compare/sources${withAt(params)}`}>sources page</a>.
            </p>
          )}
        </div>
      </div>
      <details class="chart-table">
        <summary id={`table-${s.code}-title`}>
          {s.label}, {place.name}: the figures drawn, as a table
        </summary>
        <TimelineTable view={s.timeline} documents={s.documents} id={`table-${s.code}`} />
      </details>
      <p>
        <a href={`/compare/sources${withAt(params)}`}>{s.label}: sources compared</a> ·{' '}
        <a href={`/compare/timeline${withAt(params)}`}>{s.label}: timeline</a>
      </p>
    </section>
  );
}
