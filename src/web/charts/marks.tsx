import type { ComponentChildren } from 'preact';
import type { MarkShape } from '../../claims/approximation';
import { LEGEND, ArrowBase, ValueMark } from './encoding';

/** Which way the value axis runs: up the page (timelines) or to the right (sources, countries). */
export type Orientation = 'vertical' | 'horizontal';

export interface MarkPlacement {
  /** Pixel of a value along the value axis. */
  pos: (v: number) => number;
  /** Pixel of the value axis's far end (where unbounded arrows stop). */
  axisEnd: number;
  /** Position across the value axis (a row, or a time). */
  cross: number;
  orientation: Orientation;
  colour: string;
  /** The id of the drawing whose definitions the mark's patterns come from (`ChartDefs`). */
  scope: string;
}

const ARROW = 7;

/** An arrowhead at (x, y) pointing toward higher values when `up`, drawn as a closed path. */
function head(x: number, y: number, up: boolean, o: Orientation): string {
  const s = up ? 1 : -1;
  return o === 'vertical'
    ? `M${x},${y} l${-ARROW / 1.4},${s * ARROW} h${(2 * ARROW) / 1.4} z`
    : `M${x},${y} l${-s * ARROW},${-ARROW / 1.4} v${(2 * ARROW) / 1.4} z`;
}

/** A point in the chart from (along the value axis, across it). */
const pt = (o: Orientation, along: number, across: number) => (o === 'vertical' ? { x: across, y: along } : { x: along, y: across });

/** The SVG of one mark (no link around it): its shape says the wording, `hollow` that it is superseded. */
export function MarkShapeSvg({ mark, at }: { mark: ValueMark; at: MarkPlacement }) {
  const { pos, cross, orientation: o, colour, scope } = at;
  const fill = mark.hollow ? '#fff' : colour;
  const dash = mark.hollow ? '4 3' : undefined;
  const line = (a: number, b: number, width = 2) => {
    const p = pt(o, a, cross);
    const q = pt(o, b, cross);
    return <line x1={p.x} y1={p.y} x2={q.x} y2={q.y} stroke={colour} stroke-width={width} stroke-dasharray={dash} />;
  };
  const cap = (v: number) => {
    const p = pt(o, v, cross);
    return o === 'vertical' ? (
      <line x1={p.x - 5} y1={p.y} x2={p.x + 5} y2={p.y} stroke={colour} stroke-width={2} />
    ) : (
      <line x1={p.x} y1={p.y - 5} x2={p.x} y2={p.y + 5} stroke={colour} stroke-width={2} />
    );
  };
  const dot = (v: number, r = 5.5, f = fill) => {
    const p = pt(o, v, cross);
    return <circle cx={p.x} cy={p.y} r={r} fill={f} stroke={colour} stroke-width={2} />;
  };
  switch (mark.shape) {
    case 'dot':
      return dot(pos(mark.at!));
    case 'whiskers': {
      const hi = mark.extent!.high === null ? at.axisEnd : pos(mark.extent!.high);
      return (
        <g>
          {line(pos(mark.extent!.low), hi)}
          {cap(pos(mark.extent!.low))}
          {mark.extent!.high !== null && cap(hi)}
          {dot(pos(mark.at!))}
        </g>
      );
    }
    case 'arrow-up':
    case 'arrow-down': {
      const up = mark.shape === 'arrow-up';
      const from = pos(mark.at!);
      const to = up ? (mark.extent!.high === null ? at.axisEnd : pos(mark.extent!.high)) : pos(mark.extent!.low);
      const tip = pt(o, to, cross);
      // The base is a ring when the bound is excluded (more than, less than), a filled disc when it is included.
      const baseFill = mark.base === 'open' || mark.hollow ? '#fff' : colour;
      return (
        <g>
          {line(from, to)}
          <path d={head(tip.x, tip.y, up, o)} fill={colour} />
          {dot(from, 4.5, baseFill)}
        </g>
      );
    }
    case 'bar': {
      const a = pos(mark.extent!.low);
      const b = mark.extent!.high === null ? at.axisEnd : pos(mark.extent!.high);
      const p = pt(o, Math.min(a, b), cross);
      const len = Math.max(Math.abs(b - a), 2);
      const rect =
        o === 'vertical'
          ? { x: p.x - 5, y: Math.min(a, b), width: 10, height: len }
          : { x: Math.min(a, b), y: p.y - 5, width: len, height: 10 };
      return (
        <g>
          <rect {...rect} fill={mark.hollow ? '#fff' : paint(scope, 'hatch')} stroke={colour} stroke-width={2} stroke-dasharray={dash} />
          {cap(pos(mark.at!))}
        </g>
      );
    }
    default:
      return <VagueGlyph x={pt(o, 0, cross).x} y={pt(o, 0, cross).y} colour={colour} />;
  }
}

/** The hollow diamond of a figure without a number. */
export function VagueGlyph({ x, y, colour }: { x: number; y: number; colour: string }) {
  return <path d={`M${x},${y - 6} l6,6 l-6,6 l-6,-6 z`} fill="#fff" stroke={colour} stroke-width={2} stroke-dasharray="3 2" />;
}

