/**
 * npx tsx scripts/eval-trials.ts [folder] [--show]
 * Scores the extractor on a folder of articles written for a trial (default tests/fixtures/extract-trials105): each
 * article a .txt file, and expected.json listing, per article, the figures an editor would store and the numbers they
 * would not (its "_format" says how). Prints, per article, every field that differs from what was expected, the
 * figures missed and the candidates on no figure, then one line of fields right out of the figures matched.
 * --show also prints every candidate.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Candidate } from '../src/extract/candidate';
import { extractCandidates } from '../src/extract/extract';
import { fileLexicon } from '../src/extract/fileLexicon';
import { toPrediction } from '../src/extract/score';

interface Figure {
  at: string;
  v: string;
  ap: string;
  val: number | [number, number] | { fraction: number } | null;
  m: string[];
  c: string | string[] | null;
  cl: (string | null)[];
  as: (string | null)[];
  rel?: [string, string][];
  opt?: boolean;
  head?: boolean;
}
interface Article {
  published: string;
  figures: Figure[];
  distractors: [string, string][];
}

const ROOT = path.join(__dirname, '..');
const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith('--')) ?? path.join(ROOT, 'tests', 'fixtures', 'extract-trials105');
const show = args.includes('--show');
const expected = JSON.parse(fs.readFileSync(path.join(dir, 'expected.json'), 'utf8')) as Record<string, Article>;
const lexicon = fileLexicon();
const FIELDS = ['value', 'approximation', 'metric', 'country', 'claimant', 'as_of', 'relations'] as const;
const right: Record<string, number> = Object.fromEntries(FIELDS.map((f) => [f, 0]));
let matched = 0;
let figures = 0;
let falsePositives = 0;
let missed = 0;

function spanOf(text: string, at: string, v: string): [number, number] {
  const i = text.indexOf(at);
  if (i < 0 || text.indexOf(at, i + 1) >= 0) throw new Error(`anchor ${JSON.stringify(at)} not found once`);
  const j = at.indexOf(v);
  if (j < 0) throw new Error(`${JSON.stringify(v)} not in ${JSON.stringify(at)}`);
  return [i + j, i + j + v.length];
}
/** A name as compared: case, a leading "the" and a qualifier after a comma or in brackets aside. */
const plainName = (n: string) =>
  n
    .toLowerCase()
    .replace(/^the /, '')
    .replace(/ \([^)]*\)/g, '')
    .replace(/, [a-z ]+$/, '')
    .trim();
/** A figure that holds now (expected null) may carry the date line's date or a day of the week before it. */
function now(asOf: string | null, published: string): boolean {
  if (asOf === null || !/^\d{4}-\d{2}-\d{2}$/.test(asOf) || !/^\d{4}-\d{2}-\d{2}$/.test(published)) return asOf === published;
  const days = (Date.parse(published) - Date.parse(asOf)) / 86_400_000;
  return days >= 0 && days <= 7;
}
const overlaps = (c: Candidate, [s, e]: [number, number]) => c.start < e && s < c.end;
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

for (const [file, article] of Object.entries(expected)) {
  if (file.startsWith('_')) continue;
  const text = fs.readFileSync(path.join(dir, file), 'utf8');
  const { candidates } = extractCandidates(text, lexicon, { published: article.published, author: null });
  const lines: string[] = [];
  const used = new Set<string>();
  const byAnchor = new Map<string, Candidate | undefined>();
  for (const f of article.figures) {
    const span = spanOf(text, f.at, f.v);
    const c = candidates.find((k) => overlaps(k, span));
    byAnchor.set(f.at, c);
    if (c) used.add(c.id);
  }
  for (const f of article.figures) {
    const c = byAnchor.get(f.at);
    if (f.opt) continue;
    if (f.head) continue; // a headline repeats a body figure: neither scored nor a false positive
    figures++;
    if (!c) {
      missed++;
      lines.push(`  MISSED ${JSON.stringify(f.at)}`);
      continue;
    }
    matched++;
    const p = toPrediction(c, lexicon) as Record<string, unknown>;
    const value =
      f.val === null
        ? c.value === null && c.value_low === null && c.value_high === null
        : Array.isArray(f.val)
          ? c.value_low === f.val[0] && c.value_high === f.val[1]
          : typeof f.val === 'object'
            ? c.fraction !== null && Math.abs(c.fraction - f.val.fraction) < 0.01
            : c.value === f.val || (c.value === null && (c.value_low === f.val || c.value_high === f.val));
    const names = [c.claimant?.name ?? null, c.claimant?.mention ?? null].map((n) => (n === null ? null : plainName(n)));
    const claimant = c.claimant ? f.cl.some((n) => n !== null && names.includes(plainName(n))) : f.cl.includes(null);
    const countries =
      Array.isArray(f.c) && f.c.every((x) => /^[A-Z]{2}(-\w+)?$/.test(x)) && f.c.length <= 2 && f.c.some((x) => x.includes('-'))
        ? f.c
        : [f.c];
    const rels = (f.rel ?? []).every(([type, at]) => {
      const t = byAnchor.get(at);
      return t !== undefined && c.relations.some((r) => r.type === type && r.target === t.id);
    });
    const checks: Record<string, [boolean, unknown, unknown]> = {
      value: [value, f.val, [c.value, c.value_low, c.value_high, c.fraction]],
      approximation: [c.approximation === f.ap, f.ap, c.approximation],
      metric: [f.m.includes(c.metric ?? ''), f.m, c.metric],
      country: [countries.some((x) => same(x, p.country)), f.c, p.country],
      claimant: [claimant, f.cl, c.claimant ? `${c.claimant.name} / ${c.claimant.mention}` : null],
      as_of: [f.as.includes(c.as_of) || (f.as.includes(null) && now(c.as_of, article.published)), f.as, c.as_of],
      relations: [rels, f.rel ?? [], c.relations.map((r) => `${r.type}:${candidates.find((k) => k.id === r.target)?.value_text}`)],
    };
    for (const [field, [ok, want, got]] of Object.entries(checks)) {
      if (ok) right[field]++;
      else lines.push(`  ${field.padEnd(13)} ${JSON.stringify(f.at)}: want ${JSON.stringify(want)} got ${JSON.stringify(got)}`);
    }
  }
  for (const c of candidates) {
    if (used.has(c.id)) continue;
    falsePositives++;
    const d = article.distractors.find(([at, v]) => {
      try {
        return overlaps(c, spanOf(text, at, v));
      } catch {
        return false;
      }
    });
    lines.push(
      `  FALSE+ ${JSON.stringify(c.value_text)} (${c.metric}) in ${JSON.stringify(c.quote.exact.slice(0, 90))}${d ? '' : ' [not listed]'}`,
    );
  }
  console.log(`== ${file}${lines.length ? '' : ' (all as expected)'}`);
  for (const l of lines) console.log(l);
  if (show)
    for (const c of candidates)
      console.log(
        `    ${c.id} ${JSON.stringify(c.value_text)} ${c.approximation} ${c.metric} ${JSON.stringify(toPrediction(c, lexicon).country)} ` +
          `cl=${c.claimant?.name ?? null} as_of=${c.as_of} rel=${c.relations.map((r) => `${r.type}:${r.target}`).join(',')}`,
      );
}
console.log(
  `\nfigures ${figures}, matched ${matched}, missed ${missed}, false positives ${falsePositives}; right of matched: ` +
    FIELDS.map((f) => `${f} ${right[f]}`).join(', '),
);
