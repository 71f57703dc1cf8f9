/**
 * Finds numbers as written — digits with separators ("1,100", "1 077", "2.4 million", "8,500+"), number words
 * ("two thousand", "Forty-one", "a dozen"), vague quantities ("hundreds of", "a few hundred", "dozens") and verbal
 * shares ("half", "two-thirds") — with their offsets. Whether a number is a claim is decided elsewhere.
 */
import { nounKind } from './nouns';
import { SCALES, SHARES, TENS, UNITS } from './wordLists';

export { SCALES } from './wordLists';

export type NumberKind = 'digits' | 'words' | 'vague' | 'fraction';

export interface NumberMention {
  start: number;
  end: number;
  kind: NumberKind;
  /** The number; null for vague quantities and shares. */
  value: number | null;
  /** Shares only: 0.5 for half. */
  fraction: number | null;
  /** Vague quantities: bounds the words imply ("hundreds" → at least 200), else null. */
  low: number | null;
  high: number | null;
  /** Digits only: written without any separator (a year-like token). */
  plain: boolean;
}

/**
 * A share's verb when the share stands as a subject ("a third have come home", "two thirds were women", "nearly a third
 * returned home"); "a third time" is none.
 */
const SHARE_VERBS = new Set(['are', 'were', 'have', 'has', 'had', 'is', 'was', 'remain', 'remained', 'returned', 'died', 'fled', 'went']);
/** The scales of South Asian texts, read after digits: "1.5 lakh" (150,000), "2 crore" (20 million). */
const DIGIT_SCALES: Record<string, number> = { lakh: 1e5, lakhs: 1e5, crore: 1e7, crores: 1e7 };

const WORD = /[A-Za-z]+(?:-[A-Za-z]+)*/y;

interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
}

function wordAt(text: string, at: number): Token | null {
  WORD.lastIndex = at;
  const m = WORD.exec(text);
  if (!m) return null;
  return { text: m[0], lower: m[0].toLowerCase(), start: at, end: at + m[0].length };
}

/** The next word after `at`, skipping spaces only (not punctuation). */
function nextWord(text: string, at: number): Token | null {
  let i = at;
  while (i < text.length && (text[i] === ' ' || text[i] === '\u00a0')) i++;
  if (i === at) return null;
  return wordAt(text, i);
}

function isWordStart(text: string, i: number): boolean {
  return i === 0 || !/[A-Za-z0-9]/.test(text[i - 1]);
}

/** "forty-one" → 41, "twenty" → 20, "one" → 1; null when not a cardinal below 100. */
const own = (o: Record<string, number>, k: string) => Object.prototype.hasOwnProperty.call(o, k);

function smallNumber(lower: string): number | null {
  if (own(UNITS, lower)) return UNITS[lower];
  if (own(TENS, lower)) return TENS[lower];
  if (!lower.includes('-')) return null;
  const [t, u, ...rest] = lower.split('-');
  if (rest.length === 0 && own(TENS, t) && own(UNITS, u) && UNITS[u] > 0 && UNITS[u] < 10) return TENS[t] + UNITS[u];
  return null;
}

/**
 * Parses a run of number words starting at a word ("two thousand five hundred", "a dozen"); `one` stands for an "a"
 * before the first word ("a hundred and fifty").
 */
function parseWords(text: string, first: Token, one = false): { value: number; end: number } | null {
  let total = 0;
  let current: number | null = one ? 1 : null;
  let end = first.end;
  let tok: Token | null = first;
  let any = false;
  // after "hundred", "thousand" or a joining "and", a number below 100 adds on: "six hundred and eighteen", "two
  // thousand and eleven", "one hundred eighty-seven"
  let adds = false;
  while (tok) {
    const small = smallNumber(tok.lower);
    if (small !== null && (current === null || (adds && small < 100 && current % 100 === 0))) {
      current = (current ?? 0) + small;
      adds = false;
    } else if (tok.lower === 'dozen' && current !== null && current < 100 && total === 0) {
      // "two dozen", "three dozen": twelve times the number before
      current *= 12;
      end = tok.end;
      any = true;
      break;
    } else if (own(SCALES, tok.lower) && current !== null) {
      const scale = SCALES[tok.lower];
      if (scale === 100) current = (current ?? 1) * 100;
      else {
        total += (current ?? 1) * scale;
        current = null;
      }
      adds = true;
    } else if (tok.lower === 'and' && adds && (current === null ? total >= 1000 : current >= 100 && current % 100 === 0)) {
      // take "and" only when a number follows that is not itself scaled ("eight hundred and fifteen hundred" is two)
      const after = nextWord(text, tok.end);
      const scaled = after ? nextWord(text, after.end) : null;
      if (!after || smallNumber(after.lower) === null || (scaled && own(SCALES, scaled.lower))) break;
    } else break;
    any = true;
    end = tok.end;
    tok = nextWord(text, tok.end);
  }
  if (!any) return null;
  return { value: total + (current ?? 0), end };
}