/**
 * A mark as a link to its claim, with its text equivalent both as an SVG <title> (a tooltip) and as the link's
 * accessible name, reachable by Tab like any link.
 */
export function MarkLink({
  href,
  label,
  shape,
  base,
  superseded,
  children,
  id,
}: {
  href: string;
  label: string;
  shape: MarkShape;
  base?: ArrowBase | null;
  superseded?: boolean;
  children: ComponentChildren;
  id?: string;
}) {
  return (
    <a
      href={href}
      aria-label={label}
      class={`mark mark-${shape}${superseded ? ' mark-superseded' : ''}`}
      data-shape={shape}
      data-base={base ?? undefined}
      data-superseded={superseded ? 'true' : undefined}
      id={id}
    >
      <title>{label}</title>
      {children}
    </a>
  );
}

/** The patterns and the arrowhead the marks are drawn with. */
export type ChartDef = 'hatch' | 'overlap' | 'nodata' | 'succession';

/**
 * The id of a definition of the drawing `scope`: a page may hold several drawings (a country's timelines, the map and
 * the bars), each with its own definitions, and ids must be unique on the page. `scope` is the drawing's id.
 */
export const defId = (scope: string, def: ChartDef): string => `${scope}-${def}`;

/** A paint or marker reference to a definition of the drawing `scope`. */
export const paint = (scope: string, def: ChartDef): string => `url(#${defId(scope, def)})`;

/** Pattern and arrowhead definitions of the drawing `scope` (all of them, or `only` those named). */
export function ChartDefs({ scope, only }: { scope: string; only?: ChartDef[] }) {
  const has = (def: ChartDef) => !only || only.includes(def);
  return (
    <defs>
      {has('hatch') && (
        <pattern id={defId(scope, 'hatch')} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="6" height="6" fill="#fff" />
          <line x1="0" y1="0" x2="0" y2="6" stroke="#6b6b6b" stroke-width="2.5" />
        </pattern>
      )}
      {has('overlap') && (
        <pattern id={defId(scope, 'overlap')} width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(-45)">
          <rect width="8" height="8" fill="#e7f0e3" />
          <line x1="0" y1="0" x2="0" y2="8" stroke="#8fb783" stroke-width="1.5" />
        </pattern>
      )}
      {has('nodata') && (
        <pattern id={defId(scope, 'nodata')} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="6" height="6" fill="#f4f4f4" />
          <line x1="0" y1="0" x2="0" y2="6" stroke="#c4c4c4" stroke-width="1" />
        </pattern>
      )}
      {has('succession') && (
        <marker
          id={defId(scope, 'succession')}
          viewBox="0 0 10 10"
          refX="9"
          refY="5"
          markerWidth="7"
          markerHeight="7"
          orient="auto-start-reverse"
        >
          <path d="M0,0 L10,5 L0,10 z" fill="#333" />
        </marker>
      )}
    </defs>
  );
}

/** The legend of mark shapes, drawn with the same components as the chart, each with its meaning in words. */
export function MarkLegend({ orientation, id }: { orientation: Orientation; id: string }) {
  // Vertical swatches are tall and narrow, as the marks stand in a timeline.
  const rowH = orientation === 'vertical' ? 40 : 22;
  const w = orientation === 'vertical' ? 28 : 44;
  return (
    <figure class="legend" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`}>How each figure is drawn</figcaption>
      <ul>
        {LEGEND.map((entry) => {
          const mark: ValueMark = {
            shape: entry.shape,
            base: entry.base ?? null,
            hollow: entry.hollow ?? entry.shape === 'vague',
            interval: null,
            reading: entry.label,
            at: entry.shape === 'arrow-down' ? 30 : entry.shape === 'bar' ? 22 : entry.shape === 'arrow-up' ? 10 : 20,
            extent:
              entry.shape === 'whiskers'
                ? { low: 10, high: 30 }
                : entry.shape === 'bar'
                  ? { low: 8, high: 36 }
                  : entry.shape === 'arrow-up'
                    ? { low: 10, high: 36 }
                    : entry.shape === 'arrow-down'
                      ? { low: 4, high: 30 }
                      : null,
          };
          // The legend draws a 40-unit axis across its swatch, in the chart's own orientation.
          const pos = orientation === 'vertical' ? (v: number) => rowH - 1 - (v * (rowH - 2)) / 40 : (v: number) => 2 + v;
          const cross = orientation === 'vertical' ? w / 2 : rowH / 2;
          return (
            <li>
              <svg width={w} height={rowH} aria-hidden="true" focusable="false" class="legend-swatch">
                {entry.shape === 'bar' && <ChartDefs scope={id} only={['hatch']} />}
                {entry.shape === 'vague' ? (
                  <VagueGlyph x={w / 2} y={rowH / 2 - 6} colour="#1b1b1b" />
                ) : (
                  <MarkShapeSvg
                    mark={mark}
                    at={{ pos, axisEnd: orientation === 'vertical' ? 1 : w - 2, cross, orientation, colour: '#1b1b1b', scope: id }}
                  />
                )}
              </svg>
              <span>{entry.label}</span>
            </li>
          );
        })}
      </ul>
    </figure>
  );
}
