/**
 * What a bare number counts when no noun follows it ("in 2013 (144)", "Of these, three…", "the figure is around 3,000",
 * "Strength: 800-1,000"): the subject it is said to be, a thing or people named before it, or the figure before it.
 */
import { isCueVerb } from './attribution';
import type { FigureContext } from './figureContext';
import { namesCountOfPeople, nounKind, NounKind } from './nouns';
import { numberWord } from './numbers';
import type { Sentence } from './text';
import { lineStart } from './tableColumns';

const TIME_NOUNS = /^(seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries|century|times|percent)$/;
/**
 * A word that is a thing's noun or a verb of holding people ("houses", "shelters"), right before the number, a qualifier
 * at most between: the number's verb, not its noun ("the camp can hold 1,500 people but now houses more than 4,000").
 */
const HOLDING_VERB = /^(?:houses|shelters|hosts|holds|accommodates)$/;
const BEFORE_FIGURE =
  /^\s+(?:(?:about|around|some|nearly|almost|roughly|approximately|over|more\s+than|at\s+least|an\s+estimated|up\s+to)\s+)?$/i;

/**
 * The verb or colon that makes a number what its subject is: "deaths numbered 187", "the figure is around 3,000",
 * "My own estimate … is higher: between 3,800 and 4,000", "Maldivians who travelled since 2013: 173".
 */
const SAID_TO_BE =
  /(?:\b(?:is|was|are|were|numbered|numbers|totalled|totaled|totals|stood\s+at|stands\s+at|reached|reaches|exceeds|exceeded|came\s+to|comes\s+to|amounted\s+to|amounts\s+to)\b(?:\s+(?:higher|lower|even\s+higher|now|still))?\s*:?|:)\s*(?:(?:about|around|some|nearly|almost|approximately|roughly|over|more\s+than|at\s+least|fewer\s+than|less\s+than|up\s+to|between|an\s+estimated|estimated\s+at|just|only)\s+)?$/i;
const SAID_TO_BE_END = /^(?:\s+(?:in|from|since|between|until|by|as\s+of)\s+(?:\p{L}+\s+)?(?:19|20)\d\d\b[^,;.]*)?\s*(?:[,;.)(]|$)/u;
const FIGURE_WORDS = /^(?:figure|figures|estimate|estimates|number|total|count|tally|tallies)$/;
/** A label opened by a participle says what the people of the list are or did: "Believed to remain in camps: about 70". */
const PARTICIPLE_LABEL = /^(?:[•*–—-]\s*)?(?:believed|thought|reported|known|said|still|confirmed|presumed|assessed)\b/i;

/**
 * The head of the subject a bare number is said to be: the first noun of its clause (its line, for a label before a
 * colon). People or things decide what the number counts; a word for a figure ("the official figure", "my estimate")
 * sends the reader to what was counted before; a label opened by a participle is an item of a list of people.
 */
function subjectHead(ctx: FigureContext, at: number, end: number, sentence: Sentence): { kind: NounKind | 'figure'; via: string } | null {
  const lead = ctx.text.slice(sentence.start, at);
  const verb = SAID_TO_BE.exec(lead);
  // what the number is said to be ends with it, or with a time ("…: 173, including 61 women", "is higher: between 3,800
  // and 4,000 from 2011 to 2017"), not "…: 34 were completed"
  if (!verb || !SAID_TO_BE_END.test(ctx.text.slice(end, sentence.end))) return null;
  // the clause: after the last semicolon, colon or line break before the verb
  const clauseAt = Math.max(...[';', ':', '\n'].map((c) => lead.lastIndexOf(c, verb.index - 1))) + 1;
  const clause = lead.slice(clauseAt, verb.index);
  if (PARTICIPLE_LABEL.test(clause.trim()) && /:\s*\S*\s*$/.test(lead)) return { kind: 'figure', via: clause.trim().split(/\s+/)[0] };
  for (let i = ctx.wordIndexAt(sentence.start + clauseAt); i < ctx.words.length && ctx.words[i].start < sentence.start + verb.index; i++) {
    const w = ctx.words[i];
    if (TIME_NOUNS.test(w.lower)) continue;
    // "the number of young men … : about 2,500" says itself what it counts
    if (FIGURE_WORDS.test(w.lower)) return /^\s+of\b/.test(ctx.text.slice(w.end, w.end + 4)) ? null : { kind: 'figure', via: w.lower };
    const demonym = ctx.demonymAt(w.start);
    if (demonym && /s$/.test(demonym.text)) return { kind: 'people', via: w.text };
    const kind = nounKind(w.lower);
    if (kind) return { kind, via: w.lower };
    if (namesCountOfPeople(w.lower)) return { kind: 'people', via: w.lower };
  }
  return null;
}

