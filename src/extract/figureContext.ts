/**
 * What the rules that read a number share: the figure they make of it, the context they read it in, and the noun
 * phrase after it that says what it counts (figures.ts and distractors.ts both ask).
 */
import type { CandidateApproximation } from './candidate';
import type { NameMention } from './lexicon';
import type { NumberMention } from './numbers';
import { nounKind, NounKind } from './nouns';
import type { Sentence, Word } from './text';
import { thingNoun } from './thingNouns';
import { MONTH_NAMES, OF_WORDS, SEASON_NAMES, STOP } from './wordLists';

export interface Figure {
  /** The span of value_text. */
  start: number;
  end: number;
  /** The number itself (first number of a range). */
  number: NumberMention;
  /** The second number of a range. */
  upper: NumberMention | null;
  approximation: CandidateApproximation;
  value: number | null;
  value_low: number | null;
  value_high: number | null;
  fraction: number | null;
  /** The qualifier words as written ("over", "an estimated"), or null. */
  qualifier: string | null;
  hedge: string | null;
  /** The people noun that the number counts ("fighters", "Kazakhs"), when it follows the number. */
  noun: Word | null;
  /** Why it is taken to count people. */
  peopleReason: string;
  /** A bare number's "number of <noun>" phrase, when that is what says what it counts. */
  topic: { start: number; end: number } | null;
  sentence: Sentence;
}

export interface FigureContext {
  text: string;
  words: Word[];
  /** Index of the first word at or after each number: built by the caller once. */
  wordIndexAt: (offset: number) => number;
  names: NameMention[];
  sentences: Sentence[];
  sentenceOf: (offset: number) => Sentence;
  sentenceIndex: (s: Sentence) => number;
  /** The demonym starting at an offset, if any. */
  demonymAt: (offset: number) => NameMention | undefined;
  /** Figures accepted so far, in text order. */
  accepted: Figure[];
}

/** A time adverbial ("last year", "earlier this month", "the previous December"): it ends a figure's noun phrase. */
const TIME_ADVERBIAL = new RegExp(
  `^(?:(?:earlier|later)\\s+)?(?:last|this|next|that|the\\s+(?:previous|preceding|following|same|prior))\\s+(?:year|month|week|decade|${SEASON_NAMES}|${MONTH_NAMES})\\b`,
  'i',
);

/** What a verb of the -s form opens after it: an object, a complement of place, a particle ("The 300 comes from…"). */
const VERB_GOES_ON =
  /^(?:the|a|an|its|their|his|her|this|that|these|those|from|to|in|on|at|into|onto|back|up|out|down|off|away|over|with|by|for|about|some|many|all|more|\d.*)$/;

/** Whether a people noun or a plural demonym is among the few words from word i on in the sentence. */
function peopleAfterOf(ctx: FigureContext, i: number, sentence: Sentence): boolean {
  for (let k = i; k < Math.min(ctx.words.length, i + 4) && ctx.words[k].start < sentence.end; k++) {
    const demonym = ctx.demonymAt(ctx.words[k].start);
    if (nounKind(ctx.words[k].lower) === 'people' || (demonym && /s$/.test(demonym.text))) return true;
  }
  return false;
}

/**
 * Whether a word of no list, after a number, is the head of its noun phrase and a plural that never names a person
 * (thingNouns: "19 mobile clinics", "3,500 hygiene kits"): the head is the last noun before the phrase ends, so not a
 * noun another plural follows ("arms dealers"), and a word that is also a verb is the number's verb where an object or a
 * particle follows it right after the number ("The 300 comes from…"). Only across words that are no verbs: "12 joined
 * militias" tells what the 12 did.
 */
