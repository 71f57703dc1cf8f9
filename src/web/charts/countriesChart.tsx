import type { CountryRow } from '../../compare/countries';
import { markLabel, valueMark } from './encoding';
import { ChartFigure, ChartSvg } from './frame';
import { MarkLegend, MarkLink, MarkShapeSvg, paint, VagueGlyph } from './marks';
import { axisMax } from './sourcesChart';
import { fullNumber, niceTicks, valueScale, tickLabels } from './scale';
import type { WorldMap } from './worldMap';
import { counted } from '../../words';
import { storedString } from '../components/storedText';

/** A row of the countries view as the chart needs it: the view's row and where the country is on the map. */
export type CountryFigure = Omit<CountryRow, 'chosen_by' | 'latest_by' | 'claim_url' | 'claims_url'> & {
  /** ISO 3166-1 numeric, to find the country on the map; null for subdivisions, regions and groupings. */
  m49: string | null;
  /** For a subdivision (RU-CE), the name of the country it is within: the map draws countries, so it is listed instead. */
  within: string | null;
};

const ROW = 28;
const LEFT = 190;
const WIDTH = 760;
const TOP = 30;

const nameOf = (r: CountryFigure) => r.country_name ?? r.country;

/**
 * One row per country: a hatched bar to its preferred figure, drawn in that figure's own shape (an arrow for
 * "over 300"), and a thin whisker over the range of all its current figures. Countries without figures say so.
 */
export function CountriesChart({
  id,
  title,
  description,
  rows,
  documents,
}: {
  id: string;
  title: string;
  description: string;
  rows: CountryFigure[];
  documents: Map<number, string>;
}) {
  const marks = rows.map((r) =>
    r.claim_id === null || r.approximation === null
      ? null
      : valueMark({ value: r.value, value_low: r.value_low, value_high: r.value_high, approximation: r.approximation }),
  );
  const max = Math.max(axisMax(marks.filter((m) => m !== null)), ...rows.map((r) => r.range.max ?? 0));
  const x = valueScale(max, LEFT, WIDTH - 40);
  const tickTexts = tickLabels(x.ticks);
  const height = TOP + rows.length * ROW + 8;
  return (
    <ChartFigure id={id} class="chart chart-countries" title={title} description={description}>
      <ChartSvg id={id} title={title} width={WIDTH} height={height} defs={['hatch']}>
        <g aria-hidden="true" class="axis">
          {x.ticks.map((t, i) => (
            <g>
              <line x1={x(t)} x2={x(t)} y1={TOP - 6} y2={height - 6} stroke="#e0e0e0" />
              <text x={x(t)} y={TOP - 12} text-anchor="middle" class="tick">
                {tickTexts[i]}
              </text>
            </g>
          ))}
        </g>
        {rows.map((r, i) => {
          const cy = TOP + i * ROW + ROW / 2;
          const mark = marks[i];
          return (
            <g class="row" data-country={r.country}>
              <text x={LEFT - 10} y={cy + 4} text-anchor="end" class="row-label" aria-hidden="true">
                {nameOf(r).length > 28 ? nameOf(r).slice(0, 27) + '…' : nameOf(r)}
              </text>
              {r.range.min !== null && r.range.max !== null && r.range.max > r.range.min && (
                <g aria-hidden="true" class="range">
                  <line x1={x(r.range.min)} x2={x(r.range.max)} y1={cy + 9} y2={cy + 9} stroke="#777" stroke-width={1.5} />
                  <line x1={x(r.range.min)} x2={x(r.range.min)} y1={cy + 5} y2={cy + 13} stroke="#777" stroke-width={1.5} />
                  <line x1={x(r.range.max)} x2={x(r.range.max)} y1={cy + 5} y2={cy + 13} stroke="#777" stroke-width={1.5} />
                </g>
              )}
              {mark === null ? (
                <text x={LEFT + 4} y={cy + 4} class="no-figure" data-shape="none">
                  no figures
                </text>
              ) : (
                <MarkLink
                  href={`/claims/${r.claim_id}`}
                  shape={mark.shape}
                  base={mark.base}
                  label={`${nameOf(r)}: ${markLabel({ claimant: r.claimant?.name ?? '', value_text: r.value_text ?? '', as_of: r.as_of, document: documents.get(r.claim_id!) }, mark)}; ${counted(r.figures, 'figure')} from ${counted(r.claimants, 'claimant')}${r.range.min !== null ? `, ranging ${fullNumber(r.range.min)}–${fullNumber(r.range.max)}` : ''}`}
                >
                  {mark.at !== null && (
                    <rect x={LEFT} y={cy - 6} width={Math.max(x(mark.at) - LEFT, 1)} height={12} fill={paint(id, 'hatch')} opacity={0.45} />
                  )}
                  {mark.shape === 'vague' ? (
                    <g>
                      <VagueGlyph x={LEFT + 10} y={cy - 6} colour="#1b1b1b" />
                      <text x={LEFT + 22} y={cy + 4} class="no-figure">
                        no number: “{r.value_text}”
                      </text>
                    </g>
                  ) : (
                    <MarkShapeSvg
                      mark={mark}
                      at={{ pos: x, axisEnd: WIDTH - 26, cross: cy, orientation: 'horizontal', colour: '#1b1b1b', scope: id }}
                    />
                  )}
                </MarkLink>
              )}
            </g>
          );
        })}
      </ChartSvg>
      <MarkLegend orientation="horizontal" id={`${id}-legend`} />
      <p class="chart-key">
        Hatched bar: from zero to the preferred figure. Grey whisker under a bar: the range of all the country's current figures.
      </p>
    </ChartFigure>
  );
}

