/**
 * How a trial's articles are scored (scripts/eval-trials.ts, scripts/eval-confidence.ts): each article a .txt file,
 * and expected.json listing, per article, the figures an editor would store and the numbers they would not (its
 * "_format" says how). Per figure, the candidate on it and each field right or wrong; the candidates on no figure.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Candidate } from './candidate';
import { extractCandidates } from './extract';
import type { Lexicon } from './lexicon';
import { toPrediction } from './score';

export interface TrialFigure {
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
export interface TrialArticle {
  published: string;
  figures: TrialFigure[];
  distractors: [string, string][];
}

export const TRIAL_FIELDS = ['value', 'approximation', 'metric', 'country', 'claimant', 'as_of', 'relations'] as const;
export type TrialField = (typeof TRIAL_FIELDS)[number];

/** A figure scored: the candidate on it (none: missed), and per field whether it is right, what was wanted and got. */
export interface TrialCheck {
  figure: TrialFigure;
  candidate: Candidate | undefined;
  checks: Record<TrialField, [boolean, unknown, unknown]> | null;
}
export interface TrialResult {
  file: string;
  candidates: Candidate[];
  /** The figures scored (optional figures and headline repeats are scored neither way). */
  figures: TrialCheck[];
  /** The candidates on no figure, with whether expected.json lists their number as one an editor would not store. */
  falsePositives: { candidate: Candidate; listed: boolean }[];
}

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

/** Runs the extractor over every article of a trial's folder and scores it against expected.json. */
export function scoreTrials(dir: string, lexicon: Lexicon): TrialResult[] {
  const expected = JSON.parse(fs.readFileSync(path.join(dir, 'expected.json'), 'utf8')) as Record<string, TrialArticle>;
  const results: TrialResult[] = [];
  for (const [file, article] of Object.entries(expected)) {
    if (file.startsWith('_')) continue;
    const text = fs.readFileSync(path.join(dir, file), 'utf8');
    const { candidates } = extractCandidates(text, lexicon, { published: article.published, author: null });
    const used = new Set<string>();
    const byAnchor = new Map<string, Candidate | undefined>();
    for (const f of article.figures) {
      const span = spanOf(text, f.at, f.v);
      const c = candidates.find((k) => overlaps(k, span));
      byAnchor.set(f.at, c);
      if (c) used.add(c.id);
    }
    const figures: TrialCheck[] = [];
    for (const f of article.figures) {
      const c = byAnchor.get(f.at);
      if (f.opt) continue;
      if (f.head) continue; // a headline repeats a body figure: neither scored nor a false positive
      if (!c) {
        figures.push({ figure: f, candidate: undefined, checks: null });
        continue;
      }
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
      figures.push({
        figure: f,
        candidate: c,
        checks: {
          value: [value, f.val, [c.value, c.value_low, c.value_high, c.fraction]],
          approximation: [c.approximation === f.ap, f.ap, c.approximation],
          metric: [f.m.includes(c.metric ?? ''), f.m, c.metric],
          country: [countries.some((x) => same(x, p.country)), f.c, p.country],
          claimant: [claimant, f.cl, c.claimant ? `${c.claimant.name} / ${c.claimant.mention}` : null],
          as_of: [f.as.includes(c.as_of) || (f.as.includes(null) && now(c.as_of, article.published)), f.as, c.as_of],
          relations: [rels, f.rel ?? [], c.relations.map((r) => `${r.type}:${candidates.find((k) => k.id === r.target)?.value_text}`)],
        },
      });
    }
    const falsePositives = candidates
      .filter((c) => !used.has(c.id))
      .map((c) => ({
        candidate: c,
        listed: article.distractors.some(([at, v]) => {
          try {
            return overlaps(c, spanOf(text, at, v));
          } catch {
            return false;
          }
        }),
      }));
    results.push({ file, candidates, figures, falsePositives });
  }
  return results;
}