function thingHead(ctx: FigureContext, i: number, sentence: Sentence, first: boolean): boolean {
  const w = ctx.words[i];
  if (w.text !== w.lower) return false;
  const noun = thingNoun(w.lower);
  if (!noun) return false;
  const next = ctx.words[i + 1];
  const joined = next && next.start < sentence.end && /^\s+$/.test(ctx.text.slice(w.end, next.start));
  if (
    joined &&
    next.text === next.lower &&
    (nounKind(next.lower) !== null || thingNoun(next.lower) || /[^s]s$/.test(next.lower)) &&
    !STOP.has(next.lower)
  )
    return false;
  // "105 descriptions of men", "seven elements of the army": what the things are of may be people
  // (a measure of what is no people is things: "212 pieces of material evidence")
  if (joined && next.lower === 'of' && peopleAfterOf(ctx, i + 2, sentence)) return false;
  // (only a word right after the number can be its verb: "3,500 hygiene kits to the families" has a noun before it)
  return !(noun.verb && first && joined && VERB_GOES_ON.test(next.lower));
}

/** Nouns of things (nouns.ts) that are also a verb of a plural subject in the present: "men attack", "militants plot". */
const PRESENT_VERB_NOUN = /^(?:attack|plot|report)$/;

/** A verb in -ed or a preposition before a number (and its qualifier), which makes the number an object. */
const OBJECT_BEFORE =
  /\b(?:\p{Ll}+ed|of|to|in|on|at|for|with|by|from|against|about|among|between)\s+(?:(?:about|around|some|nearly|almost|over|more\s+than|at\s+least|up\s+to)\s+)?[^\s]*$/u;