/** Class limits of the map's shading: round numbers, at most five classes. */
export function mapClasses(values: number[]): number[] {
  const max = Math.max(0, ...values);
  let limits = niceTicks(max, 5).slice(1);
  // At most five classes, one shade each: every other limit goes (the last one stays, so the top value is covered).
  while (limits.length > 5) limits = limits.filter((_, i) => i % 2 === 1 || i === limits.length - 1);
  return limits;
}

const SHADES = ['#d6e6f4', '#a5c8e4', '#6aa1cf', '#2f6fae', '#0b3d78'];

/**
 * The choropleth: each selected country shaded by the class of its preferred figure's best value, the class
 * number written in the legend with its limits (colour is not the only cue); countries selected but without a
 * figure hatched; countries not selected plain. Every country with a figure links to its country page.
 */
export function WorldMapChart({ id, map, rows, title }: { id: string; map: WorldMap; rows: CountryFigure[]; title: string }) {
  const byM49 = new Map(rows.filter((r) => r.m49 !== null).map((r) => [r.m49!, r]));
  const values = rows.flatMap((r) => (r.best_value === null ? [] : [r.best_value]));
  const limits = mapClasses(values);
  const found = (v: number) => limits.findIndex((l) => v <= l);
  const classOf = (v: number) => (found(v) < 0 ? limits.length - 1 : found(v));
  // Fewer classes than shades spread over the whole ramp, so the top class is always the darkest.
  const shade = (k: number) => SHADES[limits.length <= 1 ? SHADES.length - 1 : Math.round((k * (SHADES.length - 1)) / (limits.length - 1))];
  const shown = rows.filter((r) => r.m49 !== null && map.paths.has(r.m49)).length;
  const missing = rows.filter((r) => r.m49 !== null && !map.paths.has(r.m49));
  const subdivisions = rows.filter((r) => r.within !== null);
  return (
    <ChartFigure
      id={id}
      class="chart chart-map"
      title={title}
      description={
        <>
          Each selected country shaded by its preferred figure ({shown} of {rows.filter((r) => r.m49 !== null).length} selected countries
          are on the map). The table below holds the same figures.
        </>
      }
    >
      <ChartSvg id={id} title={title} width={map.width} height={map.height} fluid class="chart-svg map" defs={['nodata']}>
        {[...map.paths.entries()].map(([m49, p]) => {
          const r = byM49.get(m49);
          if (!r)
            return (
              <path d={p.d} class="land" fill="#ececec" stroke="#fff" stroke-width={0.5}>
                <title>{`${p.name}: not selected`}</title>
              </path>
            );
          if (r.best_value === null) {
            return (
              <path d={p.d} class="land nodata" data-country={r.country} fill={paint(id, 'nodata')} stroke="#8a8a8a" stroke-width={0.6}>
                <title>{`${nameOf(r)}: ${r.claim_id === null ? 'no figures' : `no number (“${storedString(r.value_text ?? '')}”)`}`}</title>
              </path>
            );
          }
          const k = classOf(r.best_value);
          const label = `${nameOf(r)}: “${storedString(r.value_text ?? '')}” (${storedString(r.claimant?.name ?? '')}), class ${k + 1}`;
          return (
            <a href={`/countries/${r.country}`} aria-label={label} class="map-country" data-country={r.country} data-class={k + 1}>
              <title>{label}</title>
              <path d={p.d} fill={shade(k)} stroke="#333" stroke-width={0.6} />
            </a>
          );
        })}
      </ChartSvg>
      <ul class="map-legend">
        {limits.map((l, k) => (
          <li>
            <span class="swatch" style={`background:${shade(k)}`} aria-hidden="true" />
            class {k + 1}: {k === 0 ? `up to ${fullNumber(l)}` : `${fullNumber(limits[k - 1])} to ${fullNumber(l)}`}
          </li>
        ))}
        <li>
          <span class="swatch swatch-nodata" aria-hidden="true" />
          hatched: selected, no figure with a number
        </li>
        <li>
          <span class="swatch swatch-unselected" aria-hidden="true" />
          plain grey: not selected
        </li>
      </ul>
      {missing.length > 0 && <p class="chart-key">Too small for this map: {missing.map(nameOf).join(', ')} (see the table).</p>}
      {subdivisions.length > 0 && (
        <p class="chart-key map-within">
          Not drawn, as the map draws whole countries: {subdivisions.map((r) => `${nameOf(r)} (within ${r.within})`).join(', ')}. Their
          figures are in the table, apart from their countries’.
        </p>
      )}
    </ChartFigure>
  );
}