const DIGITS = /\d{1,2}(?:,\d{2})+,\d{3}(?![\d,])|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d,.])|\d+(?:\.\d+)?/y;

// Where a number can start: a digit, or a word that begins a number word, a vague quantity or a share.
const NUMBER_START = new RegExp(
  `\\d|\\b(?:${[
    ...Object.keys(UNITS),
    ...Object.keys(TENS),
    'hundreds',
    'thousands',
    'millions',
    'dozens',
    'scores',
    'tens',
    'several',
    'few',
    'half',
    'a',
    'one',
    'two',
    'three',
    'four',
  ]
    .sort((a, b) => b.length - a.length)
    .join('|')})\\b`,
  'gi',
);

/** Every number in the text, left to right, not overlapping. */
export function findNumbers(text: string): NumberMention[] {
  const out: NumberMention[] = [];
  let i = 0;
  while (i < text.length) {
    NUMBER_START.lastIndex = i;
    const hit = NUMBER_START.exec(text);
    if (!hit) break;
    i = hit.index;
    const ch = text[i];
    if (
      ch >= '0' &&
      ch <= '9' &&
      (i === 0 || !/[\d.,A-Za-z^_]/.test(text[i - 1]) || (text[i - 1] === '.' && !/\d/.test(text[i - 2] ?? '')))
    ) {
      DIGITS.lastIndex = i;
      const m = DIGITS.exec(text)!;
      // a programmer's or a calculator's notation is no count as prose writes one: "1e308", "2.5E-5", "0x10", "10^6",
      // "1_000" (read, it was 1, 0 or 6: the digits before the letter, or after the caret)
      const after = text.slice(i + m[0].length, i + m[0].length + 3);
      if (/^(?:[eE][+-]?\d|[\^_]\d)/.test(after) || (m[0] === '0' && /^(?:[xX][\dA-Fa-f]|[bB][01]|[oO][0-7])/.test(after))) {
        i += m[0].length;
        // the whole token: its letters, digits, carets and underscores, and a sign or point inside it
        while (i < text.length && (/[\w^]/.test(text[i]) || (/[.+-]/.test(text[i]) && /\w/.test(text[i + 1] ?? '')))) i++;
        continue;
      }
      // "12k", "2.5K": thousands, as a headline or a post abbreviates them
      const thousands = /^[kK](?![\p{L}\d])/u.exec(text.slice(i + m[0].length, i + m[0].length + 2));
      if (thousands) {
        const end = i + m[0].length + 1;
        out.push(mention(i, end, 'digits', Math.round(digitsValue(m[0]) * SCALES.thousand)));
        i = end;
        continue;
      }
      // "2.4m people", "1.2mn refugees": millions, as a headline abbreviates them, before people only ("5m" is metres too)
      const millions = /^m(?:n)?(?![\p{L}\d])/iu.exec(text.slice(i + m[0].length, i + m[0].length + 3));
      const counted = millions && nextWord(text, i + m[0].length + millions[0].length);
      if (millions && counted && nounKind(counted.lower) === 'people') {
        const end = i + m[0].length + millions[0].length;
        out.push(mention(i, end, 'digits', Math.round(digitsValue(m[0]) * SCALES.million)));
        i = end;
        continue;
      }
      // digits run into capitals are a name's, not a count: "the 6ID", "4G", "B2B" (as letters before them are: "G7")
      if (/^[A-Z]/.test(text.slice(i + m[0].length, i + m[0].length + 1))) {
        i += m[0].length;
        while (i < text.length && /[A-Za-z\d]/.test(text[i])) i++;
        continue;
      }
      let raw = m[0];
      // a footnote marker glued to a number that ends its sentence: "in Türkiye the figure exceeds 150.46 The attack…"
      const point = raw.indexOf('.');
      if (point > 0 && gluedFootnote(text, i, i + point)) raw = raw.slice(0, point);
      // "1 077" is one number only when each group after a space has exactly three digits and the first is short
      let value = digitsValue(raw);
      let end = i + raw.length;
      const plain = /^\d+$/.test(raw);
      const digitsEnd = end;
      const scale = nextWord(text, end);
      // "1.350 people": a dot between groups of three digits before people is a thousands separator, as in European
      // texts (people are not counted in decimals), or before a plural demonym ("1.500 Belgians")
      if (/^\d{1,3}(?:\.\d{3})+$/.test(raw) && scale && (nounKind(scale.lower) === 'people' || /^\p{Lu}\p{Ll}+s$/u.test(scale.text)))
        value = Number(raw.replace(/\./g, ''));
      if (
        scale &&
        (scale.lower === 'million' || scale.lower === 'billion' || scale.lower === 'thousand' || own(DIGIT_SCALES, scale.lower))
      ) {
        // (rounded: 2.3 × 1e5 is 229999.99… in floating point)
        value = Math.round(value * (own(DIGIT_SCALES, scale.lower) ? DIGIT_SCALES[scale.lower] : SCALES[scale.lower]));
        end = scale.end;
        raw = text.slice(i, end);
      }
      out.push({ start: i, end, kind: 'digits', value, fraction: null, low: null, high: null, plain: plain && end === digitsEnd });
      i = end;
      continue;
    }
    if (/[A-Za-z]/.test(ch) && isWordStart(text, i)) {
      const tok = wordAt(text, i)!;
      const hit = wordNumber(text, tok);
      if (hit) {
        out.push(hit);
        i = hit.end;
        continue;
      }
      i = tok.end;
      continue;
    }
    i++;
  }
  return out;
}

