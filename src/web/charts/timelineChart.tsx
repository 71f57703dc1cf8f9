import { dayNumber, markLabel, timeSpan, valueMark, ValueMark } from './encoding';
import { ChartFigure, ChartSvg, VagueList } from './frame';
import { MarkLegend, MarkLink, MarkShapeSvg, paint } from './marks';
import { axisMax, SourceFigure } from './sourcesChart';
import { formatNumber, SERIES_COLOURS, TextLabel, timeScale, uncluttered, valueScale, tickLabels } from './scale';
import { Stored, storedString } from '../components/storedText';

export interface TimelineFigureToDraw extends SourceFigure {
  superseded_by: number[];
  change: { absolute: number; percent: number | null } | null;
}

export interface TimelineSeries {
  claimant: { id: number; name: string };
  figures: TimelineFigureToDraw[];
}

export interface TimelineChartProps {
  id: string;
  title: string;
  description: string;
  series: TimelineSeries[];
  documents: Map<number, string>;
  /**
   * The country page shows one small timeline per metric: no change labels nor direct labels, and no legend of shapes
   * (the page has one); the key of claimant colours stays, since nothing else tells whose a mark is.
   */
  small?: boolean;
}

/** "+400 (+36.4%)", "−20 (−5%)". */
export function changeText(change: { absolute: number; percent: number | null }): string {
  const sign = (n: number) => (n > 0 ? '+' : n < 0 ? '−' : '±');
  const abs = `${sign(change.absolute)}${formatNumber(Math.abs(change.absolute))}`;
  return change.percent === null ? abs : `${abs} (${sign(change.percent)}${formatNumber(Math.abs(change.percent))}%)`;
}

interface Placed {
  f: TimelineFigureToDraw;
  mark: ValueMark;
  colour: string;
  claimant: string;
  cx: number;
  /** The period the figure holds, in pixels, when it is longer than a day. */
  span: [number, number] | null;
  dated: boolean;
}

/**
 * Every figure over time, a colour and a direct label per claimant: a figure "as of 2014" spans its year, a month
 * figure its month, a day figure is a point; undated figures stand in a band of their own at the right, in the
 * order the ledger gives (a superseded figure before its successor), never at an invented date. Superseded
 * figures are hollow with an arrow to the figure that replaced them; changes are labelled (+400, +36.4%).
 */
