import type { Approximation, ClaimStatus } from '../../claims/model';
import { markLabel, overlapBands, valueMark, ValueMark } from './encoding';
import { ChartFigure, ChartSvg, VagueList } from './frame';
import { MarkLegend, MarkLink, MarkShapeSvg, paint } from './marks';
import { fullNumber, valueScale, tickLabels } from './scale';
import { storedString } from '../components/storedText';

/** One claimant's figure as the sources chart draws it. */
export interface SourceFigure {
  claim_id: number;
  claimant: { id: number; name: string };
  value: number | null;
  value_low: number | null;
  value_high: number | null;
  approximation: Approximation;
  value_text: string;
  as_of: string | null;
  status: ClaimStatus;
}

export interface SourcesChartProps {
  id: string;
  title: string;
  rows: SourceFigure[];
  /** Pairs of claim ids whose intervals do not overlap. */
  disagreements: [number, number][];
  /** The first document reporting each claim, by claim id (for the text equivalents). */
  documents: Map<number, string>;
  description: string;
}

const ROW = 30;
const LEFT = 210;
const RIGHT = 40;
const WIDTH = 760;
const TOP = 34;

const clip = (s: string, n: number) => (s.length > n ? s.slice(0, n - 1) + '…' : s);

/** The largest number a set of marks needs on the value axis (an unbounded arrow gets room past its bound). */
export function axisMax(marks: ValueMark[]): number {
  let max = 0;
  for (const m of marks) {
    if (m.at === null) continue;
    max = Math.max(max, m.at, m.extent?.low ?? 0, m.extent?.high ?? 0);
    if (m.shape === 'arrow-up' && m.extent?.high === null) max = Math.max(max, m.at * 1.3);
  }
  return max;
}

/**
 * Each claimant's figure on one shared value axis, a row each: its interval drawn by its wording, the stretches
 * where two or more overlap shaded, the rows that disagree with another marked ≠. Vague figures are listed
 * beside the chart; the same data is in the table the page gives under it.
 */
export function SourcesChart({ id, title, rows, disagreements, documents, description }: SourcesChartProps) {
  const drawn = rows.map((r) => ({ r, mark: valueMark(r) }));
  const placed = drawn.filter((d) => d.mark.shape !== 'vague');
  const vague = drawn.filter((d) => d.mark.shape === 'vague');
  const x = valueScale(axisMax(placed.map((d) => d.mark)), LEFT, WIDTH - RIGHT);
  const tickTexts = tickLabels(x.ticks);
  const height = TOP + Math.max(placed.length, 1) * ROW + 10;
  const bands = overlapBands(
    placed.map((d) => d.mark.interval!),
    x.domain[1],
  );
  const against = new Map<number, number[]>();
  for (const [a, b] of disagreements) {
    against.set(a, [...(against.get(a) ?? []), b]);
    against.set(b, [...(against.get(b) ?? []), a]);
  }
  const nameOf = new Map(rows.map((r) => [r.claim_id, storedString(r.claimant.name)]));
  const label = (d: (typeof drawn)[number]) =>
    markLabel(
      {
        claimant: d.r.claimant.name,
        value_text: d.r.value_text,
        as_of: d.r.as_of,
        status: d.r.status,
        document: documents.get(d.r.claim_id),
      },
      d.mark,
    );
  return (
    <ChartFigure id={id} class="chart chart-sources" title={title} description={description}>
      {placed.length > 0 && (
        <ChartSvg id={id} title={title} width={WIDTH} height={height} defs={['hatch', 'overlap']}>
          <g aria-hidden="true" class="axis">
            {bands.map((b) => (
              <rect
                class="overlap"
                x={x(b.low) - (b.low === b.high ? 2 : 0)}
                y={TOP - 6}
                width={Math.max(x(b.high) - x(b.low), 4)}
                height={height - TOP - 4}
                fill={paint(id, 'overlap')}
                data-overlap={b.count}
              >
                <title>{`${b.count} figures overlap from ${fullNumber(b.low)} to ${b.high >= x.domain[1] ? 'beyond' : fullNumber(b.high)}`}</title>
              </rect>
            ))}
            {x.ticks.map((t, i) => (
              <g>
                <line x1={x(t)} x2={x(t)} y1={TOP - 8} y2={height - 10} stroke="#e0e0e0" />
                <text x={x(t)} y={TOP - 14} text-anchor="middle" class="tick">
                  {tickTexts[i]}
                </text>
              </g>
            ))}
          </g>
          {placed.map((d, i) => {
            const cy = TOP + i * ROW + ROW / 2;
            const others = against.get(d.r.claim_id) ?? [];
            const name = `${label(d)}${others.length ? `; disagrees with ${others.map((o) => nameOf.get(o) ?? `claim ${o}`).join(', ')}` : ''}`;
            return (
              <g class="row" data-claim={d.r.claim_id}>
                <text x={LEFT - 10} y={cy + 4} text-anchor="end" class="row-label" aria-hidden="true">
                  {storedString(clip(d.r.claimant.name, 30))}
                </text>
                <MarkLink href={`/claims/${d.r.claim_id}`} label={name} shape={d.mark.shape} base={d.mark.base} superseded={d.mark.hollow}>
                  <rect x={LEFT} y={cy - ROW / 2 + 2} width={WIDTH - RIGHT - LEFT} height={ROW - 4} fill="transparent" />
                  <MarkShapeSvg
                    mark={d.mark}
                    at={{ pos: x, axisEnd: WIDTH - RIGHT + 14, cross: cy, orientation: 'horizontal', colour: '#1b1b1b', scope: id }}
                  />
                </MarkLink>
                {others.length > 0 && (
                  <text x={WIDTH - 14} y={cy + 5} class="disagree" data-disagrees={others.join(' ')} aria-hidden="true">
                    ≠
                  </text>
                )}
              </g>
            );
          })}
        </ChartSvg>
      )}
      <VagueList
        items={vague.map((d) => ({
          claimId: d.r.claim_id,
          claimant: d.r.claimant.name,
          valueText: d.r.value_text,
          asOf: d.r.as_of,
          colour: '#1b1b1b',
          label: label(d),
        }))}
      />
      <MarkLegend orientation="horizontal" id={`${id}-legend`} />
      <p class="chart-key">
        Shaded stretches: values where two or more figures overlap. ≠ marks a figure that does not overlap another source's figure (named in
        its description and in the table).
      </p>
    </ChartFigure>
  );
}