/** The value of digits as written, their group separators (commas, spaces) left out: "1,077", "1 077" → 1077. */
function digitsValue(raw: string): number {
  return Number(raw.replace(/[,\s\u00a0\u202f]/g, ''));
}

function mention(start: number, end: number, kind: NumberKind, value: number | null, extra: Partial<NumberMention> = {}): NumberMention {
  return { start, end, kind, value, fraction: null, low: null, high: null, plain: false, ...extra };
}

function wordNumber(text: string, tok: Token): NumberMention | null {
  const lower = tok.lower;
  const next = nextWord(text, tok.end);
  // vague quantities
  if (
    lower === 'hundreds' ||
    lower === 'thousands' ||
    lower === 'dozens' ||
    lower === 'scores' ||
    lower === 'tens' ||
    lower === 'millions'
  ) {
    // "tens of thousands", "hundreds of thousands"
    if (next?.lower === 'of') {
      const after = nextWord(text, next.end);
      if (after && (after.lower === 'thousands' || after.lower === 'millions')) {
        const of2 = nextWord(text, after.end);
        const end = of2?.lower === 'of' ? of2.end : after.end;
        return mention(tok.start, end, 'vague', null);
      }
      if (lower === 'tens') return null;
      return mention(tok.start, next.end, 'vague', null);
    }
    if (lower === 'tens' || lower === 'scores') return null;
    return mention(tok.start, tok.end, 'vague', null);
  }
  if (
    (lower === 'few' || lower === 'several') &&
    next &&
    (next.lower === 'hundred' || next.lower === 'thousand' || next.lower === 'dozen')
  ) {
    const a = text.slice(Math.max(0, tok.start - 2), tok.start).toLowerCase() === 'a ' ? tok.start - 2 : tok.start;
    return mention(a, next.end, 'vague', null);
  }
  if (lower === 'several') return mention(tok.start, tok.end, 'vague', null);
  // "a couple of hundred", "a couple thousand" as "a few hundred" ("a handful of" is not counted: the annotated corpora
  // leave it out)
  if (lower === 'a' && next?.lower === 'couple') {
    const of = nextWord(text, next.end);
    const scale = of?.lower === 'of' ? nextWord(text, of.end) : of;
    if (scale && (scale.lower === 'hundred' || scale.lower === 'thousand' || scale.lower === 'dozen'))
      return mention(tok.start, scale.end, 'vague', null);
  }
  // "a score of militants": twenty ("scores of" is vague, above; "a score of 3.4" is a rating: a number follows)
  if (lower === 'a' && next?.lower === 'score') {
    const of = nextWord(text, next.end);
    const after = of?.lower === 'of' ? text.slice(of.end, of.end + 3) : '';
    if (of?.lower === 'of' && /^\s+\p{L}/u.test(after)) return mention(tok.start, next.end, 'words', 20);
  }
  // "half a dozen": six
  if (lower === 'half' && next?.lower === 'a') {
    const dozen = nextWord(text, next.end);
    if (dozen?.lower === 'dozen') return mention(tok.start, dozen.end, 'words', 6);
  }
  // "a dozen", "a hundred", "a thousand"
  if (
    lower === 'a' &&
    next &&
    (next.lower === 'dozen' || next.lower === 'hundred' || next.lower === 'thousand' || next.lower === 'million')
  ) {
    if (next.lower === 'dozen') return mention(tok.start, next.end, 'words', 12);
    const parsed = parseWords(text, next, true);
    return mention(tok.start, parsed?.end ?? next.end, 'words', parsed?.value ?? SCALES[next.lower]);
  }
  if (lower === 'dozen') return null;
  // shares: "half", "a third", "two-thirds", "one quarter"
  if (lower === 'half') return mention(tok.start, tok.end, 'fraction', null, { fraction: 0.5 });
  if ((lower === 'a' || lower === 'one') && next && (next.lower === 'third' || next.lower === 'quarter' || next.lower === 'fifth')) {
    const of = nextWord(text, next.end);
    if (of?.lower === 'of' || SHARE_VERBS.has(of?.lower ?? ''))
      return mention(tok.start, next.end, 'fraction', null, { fraction: Math.round(SHARES[next.lower] * 1000) / 1000 });
  }
  const hyphenShare = /^(one|two|three|four)-(thirds?|quarters?|fifths?)$/.exec(lower);
  if (hyphenShare) {
    const n = UNITS[hyphenShare[1]];
    const d = { third: 3, thirds: 3, quarter: 4, quarters: 4, fifth: 5, fifths: 5 }[hyphenShare[2]]!;
    return mention(tok.start, tok.end, 'fraction', null, { fraction: Math.round((n / d) * 1000) / 1000 });
  }
  if ((lower === 'two' || lower === 'three') && next && (next.lower === 'thirds' || next.lower === 'quarters')) {
    const of = nextWord(text, next.end);
    if (of?.lower === 'of' || SHARE_VERBS.has(of?.lower ?? ''))
      return mention(tok.start, next.end, 'fraction', null, {
        fraction: Math.round((UNITS[lower] / (next.lower === 'thirds' ? 3 : 4)) * 1000) / 1000,
      });
  }
  // "sixty-odd", "forty-odd": the number, its "-odd" read as a qualifier (figures.ts)
  const odd = /^([a-z-]+)-odd$/.exec(lower);
  if (odd && smallNumber(odd[1]) !== null) return mention(tok.start, tok.start + odd[1].length, 'words', smallNumber(odd[1]));
  if (smallNumber(lower) === null) return null;
  const parsed = parseWords(text, tok);
  if (!parsed) return null;
  return mention(tok.start, parsed.end, 'words', parsed.value);
}

/**
 * The length of a footnote marker glued to the number at [start, end) where it ends a sentence inside a line of text
 * ("the figure exceeds 150.46 The attack…"), else 0. A decimal is followed by a unit or a full stop, not by the capital of
 * the next sentence; and the number follows a word, as a section number does not ("3.2 Jihadist fighters", "terrorism –
 * 4.1 Attacks").
 */
export function gluedFootnote(text: string, start: number, end: number): number {
  const marker = /^\.\d{1,3}(?=[ \t]+["“]?\p{Lu})/u.exec(text.slice(end, end + 5));
  if (!marker || !/^\d{1,3}(?:,\d{3})*$|^\d+$/.test(text.slice(start, end))) return 0;
  if (!/\p{Ll}[ \t]+$/u.test(text.slice(Math.max(0, start - 4), start))) return 0;
  if (/^\s+(?:million|billion|thousand|per)/i.test(text.slice(end + marker[0].length, end + marker[0].length + 12))) return 0;
  return marker[0].length;
}

/** Exported for the qualifier rules: the number value of a single word, if it is one. */
export function numberWord(lower: string): number | null {
  return smallNumber(lower);
}