/** Up to four words in brackets, no number among them, and a lower-case word after: an aside inside a noun phrase. */
const ASIDE = /^\s*\((?:[\p{L}'’-]+\s*){1,4}\)(?=\s+\p{Ll})/u;

/** The noun the number counts: the first people or thing noun after it, skipping adjectives and demonyms. */
export function nounAfter(ctx: FigureContext, end: number, sentence: Sentence): { word: Word; kind: NounKind; via: string } | null {
  const start = ctx.words[Math.max(0, ctx.wordIndexAt(end) - 1)]?.start ?? end;
  // a few words in brackets between the number and its noun are an aside: "the 23 (mostly teenage) boys"
  const aside = ASIDE.exec(ctx.text.slice(end, Math.min(sentence.end, end + 60)));
  if (aside) end += aside[0].length;
  let i = ctx.wordIndexAt(end);
  let steps = 0;
  let afterOf = false;
  // a skipped word that may be a verb ("12 joined militias", "40 attended workshops"): a noun of things after it is its object
  let verbSkipped = false;
  // a number after a verb in -ed or a preposition is an object, and the -s word after it no verb of its own: "the
  // prosecution produced 27 exhibits over 41 days"
  const object = OBJECT_BEFORE.test(ctx.text.slice(sentence.start, start));
  while (i < ctx.words.length && steps < 6) {
    const w = ctx.words[i];
    if (w.start >= sentence.end) return null;
    const from = i > 0 ? Math.max(ctx.words[i - 1].end, end) : end;
    // the full stop of a country's abbreviation is no end of the noun phrase: "30 U.S. citizens", "40 U.K. nationals"
    const gap = ctx.text
      .slice(from, w.start)
      .replace(/^\./, (dot) => (ctx.names.some((n) => n.end === from && /\./.test(n.text)) ? '' : dot));
    // a closing quotation mark right after the figure does not end its noun phrase: "over 300" Kazakh militants; nor
    // does an opening one before a noun quoted as somebody's word for the counted: 21 "political prisoners", after a
    // modifier too: 21 Corsican "political prisoners"
    if (
      /[.;:!?()[\]"“”–—]/.test(gap) &&
      !(steps === 0 && /^\s*[-–]\s*$/.test(gap)) &&
      !(steps === 0 && /^["”’]\s+$/.test(gap)) &&
      !(steps <= 1 && /^\s+["“]$/.test(gap))
    )
      return null;
    if (/,/.test(gap) && (steps === 0 || afterOf)) return null;
    // a determiner right after the number opens another noun phrase: "Since 2016 the number of deportations…"
    if (steps === 0 && /^(?:the|its|their|this|these|those)$/.test(w.lower)) return null;
    // "from 400 last year": the year is when, not what the figure counts
    if (TIME_ADVERBIAL.test(ctx.text.slice(w.start, w.start + 40))) return null;
    const demonym = ctx.demonymAt(w.start);
    if (demonym && /s$/i.test(demonym.text) && !/(ss|ish|ch)$/i.test(demonym.text)) return { word: w, kind: 'people', via: 'nationals' };
    // a plural possessor is not the head: "two thirds of the camps' residents"
    if (/^['’]\s/.test(ctx.text.slice(w.end, w.end + 2))) {
      i++;
      steps++;
      continue;
    }
    // "nine of other nationalities", "three of unknown nationality": people of a nationality, not nationalities counted
    if (afterOf && /^nationalit(?:y|ies)$/.test(w.lower)) return { word: w, kind: 'people', via: `of … ${w.lower}` };
    const kind = nounKind(w.lower);
    const following = ctx.words[i + 1];
    // in a compound the last noun decides: "terrorist attacks", "member states" are things, "family members" people
    // ("families returned": a verb after the noun is no head)
    if (
      kind &&
      following &&
      /^\s+$/.test(ctx.text.slice(w.end, following.start)) &&
      following.start < sentence.end &&
      !/(?:ed|^dead|^missing)$/.test(following.lower)
    ) {
      const head = nounKind(following.lower);
      // (a plural of people before a noun of things that is also a verb in the present is its subject, not a modifier:
      // "Five young men attack police posts", "Two militants plot…"; compounds take the singular: "terrorist attacks")
      const subjectOfVerb =
        kind === 'people' && head === 'thing' && PRESENT_VERB_NOUN.test(following.lower) && /(?:s|men|children|people)$/.test(w.lower);
      if (head && head !== kind && !subjectOfVerb)
        return {
          word: head === 'people' && kind === 'thing' && /^\p{Lu}/u.test(w.text) ? following : w,
          kind: head,
          via: `${w.lower} ${following.lower}`,
        };
    }
    if (kind) return { word: w, kind, via: w.lower };
    if (w.lower === 'of' && !afterOf) {
      afterOf = true;
      i++;
      steps++;
      continue;
    }
    if (afterOf && OF_WORDS.has(w.lower)) {
      if (w.lower === 'whom' || w.lower === 'them' || w.lower === 'us') return { word: w, kind: 'people', via: w.lower };
      i++;
      continue;
    }
    if (afterOf && /^\d/.test(w.text)) {
      i++;
      continue;
    }
    // "a dozen or so fighters": the hedge is no word of the noun phrase
    if (w.lower === 'so' && ctx.words[i - 1]?.lower === 'or' && steps === 1) {
      i++;
      steps++;
      continue;
    }
    if (STOP.has(w.lower) || /^\d/.test(w.text)) return null;
    if (!verbSkipped && !afterOf && thingHead(ctx, i, sentence, steps === 0 && !object)) return { word: w, kind: 'thing', via: w.lower };
    if (/(?:ed|ing)$/.test(w.lower)) verbSkipped = true;
    if (demonym) {
      // "one Tunisian", "a Kazakh man": a singular demonym counts when nothing else follows (the word after all of a
      // demonym of two words: "the five Central Asian republics")
      const next = ctx.words[ctx.wordIndexAt(Math.max(w.end, demonym.end))];
      const nextKind = next ? nounKind(next.lower) : null;
      // (nor when a modifier and a thing follow it: "Two Dutch military aircraft", "three Malian army trucks")
      const then = next && !nextKind && /^\p{Ll}/u.test(next.text) ? ctx.words[ctx.wordIndexAt(next.end)] : undefined;
      const thingAfter = then !== undefined && /^\s+$/.test(ctx.text.slice(next!.end, then.start)) && nounKind(then.lower) === 'thing';
      if (!nextKind && !thingAfter) return { word: w, kind: 'people', via: 'national' };
    }
    i++;
    steps++;
  }
  return null;
}
