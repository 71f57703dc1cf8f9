/**
 * Step 7: the extractor on a 10,000-word article, in process (no database: the extractor is pure; the service adds
 * two indexed queries). The article is the seed article and the held-out passages of tests/fixtures/extract,
 * repeated until it has 10,000 words, so the run is the same on any clone.
 */
import fs from 'node:fs';
import path from 'node:path';
import { extractCandidates } from '../../src/extract/extract';
import { fileLexicon } from '../../src/extract/fileLexicon';
import { HOSTILE_CASES } from './hostileTexts';
import { meets, Row } from './stats';

const FIXTURES = path.join(__dirname, '..', '..', 'tests', 'fixtures', 'extract');

export function tenThousandWords(): string {
  const parts = [
    fs.readFileSync(path.join(FIXTURES, 'seed-article.txt'), 'utf8'),
    ...(JSON.parse(fs.readFileSync(path.join(FIXTURES, 'heldout.json'), 'utf8')) as { passages: { text: string }[] }).passages.map(
      (p) => p.text,
    ),
  ];
  const out: string[] = [];
  let count = 0;
  for (let i = 0; count < 10_000; i++) {
    const words = parts[i % parts.length].split(/\s+/);
    const take = words.slice(0, 10_000 - count);
    out.push(take.join(' '));
    count += take.length;
  }
  return out.join('\n\n');
}

export function extractRows(runs: number): Row[] {
  const text = tenThousandWords();
  const lexicon = fileLexicon();
  for (let i = 0; i < 3; i++) extractCandidates(text, lexicon);
  const wall: number[] = [];
  const cpu: number[] = [];
  let candidates = 0;
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    const c0 = process.cpuUsage();
    candidates = extractCandidates(text, lexicon).candidates.length;
    const c = process.cpuUsage(c0);
    wall.push(Number(process.hrtime.bigint() - t0) / 1e6);
    cpu.push((c.user + c.system) / 1000);
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const p90 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.9)];
  const name = '7. Extract';
  return [
    {
      step: name,
      figure: `ms per 10,000-word article, median of ${runs} (${candidates} candidates)`,
      value: median(wall),
      unit: 'ms',
      baseline: null,
      ratio: null,
      target: '< 300 ms',
      met: meets(median(wall), '<', 300),
    },
    {
      step: name,
      figure: 'ms per article, 90th percentile',
      value: p90(wall),
      unit: 'ms',
      baseline: null,
      ratio: null,
      target: '',
      met: null,
    },
    {
      step: name,
      figure: 'CPU ms per article, median',
      value: median(cpu),
      unit: 'ms',
      baseline: null,
      ratio: null,
      target: '',
      met: null,
    },
  ];
}

/**
 * The extractor on hostile texts (hostileTexts.ts: runs of digits and number words, figures without end in one
 * sentence, brackets never closed, Unicode spaces, marks and controls…), each at a quarter of `size` characters and at
 * `size`: the slowest text, and the largest growth of a case's time when its text grows fourfold (4 is linear; a
 * pattern or scan gone quadratic shows as 16). The extractor bounds its work per sentence and per text (READ_BOUNDS).
 */
export function hostileRows(size: number): Row[] {
  const lexicon = fileLexicon();
  // (CPU time: the machine's other work does not count)
  const time = (text: string) => {
    const c0 = process.cpuUsage();
    extractCandidates(text, lexicon);
    const c = process.cpuUsage(c0);
    return (c.user + c.system) / 1000;
  };
  let slowest = { name: '', ms: 0 };
  let steepest = { name: '', ratio: 0 };
  for (const c of HOSTILE_CASES) {
    const small = time(c.make(size / 4));
    const large = time(c.make(size));
    if (large > slowest.ms) slowest = { name: c.name, ms: large };
    // (texts read in under 25 ms say nothing of their growth: timer and collector noise)
    if (small >= 25 && large / small > steepest.ratio) steepest = { name: c.name, ratio: large / small };
  }
  const name = '7. Extract';
  const chars = size.toLocaleString('en-GB');
  return [
    {
      step: name,
      figure: `CPU ms for the slowest of ${HOSTILE_CASES.length} hostile texts of ${chars} characters (${slowest.name})`,
      value: slowest.ms,
      unit: 'ms',
      baseline: null,
      ratio: null,
      target: '< 10000 ms',
      met: meets(slowest.ms, '<', 10_000),
    },
    {
      step: name,
      figure: `largest growth of a hostile text's time, ${(size / 4).toLocaleString('en-GB')} → ${chars} characters (${steepest.name || 'none over 25 ms'})`,
      value: steepest.ratio,
      unit: '×',
      baseline: null,
      ratio: null,
      target: '< 8 × (4 is linear)',
      met: meets(steepest.ratio, '<', 8),
    },
  ];
}