/**
 * Whether the people noun at word i is the source of its sentence's figure, not what it counts: "Officials said 61 had
 * been identified", "Police believe 12 …", "according to prosecutors, 30 …" — a verb of saying right after it (an adverb
 * between), or "according to" before it.
 */
function speaks(ctx: FigureContext, i: number): boolean {
  const next = ctx.words[i + 1]?.lower === 'also' || /ly$/.test(ctx.words[i + 1]?.lower ?? '') ? ctx.words[i + 2] : ctx.words[i + 1];
  if (next && isCueVerb(next.lower)) return true;
  const lead = ctx.words.slice(Math.max(0, i - 3), i).map((w) => w.lower);
  return (lead.at(-2) === 'according' && lead.at(-1) === 'to') || (lead.at(-3) === 'according' && lead.at(-2) === 'to');
}

/** "the number of returnees", "the figure for citizens who joined …", "the number who travelled": what a figure is of. */
const NUMBER_OF =
  /\b(?:number|total|count|tally|figure|estimate)s?\s+(?:(?:of|for)\s+(?:(?:the|all|these|those|its|their|known|registered|suspected|foreign|[\p{Ll}]+ed)\s+)*(?!(?:number|total|count|tally|figure|estimate)s?\b)([\p{L}-]+)|(?:of\s+those\s+)?(who)\b)/giu;
/** A figure referred back to before its number: "put it at", "its figure to", "the number at", "the toll to". */
const REFERS_BACK =
  /\b(?:it|(?:the|its|their|this|that)\s+(?:[\p{Ll}-]+\s+)?(?:figure|number|estimate|total|count|tally|toll))\s+(?:(?:at|to|as)\s+)(?:(?:about|around|some|nearly|almost|approximately|roughly|over|more\s+than|at\s+least|fewer\s+than|less\s+than|up\s+to|an\s+estimated|just|only)\s+)?$/iu;

