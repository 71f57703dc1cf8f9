/**
 * Hostile texts for the extractor: each case builds a text of about `size` characters from one adversarial pattern
 * (long runs of digits, separators and number words, figures without end in one sentence, cue words repeated, names
 * without end, brackets and quotes never closed, every Unicode space and dash, marks, controls, one token repeated).
 * Used by the bench (time per text at growing sizes, to see any super-linear growth) and by the extractor's bound's
 * test. Deterministic: the same texts on every clone (importData's mulberry32 generator, `prng`).
 */
import { prng } from './importData';

export interface HostileCase {
  name: string;
  make: (size: number) => string;
}

/** `unit` repeated until the text has `size` characters (cut at a unit's end). */
function repeat(unit: string, size: number): string {
  return unit.repeat(Math.max(1, Math.floor(size / unit.length)));
}

const SPACES = [
  '\u0020',
  '\u00a0',
  '\u1680',
  '\u2000',
  '\u2001',
  '\u2002',
  '\u2003',
  '\u2004',
  '\u2005',
  '\u2006',
  '\u2007',
  '\u2008',
  '\u2009',
  '\u200a',
  '\u2028',
  '\u2029',
  '\u202f',
  '\u205f',
  '\u3000',
  '\t',
];
const DASHES = ['-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\ufe58', '\ufe63', '\uff0d'];

export const HOSTILE_CASES: HostileCase[] = [
  { name: 'digits "1 1 1"', make: (n) => repeat('1 ', n) },
  { name: 'one digit run', make: (n) => '1'.repeat(n) },
  { name: 'comma groups "1,1,1"', make: (n) => repeat('1,', n) },
  { name: 'thousands "1 000 000"', make: (n) => repeat('1 000 ', n) },
  { name: 'decimal "1.1.1"', make: (n) => repeat('1.', n) },
  { name: 'number words "one one"', make: (n) => repeat('one ', n) },
  { name: 'number words "hundred thousand"', make: (n) => repeat('hundred thousand ', n) },
  { name: 'figures in one sentence', make: (n) => `Officials said ${repeat('1,200 fighters, ', n)}returned.` },
  {
    name: 'counted people, one sentence',
    make: (n) => `The ministry said that ${repeat('300 women and 20 children from Syria and ', n)}others returned.`,
  },
  { name: 'sentence without full stop', make: (n) => repeat('the ministry of interior reported fighters from Iraq and ', n) },
  { name: 'cue words "said said"', make: (n) => repeat('said ', n) },
  { name: 'cue and figure "said 5"', make: (n) => repeat('said 5 fighters according to ', n) },
  // (each attribution to a capitalised role noun had searched the whole text before it for a name with that head)
  { name: 'role noun attributions "the Committee"', make: (n) => repeat('According to the Committee, the cells were dismantled. ', n) },
  { name: 'capitalised words', make: (n) => repeat('Abu Bakr ', n) },
  {
    name: 'capitalised words, distinct',
    make: (n) => Array.from({ length: Math.floor(n / 8) }, (_, i) => `Name${String.fromCharCode(65 + (i % 26))}${i} `).join(''),
  },
  { name: 'capitals with figures', make: (n) => repeat('Ahmed Said Hassan Ali told 40 ', n) },
  { name: 'brackets never closed', make: (n) => repeat('(1 ', n) },
  { name: 'quotes never closed', make: (n) => repeat('"said 12 ', n) },
  { name: 'curly quotes never closed', make: (n) => repeat('\u201cOfficials said 12 \u2018', n) },
  { name: 'unicode spaces between digits', make: (n) => repeat(SPACES.map((s) => `1${s}`).join(''), n) },
  { name: 'unicode dashes between digits', make: (n) => repeat(DASHES.map((d) => `1${d}`).join(''), n) },
  { name: 'ranges "1-2-3"', make: (n) => repeat('10-20 ', n) },
  { name: 'combining marks', make: (n) => repeat('1\u0301\u0302\u0303 fighters\u0300 ', n) },
  { name: 'right-to-left marks', make: (n) => repeat('\u200f12\u200e \u202efighters\u202c said\u2067 ', n) },
  { name: 'lone surrogates', make: (n) => repeat('\ud800 12 \udc00 fighters ', n) },
  { name: 'NUL and controls', make: (n) => repeat('\u0000 12\u0001 fighters\u0007\u001b ', n) },
  { name: 'one token', make: (n) => repeat('fighters ', n) },
  { name: 'percent and shares', make: (n) => repeat('12% of 40 per cent ', n) },
  { name: 'dates', make: (n) => repeat('In 2015 and 2016, ', n) },
  {
    name: 'shuffled article words',
    make: (n) => {
      const words = [
        'said',
        'the',
        'ministry',
        '1,200',
        'foreign',
        'fighters',
        'from',
        'Iraq',
        'Syria',
        'women',
        'children',
        'returned',
        'about',
        'more than',
        'some',
        'according to',
        'Islamic State',
        'police',
        '(',
        '"',
        ',',
        '.',
      ];
      const next = prng(45);
      const out: string[] = [];
      let length = 0;
      while (length < n) {
        const w = words[Math.floor(next() * words.length)];
        out.push(w);
        length += w.length + 1;
      }
      return out.join(' ');
    },
  },
];