export function TimelineChart({ id, title, description, series, documents, small = false }: TimelineChartProps) {
  const width = small ? 420 : 760;
  const height = small ? 170 : 340;
  const left = small ? 46 : 60;
  const top = 18;
  const bottom = height - 26;
  const all = series.flatMap((s, i) =>
    s.figures.map((f) => ({ f, mark: valueMark(f), colour: SERIES_COLOURS[i % SERIES_COLOURS.length], claimant: s.claimant.name })),
  );
  const withNumber = all.filter((d) => d.mark.shape !== 'vague');
  const vague = all.filter((d) => d.mark.shape === 'vague');
  const dated = withNumber.filter((d) => timeSpan(d.f.as_of) !== null);
  const undated = withNumber.filter((d) => timeSpan(d.f.as_of) === null);
  // With no dated figure the band takes the whole width: there is no time axis to keep room for.
  const bandWidth =
    undated.length === 0
      ? 0
      : dated.length === 0
        ? width - 14 - left
        : Math.max(small ? 96 : 120, Math.min(small ? 130 : 180, 40 * undated.length + 30));
  const right = width - 14 - bandWidth - (undated.length ? 16 : 0);
  const spans = dated.map((d) => timeSpan(d.f.as_of)!);
  const first = spans.length ? Math.min(...spans.map((s) => dayNumber(s.start))) : 0;
  const last = spans.length ? Math.max(...spans.map((s) => dayNumber(s.end))) : 1;
  const pad = Math.max((last - first) * 0.04, last - first < 60 ? 120 : 0);
  const t = timeScale(first - pad, last + pad, left, right);
  // Headroom above the highest figure, so its mark and label are not pressed against the frame.
  const y = valueScale(axisMax(withNumber.map((d) => d.mark)) * 1.12, bottom, top);
  const tickTexts = tickLabels(y.ticks);
  const placed = new Map<number, Placed>();
  for (const d of dated) {
    const s = timeSpan(d.f.as_of)!;
    const a = t(dayNumber(s.start));
    const b = t(dayNumber(s.end));
    placed.set(d.f.claim_id, { ...d, cx: s.point ? a : (a + b) / 2, span: s.point ? null : [a, b], dated: true });
  }
  const bandLeft = width - 14 - bandWidth;
  undated.forEach((d, k) =>
    placed.set(d.f.claim_id, { ...d, cx: bandLeft + ((k + 0.5) * bandWidth) / undated.length, span: null, dated: false }),
  );
  const successorOf = (f: TimelineFigureToDraw) => f.superseded_by.map((s) => placed.get(s)).filter((p): p is Placed => p !== undefined);
  const label = (p: { f: TimelineFigureToDraw; mark: ValueMark; claimant: string }) => {
    const extra = [
      p.f.change ? `change from the claimant's previous figure: ${changeText(p.f.change)}` : '',
      p.f.superseded_by.length ? `superseded by claim ${p.f.superseded_by.join(', ')}` : '',
    ].filter(Boolean);
    return [
      markLabel(
        { claimant: p.claimant, value_text: p.f.value_text, as_of: p.f.as_of, status: p.f.status, document: documents.get(p.f.claim_id) },
        p.mark,
      ),
      ...extra,
    ].join('; ');
  };
  const lastOfSeries = new Map<string, Placed>();
  for (const p of placed.values()) lastOfSeries.set(p.claimant, p);
  // Text beside a mark: at its right, or at its left near the chart's right edge (`room` pixels from it).
  const beside = (p: Placed, dy: number, room: number, text: string): TextLabel => {
    const atLeft = p.cx > width - room;
    return { x: atLeft ? p.cx - 9 : p.cx + 9, y: y(p.mark.at!) + dy, anchor: atLeft ? 'end' : 'start', text };
  };
  // Each claimant's name by its last figure, then each change by its figure: a label that would print over one kept
  // before it is left out (the names come first), so that many figures close together do not smear into each other.
  const labels = small
    ? []
    : uncluttered([
        ...(series.length <= SERIES_COLOURS.length
          ? [...lastOfSeries.values()].map((p) => {
              const label = beside(p, 18, 160, storedString(p.claimant.length > 26 ? p.claimant.slice(0, 25) + '…' : p.claimant));
              // A name may move down or up a line or two to stay clear of another claimant's (within the frame).
              const shifts = [14, 28, -28, 42, -42].filter((dy) => label.y + dy >= top + 12 && label.y + dy <= height - 4);
              return { ...label, class: 'series-label', colour: p.colour, shifts };
            })
          : []),
        ...[...placed.values()].flatMap((p) => (p.f.change ? [{ ...beside(p, -9, 120, changeText(p.f.change)), class: 'change' }] : [])),
      ]);
  return (
    <ChartFigure id={id} class={`chart chart-timeline${small ? ' chart-small' : ''}`} title={title} description={description}>
      {withNumber.length > 0 && (
        <ChartSvg id={id} title={title} width={width} height={height} defs={['hatch', 'succession']}>
          <g aria-hidden="true" class="axis">
            {y.ticks.map((v, i) => (
              <g>
                <line x1={left} x2={width - 14} y1={y(v)} y2={y(v)} stroke="#e6e6e6" />
                <text x={left - 6} y={y(v) + 4} text-anchor="end" class="tick">
                  {tickTexts[i]}
                </text>
              </g>
            ))}
            {dated.length > 0 &&
              t.labels.map((l) => (
                <g>
                  <line x1={t(l.at)} x2={t(l.at)} y1={bottom} y2={bottom + 5} stroke="#555" />
                  <text x={t(l.at)} y={bottom + 18} text-anchor="middle" class="tick">
                    {l.text}
                  </text>
                </g>
              ))}
            <line x1={left} x2={right} y1={bottom} y2={bottom} stroke="#555" />
            {undated.length > 0 && (
              <g class="undated-band">
                <rect
                  x={bandLeft}
                  y={top - 8}
                  width={bandWidth}
                  height={bottom - top + 8}
                  fill="#f5f5f2"
                  stroke="#c8c8c8"
                  stroke-dasharray="4 3"
                />
                <text x={bandLeft + bandWidth / 2} y={bottom + 18} text-anchor="middle" class="tick">
                  date unknown
                </text>
              </g>
            )}
          </g>
          {series.map((s, i) => {
            const pts = s.figures.map((f) => placed.get(f.claim_id)).filter((p): p is Placed => p !== undefined && p.dated);
            return (
              pts.length > 1 && (
                <polyline
                  aria-hidden="true"
                  class="series-line"
                  points={pts.map((p) => `${p.cx},${y(p.mark.at!)}`).join(' ')}
                  fill="none"
                  stroke={SERIES_COLOURS[i % SERIES_COLOURS.length]}
                  stroke-width={1.2}
                  stroke-opacity={0.6}
                />
              )
            );
          })}
          {[...placed.values()].flatMap((p) =>
            successorOf(p.f).map((n) => {
              const [x1, y1, x2, y2] = [p.cx, y(p.mark.at!), n.cx, y(n.mark.at!)];
              const len = Math.hypot(x2 - x1, y2 - y1) || 1;
              const [dx, dy] = [((x2 - x1) / len) * 9, ((y2 - y1) / len) * 9];
              return (
                <line
                  aria-hidden="true"
                  class="succession"
                  data-from={p.f.claim_id}
                  data-to={n.f.claim_id}
                  x1={x1 + dx}
                  y1={y1 + dy}
                  x2={x2 - dx}
                  y2={y2 - dy}
                  stroke="#333"
                  stroke-width={1.5}
                  marker-end={paint(id, 'succession')}
                />
              );
            }),
          )}
          {[...placed.values()].map((p) => (
            <g class="figure" data-claim={p.f.claim_id}>
              {p.span && (
                <line
                  aria-hidden="true"
                  class="period"
                  x1={p.span[0]}
                  x2={p.span[1]}
                  y1={y(p.mark.at!)}
                  y2={y(p.mark.at!)}
                  stroke={p.colour}
                  stroke-width={7}
                  stroke-opacity={0.3}
                  stroke-linecap="butt"
                />
              )}
              <MarkLink
                href={`/claims/${p.f.claim_id}`}
                label={label(p)}
                shape={p.mark.shape}
                base={p.mark.base}
                superseded={p.mark.hollow}
              >
                <MarkShapeSvg
                  mark={p.mark}
                  at={{ pos: y, axisEnd: top - 6, cross: p.cx, orientation: 'vertical', colour: p.colour, scope: id }}
                />
              </MarkLink>
            </g>
          ))}
          {labels.map((l) => (
            <text aria-hidden="true" class={l.class} x={l.x} y={l.y} text-anchor={l.anchor} fill={l.colour}>
              {l.text}
            </text>
          ))}
        </ChartSvg>
      )}
      <VagueList
        items={vague.map((d) => ({
          claimId: d.f.claim_id,
          claimant: d.claimant,
          valueText: d.f.value_text,
          asOf: d.f.as_of,
          colour: d.colour,
          label: label(d),
        }))}
      />
      {undated.length > 0 && !small && (
        <p class="chart-key">
          Undated figures stand in the “date unknown” band, in the ledger's order (a superseded figure before the one that replaced it):
          their place there says nothing about when they held.
        </p>
      )}
      {!small && <MarkLegend orientation="vertical" id={`${id}-legend`} />}
      {series.length > 0 && (
        <ul class="series-key" aria-label="Claimants">
          {series.map((s, i) => (
            <li>
              <span class="swatch" style={`background:${SERIES_COLOURS[i % SERIES_COLOURS.length]}`} aria-hidden="true" />
              <Stored text={s.claimant.name} />
            </li>
          ))}
        </ul>
      )}
    </ChartFigure>
  );
}