/** A noun of a number, "of" and a few words before a word: "the combined membership of the two paramilitary …". */
const COUNT_OF_PEOPLE_BEFORE = /\b(\p{L}+)\s+of\s+(?:[\p{L}'’-]+\s+){0,6}$/u;

/** What the figure a text names is of, in the given words of a sentence: people or things, or null. */
function numberNamed(
  ctx: FigureContext,
  sentence: Sentence,
  words: string,
): { kind: NounKind; via: string; span: { start: number; end: number } } | null {
  // the first that names a noun ("Figures for the number of Yazidis killed": not "Figures for the number")
  for (const m of words.matchAll(NUMBER_OF)) {
    const kind =
      m[2] !== undefined
        ? 'people'
        : (nounKind(m[1].toLowerCase()) ?? (ctx.demonymAt(sentence.start + m.index + m[0].length - m[1].length) ? 'people' : null));
    if (kind)
      return {
        kind,
        via: m[2] !== undefined ? 'number who' : `the number of ${m[1]}`,
        span: { start: sentence.start + m.index, end: sentence.start + m.index + m[0].length },
      };
  }
  return null;
}

/** The thing a sentence counts with a number before its noun ("15 vehicles", "three attacks"), or null. */
function thingsCountedIn(ctx: FigureContext, s: Sentence): string | null {
  for (let i = ctx.wordIndexAt(s.start); i < ctx.words.length && ctx.words[i].end <= s.end; i++) {
    const w = ctx.words[i];
    if (nounKind(w.lower) !== 'thing') continue;
    const before = ctx.words.slice(Math.max(0, i - 2), i).filter((b) => b.start >= s.start);
    if (before.some((b) => /^\d[\d,.]*$/.test(b.lower) || numberWord(b.lower) !== null)) return w.lower;
  }
  return null;
}

/** Whether a number (its qualifier allowed) is the first word of its sentence: "7 were later recovered", "Another 11 …". */
function opensSentence(ctx: FigureContext, at: number, s: Sentence): boolean {
  return /^[^\p{L}\d]*(?:(?:another|a\s+further|some|about|around|only|just|all)\s+)?$/iu.test(ctx.text.slice(s.start, at));
}

/**
 * What a bare number ("in 2013 (144)", "Of these, three…", "– 211 –") counts, from its context: a thing named
 * before it in the sentence ("the highest number of attacks (107…"), else a figure of people just before (this
 * sentence or the two before it), else the nearest people noun.
 */
export function topicBefore(
  ctx: FigureContext,
  at: number,
  end: number,
  sentence: Sentence,
  small: number | null = null,
): { kind: NounKind; via: string; span?: { start: number; end: number } } | null {
  const idx = ctx.sentenceIndex(sentence);
  const floor = ctx.sentences[Math.max(0, idx - 2)].start;
  const lead = ctx.text.slice(sentence.start, at);
  const numberOf = numberNamed(ctx, sentence, lead);
  if (numberOf) return numberOf;
  // "Local organisations put it at more than 1,200", "the agency revised its figure to 12": a figure the sentence
  // refers back to is the number of people the sentence before named
  const previous = idx > 0 ? ctx.sentences[idx - 1] : null;
  if (previous && previous.block === sentence.block && REFERS_BACK.test(lead)) {
    const before = numberNamed(ctx, previous, ctx.text.slice(previous.start, previous.end));
    if (before?.kind === 'people') return { kind: 'people', via: `${before.via.replace(/^the /, '')} before it`, span: before.span };
  }
  const subject = subjectHead(ctx, at, end, sentence);
  if (subject && subject.kind !== 'figure') return { kind: subject.kind, via: `${subject.via}, which it is said to be` };
  let people: string | null = null;
  // the people who say the figure, a last resort: what the sentences before count comes first
  let speaker: string | null = null;
  // a figure or an estimate said to be the number ("The official figure is around 3,000") counts what was counted
  // before the sentence, not what its own words name ("…, based on interviews with families, is higher: 3,800")
  const ownWords = subject?.kind === 'figure' ? 0 : ctx.wordIndexAt(at);
  for (let i = ownWords - 1; i >= 0 && ctx.words[i].start >= floor; i--) {
    const w = ctx.words[i];
    if (TIME_NOUNS.test(w.lower)) continue;
    if (HOLDING_VERB.test(w.lower) && BEFORE_FIGURE.test(ctx.text.slice(w.end, at))) continue;
    const kind = nounKind(w.lower);
    // "returnees by country:", "arrests per region": the key of a breakdown is not what its figures count
    if (kind === 'thing' && i > 0 && /^(by|per)$/.test(ctx.words[i - 1].lower)) continue;
    // (the things a count of people is of are no count: "put the combined membership of the two organisations at 12,000")
    const countOf = kind === 'thing' ? COUNT_OF_PEOPLE_BEFORE.exec(ctx.text.slice(Math.max(sentence.start, w.start - 80), w.start)) : null;
    if (countOf && namesCountOfPeople(countOf[1].toLowerCase())) {
      people = countOf[1].toLowerCase();
      break;
    }
    if (kind === 'thing' && w.start >= sentence.start && !ctx.accepted.some((f) => f.sentence === sentence && f.end <= at))
      return { kind, via: w.lower };
    if (w.start < sentence.start) break;
    if (kind === 'people' && speaks(ctx, i)) {
      speaker ??= w.lower;
      continue;
    }
    if (kind === 'people' || namesCountOfPeople(w.lower)) {
      people = w.lower;
      break;
    }
    const demonym = ctx.demonymAt(w.start);
    if (demonym && /s$/.test(demonym.text)) {
      people = 'nationals';
      break;
    }
  }
  if (people) return { kind: 'people', via: people };
  // a small bare number (`small`, under ten) reads nothing before its own paragraph: "Phase 2", "3 parts" after a
  // paragraph of people are labels and things
  let first = idx;
  while (small !== null && small < 10 && first > idx - 2 && first > 0 && ctx.sentences[first - 1].block === sentence.block) first--;
  const from = small !== null && small < 10 ? ctx.sentences[first].start : floor;
  const recent = ctx.accepted.filter((f) => f.start >= from && f.end <= at).pop();
  const things = idx > 0 ? thingsCountedIn(ctx, ctx.sentences[idx - 1]) : null;
  // "15 vehicles were destroyed. 7 were later recovered": a number opening its sentence goes on counting the things the
  // sentence before counted, when that sentence counted no people (a figure two sentences back is not its topic)
  if (
    things &&
    ctx.sentences[idx - 1].block === sentence.block &&
    opensSentence(ctx, at, sentence) &&
    !(recent && recent.sentence === ctx.sentences[idx - 1])
  )
    return { kind: 'thing', via: things };
  // a row's label cut off from its figure by its dot leaders ("Firearms recovered ........ 126 (163)") says what the
  // row counts before any figure above it does
  const label = rowLabelBefore(ctx, at, sentence);
  if (label) return label;
  if (recent) return { kind: 'people', via: `figure "${ctx.text.slice(recent.start, recent.end)}"` };
  for (let i = ctx.wordIndexAt(sentence.start) - 1; i >= 0 && ctx.words[i].start >= from; i--) {
    const w = ctx.words[i];
    if (TIME_NOUNS.test(w.lower)) continue;
    const kind = nounKind(w.lower);
    if (kind) return { kind, via: w.lower };
    // as in the sentence itself, a plural demonym counts as people: "How many Jordanians went? The figure is 3,000."
    const demonym = ctx.demonymAt(w.start);
    if (demonym && /s$/.test(demonym.text)) return { kind: 'people', via: 'nationals' };
    // a question that asks how many with no noun of things asks about people: "How many are still there? About 200."
    if (w.lower === 'many' && ctx.words[i - 1]?.lower === 'how') return { kind: 'people', via: '"how many"' };
  }
  return speaker ? { kind: 'people', via: speaker } : null;
}

/**
 * The label of a row whose figure the sentence splitter cut off from it (a dot leader reads as sentence ends): the
 * line's words before its first number, when they name things first ("Firearms recovered ....... 126 (163)",
 * "Hideouts and shelters destroyed .... 54"). A label naming people first, or no noun the lists know, is left to what counted before.
 */
function rowLabelBefore(ctx: FigureContext, at: number, sentence: Sentence): { kind: NounKind; via: string } | null {
  const start = lineStart(ctx.text, at);
  const line = ctx.text.slice(start, at);
  // (up to the line's first number: "… 126 (163)" reads the label of its row for the 163 too)
  const end = start + (/\d/.exec(line)?.index ?? line.length);
  if (start >= sentence.start || !DOT_LEADER.test(ctx.text.slice(start, end))) return null;
  for (let i = ctx.wordIndexAt(start); i < ctx.words.length && ctx.words[i].end <= end; i++) {
    const kind = nounKind(ctx.words[i].lower);
    if (kind === 'thing') return { kind, via: ctx.words[i].lower };
    if (kind) return null;
  }
  return null;
}
/** Words, then dots leading to the figure ("Firearms recovered ......... "). */
const DOT_LEADER = /\p{L}[^\n]*?\s?\.{3,}\s*$/u;
