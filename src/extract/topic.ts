/**
 * What a bare number counts when no noun follows it ("in 2013 (144)", "Of these, three…", "the figure is around 3,000",
 * "Strength: 800-1,000"): the subject it is said to be, a thing or people named before it, or the figure before it.
 */
import type { FigureContext } from './figureContext';
import { namesCountOfPeople, nounKind, NounKind } from './nouns';
import type { Sentence } from './text';

const TIME_NOUNS = /^(seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries|century|times|percent)$/;

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
  // "the number of returnees", "the figure for citizens who joined …": what the figure is of or for
  const numberOf =
    /\b(?:number|total|count|tally|figure|estimate)s?\s+(?:of|for)\s+(?:(?:the|all|these|those|its|their|known|registered|suspected|foreign|[\p{Ll}]+ed)\s+)*([\p{L}-]+)/iu.exec(
      lead,
    );
  if (numberOf) {
    const kind =
      nounKind(numberOf[1].toLowerCase()) ??
      (ctx.demonymAt(sentence.start + numberOf.index + numberOf[0].length - numberOf[1].length) ? 'people' : null);
    if (kind)
      return {
        kind,
        via: `the number of ${numberOf[1]}`,
        span: { start: sentence.start + numberOf.index, end: sentence.start + numberOf.index + numberOf[0].length },
      };
  }
  const subject = subjectHead(ctx, at, end, sentence);
  if (subject && subject.kind !== 'figure') return { kind: subject.kind, via: `${subject.via}, which it is said to be` };
  let people: string | null = null;
  // a figure or an estimate said to be the number ("The official figure is around 3,000") counts what was counted
  // before the sentence, not what its own words name ("…, based on interviews with families, is higher: 3,800")
  const ownWords = subject?.kind === 'figure' ? 0 : ctx.wordIndexAt(at);
  for (let i = ownWords - 1; i >= 0 && ctx.words[i].start >= floor; i--) {
    const w = ctx.words[i];
    if (TIME_NOUNS.test(w.lower)) continue;
    const kind = nounKind(w.lower);
    // "returnees by country:", "arrests per region": the key of a breakdown is not what its figures count
    if (kind === 'thing' && i > 0 && /^(by|per)$/.test(ctx.words[i - 1].lower)) continue;
    if (kind === 'thing' && w.start >= sentence.start && !ctx.accepted.some((f) => f.sentence === sentence && f.end <= at))
      return { kind, via: w.lower };
    if (w.start < sentence.start) break;
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
  return null;
}
