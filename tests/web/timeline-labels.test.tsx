import { render } from 'preact-render-to-string';
import { TimelineChart, TimelineFigureToDraw, TimelineSeries } from '../../src/web/charts/timelineChart';

/*
 * The timeline's text beside its marks (each claimant's name by its last figure, each change by its figure) never
 * prints one label over another: with many figures close together (hundreds undated in one band) they had smeared into
 * an unreadable block. The names win over the changes; labels with room are all drawn.
 */
let nextId = 1;
const figure = (claimant: TimelineSeries['claimant'], value: number, as_of: string | null): TimelineFigureToDraw => ({
  claim_id: nextId++,
  claimant,
  value,
  value_low: null,
  value_high: null,
  approximation: 'exact',
  value_text: String(value),
  as_of,
  status: 'active',
  superseded_by: [],
  change: { absolute: 10, percent: 2.5 },
});
const claimants = ['Ministry of the Interior', 'Security Service', 'Monitoring Group'].map((name, i) => ({ id: i + 1, name }));

/** The drawn labels of a chart's SVG: class, anchor, position and words. */
function labelsOf(html: string) {
  return [
    ...html.matchAll(
      /<text aria-hidden="true" class="(change|series-label)" x="([\d.]+)" y="([\d.-]+)" text-anchor="(start|end)"[^>]*>([^<]*)<\/text>/g,
    ),
  ].map(([, kind, x, y, anchor, text]) => ({ kind, x: Number(x), y: Number(y), anchor, text }));
}

/** Whether two labels' boxes meet, at 12px bold text (at least 6.5px a character, 12px a line). */
function overlap(a: ReturnType<typeof labelsOf>[number], b: ReturnType<typeof labelsOf>[number]): boolean {
  const box = (l: typeof a) => {
    const w = [...l.text].length * 6.5;
    return { x0: l.anchor === 'start' ? l.x : l.x - w, x1: l.anchor === 'start' ? l.x + w : l.x, y0: l.y - 12, y1: l.y };
  };
  const [p, q] = [box(a), box(b)];
  return p.x0 < q.x1 && q.x0 < p.x1 && p.y0 < q.y1 && q.y0 < p.y1;
}

test('a hundred and fifty undated figures: every claimant named, changes drawn only where they have room, no two labels overlapping', () => {
  const series = claimants.map((c, i) => ({
    claimant: c,
    figures: Array.from({ length: 50 }, (_, k) => figure(c, 100 + 7 * k + i, null)),
  }));
  const html = render(<TimelineChart id="t" title="Many undated" description="" series={series} documents={new Map()} />);
  const labels = labelsOf(html);
  expect(labels.filter((l) => l.kind === 'series-label').map((l) => l.text)).toEqual(claimants.map((c) => c.name));
  const changes = labels.filter((l) => l.kind === 'change');
  expect(changes.length).toBeGreaterThan(0);
  expect(changes.length).toBeLessThan(150);
  for (const [i, a] of labels.entries())
    for (const b of labels.slice(i + 1)) expect({ a, b, overlap: overlap(a, b) }).toEqual({ a, b, overlap: false });
  // Every mark is still drawn, each a link with its label.
  expect(html.match(/<g class="figure"/g)).toHaveLength(150);
});

test('figures years apart: every change and every name is drawn', () => {
  const series = [
    { claimant: claimants[0], figures: ['2014', '2017', '2020', '2023'].map((y, k) => figure(claimants[0], 100 + 300 * k, y)) },
  ];
  const labels = labelsOf(render(<TimelineChart id="t" title="Apart" description="" series={series} documents={new Map()} />));
  expect(labels.map((l) => [l.kind, l.text])).toEqual([
    ['series-label', 'Ministry of the Interior'],
    ...Array.from({ length: 4 }, () => ['change', '+10 (+2.5%)']),
  ]);
});

test('a small timeline (the country page has one per metric) keys its colours to the claimants, having no direct labels', () => {
  const series = claimants.map((c, i) => ({ claimant: c, figures: [figure(c, 100 + 10 * i, `201${i}`)] }));
  const html = render(<TimelineChart small id="t" title="Small" description="" series={series} documents={new Map()} />);
  expect(labelsOf(html)).toEqual([]);
  const key = /<ul class="series-key" aria-label="Claimants">([\s\S]*?)<\/ul>/.exec(html)![1];
  expect(
    [...key.matchAll(/<li><span class="swatch" style="background:(#[0-9a-f]{6})" aria-hidden="true"><\/span>([^<]*)<\/li>/g)].map(
      (m) => m[2],
    ),
  ).toEqual(claimants.map((c) => c.name));
  // Each claimant's marks are drawn in its key's colour.
  const colours = [...key.matchAll(/background:(#[0-9a-f]{6})/g)].map((m) => m[1]);
  expect(new Set(colours).size).toBe(3);
  for (const colour of colours) expect(html).toContain(`fill="${colour}"`);
});
