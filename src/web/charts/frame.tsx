import type { ComponentChildren } from 'preact';
import { dateInWords } from './encoding';
import { type ChartDef, ChartDefs, VagueGlyph } from './marks';
import { Stored } from '../components/storedText';

/**
 * A chart's figure: a caption of its title and its description (which the drawing is described by, and which says
 * where the same figures stand as text), then what it draws and lists.
 */
export function ChartFigure({
  id,
  class: className,
  title,
  description,
  children,
}: {
  id: string;
  class: string;
  title: string;
  description: ComponentChildren;
  children: ComponentChildren;
}) {
  return (
    <figure class={className} aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`}>
        <strong>{title}</strong> <span id={`${id}-desc`}>{description}</span>
      </figcaption>
      {children}
    </figure>
  );
}

/**
 * A chart's drawing: one group named by the chart's title and described by its caption, with the definitions its
 * marks use. `fluid` drawings take the width of the page (the map); the others keep their size, scrolling sideways
 * when the page is narrower.
 */
export function ChartSvg({
  id,
  title,
  width,
  height,
  fluid = false,
  class: className = 'chart-svg',
  defs,
  children,
}: {
  id: string;
  title: string;
  /** The patterns and markers its marks are drawn with, defined in it under ids of its own (`defId`). */
  defs: ChartDef[];
  width: number;
  height: number;
  fluid?: boolean;
  class?: string;
  children: ComponentChildren;
}) {
  const drawing = (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      width={fluid ? '100%' : width}
      height={fluid ? undefined : height}
      role="group"
      aria-labelledby={`${id}-svgtitle`}
      aria-describedby={`${id}-desc`}
      class={className}
    >
      <title id={`${id}-svgtitle`}>{title}</title>
      <ChartDefs scope={id} only={defs} />
      {children}
    </svg>
  );
  // A drawing of fixed size keeps it on a narrower screen, scrolling sideways in its own box, rather than shrinking
  // its 12 px labels to 5 px at 320 px.
  return fluid ? drawing : <div class="chart-scroll">{drawing}</div>;
}

/** A figure with no number, listed under a chart instead of drawn on its value axis. */
export interface VagueItem {
  claimId: number;
  claimant: string;
  valueText: string;
  asOf: string | null;
  colour: string;
  /** The mark's text equivalent: who, what words, when, reported where. */
  label: string;
}

/** The figures with no number, listed under the chart with their hollow mark. */
export function VagueList({ items }: { items: VagueItem[] }) {
  if (items.length === 0) return null;
  return (
    <div class="vague-list">
      <p>Figures with no number, not placed on the value axis:</p>
      <ul>
        {items.map((d) => (
          <li data-claim={d.claimId} data-shape="vague">
            <svg width="14" height="14" aria-hidden="true" focusable="false">
              <VagueGlyph x={7} y={1} colour={d.colour} />
            </svg>{' '}
            <a href={`/claims/${d.claimId}`} aria-label={d.label}>
              <Stored text={d.claimant} />: “<Stored text={d.valueText} />”
            </a>{' '}
            ({dateInWords(d.asOf)})
          </li>
        ))}
      </ul>
    </div>
  );
}
