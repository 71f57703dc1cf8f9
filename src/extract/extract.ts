/**
 * The extractor's core: text in, candidate claims out. Pure — the vocabularies come in as a Lexicon, and matching
 * claimants to actors and candidates to existing claims is the service's job.
 */
import { Attribution, attributionIn, gappedSource, isWritersCount, possessorOfFigure, Referents, sourceAfterFigure } from './attribution';
import { claimantResolver } from './claimantResolver';
import { isDescription } from './claimants';
import { AttributedClause, contrastedClauses } from './clauses';
import type { Candidate, CandidateRelation } from './candidate';
import { asOfFor } from './asOf';
import { confidenceOf } from './confidence';
import { publicationDate } from './dates';
import type { Figure, FigureContext } from './figureContext';
import { actingBody } from './actingBody';
import { figureOwner, pronounCountOwner } from './figureOwner';
import { figuresIn, Rejection } from './figures';
import type { Lexicon, NameMention } from './lexicon';
import { figureGroups } from './figureGroups';
import { WRITER_REASONING, writersOwn } from './writerVoice';
import { findNumbers, NumberMention } from './numbers';
import { classifyMetric } from './classify';
import { keepLedgerCodes, metricsByLabel } from './ledgerMetrics';
import { placeCountries } from './countries';
import { countryReadings } from './countryReadings';
import { locationField, placeLocations } from './location';
import { alignSuperseded, lendRestatedClaimants, NOMINAL_CUE, relate, relateContradictions, relateFates, relateTimes } from './relations';
import { selfReference } from './selfReference';
import { addressedName, bodyLabel, speakersOf } from './speakers';
import { unnamedSource } from './subjects';
import { isTableRow, ITEM_MARK, lineEnd } from './tableColumns';
import { readingCopy } from './pasted';
import { personName } from './persons';
import { insideQuotation, quoteOf, Sentence, sentences, words } from './text';
import { lowerBound } from './sorted';
import { Work } from './work';
import type { Unread } from './unread';

/** Where one clause ends and the next, with a subject of its own, begins: "…; a rights group counted", "…, and the army says". */
const CLAUSE_BREAK = /;\s|,\s+(?:and|but|while|whereas)\s|\s(?:and|but|while|whereas),\s/;
/**
 * Whether a source's cue goes on to a clause of its own (two words or more that are no time or place of the saying):
 * "Ten defendants were tried in their absence; the authorities say they are abroad" speaks of where they are, not of
 * the ten.
 */
function saysOfItsOwn(text: string, a: Attribution, end: number): boolean {
  const cueAt = text.indexOf(a.cue, a.at + a.mention.length);
  if (cueAt < 0 || !a.cue) return false;
  const rest = text
    .slice(cueAt + a.cue.length, end)
    .replace(/^\s*(?:on\s+\p{L}+day|yesterday|today|last\s+\p{L}+|in\s+a\s+statement|,)\s*/iu, '');
  // (not a phrase of where or when it was said: "…, the agency said in its annual report on Tuesday")
  return /^(?:that\s+)?(?!(?:in|on|at|during|after|before|last|this|earlier|later|late|by|from|to|for|with|when|while|as|again|through|via|over|under)\b)\p{L}+\s+\p{L}+/iu.test(
    rest.trim(),
  );
}

/** A second verb's conjunction after a comma, right before the verb: ", and says", ", but has said". */
const SECOND_PREDICATE_BEFORE = /,?\s+(?:and|but)\s+(?:(?:also|then|later|now|has|have|had)\s+){0,2}$/;
/**
 * A break between clauses that sets them against each other: a semicolon or ", but" (", while" mostly joins two
 * figures of one source: "…has reached about 19,000, while some 15,000 remain, according to the ministry").
 */
const CONTRAST_BREAK = /;\s|,\s+but\s/g;
/** A list item: a line opened by a bullet, a dash or a marker ("*", "•", "-", "1.", "(a)"). */
const LIST_ITEM = new RegExp(`^\\s*${ITEM_MARK}`, 'i');
/**
 * A line that continues a list a colon opened: a list item, or a table's row of two cells or more ("According to the
 * ministry, the figures were:" then "Banadir | 40").
 */
const listed = (line: string): boolean => LIST_ITEM.test(line) || isTableRow(line, 0, lineEnd(line, 0), { least: 2, spaced: false });

export interface ExtractOptions {
  /** The document's publication date (YYYY, YYYY-MM or YYYY-MM-DD), to place "today" and "last December". */
  published?: string | null;
  /** Whose voice the document is (its first author, else its publisher): the claimant of "This report finds…". */
  author?: string | null;
  /** Other bounds on the work than `READ_BOUNDS` (tests). */
  bounds?: ReadBounds;
}

export interface ExtractResult {
  candidates: Candidate[];
  /** Numbers that were read and turned away, with why: for the accuracy harness and for editors' curiosity. */
  rejected: { start: number; end: number; kind: string }[];
  /** Sentences not read, past the extractor's bounds on its work (`READ_BOUNDS`): where, and why in words. */
  unread: Unread[];
}

export type { Unread } from './unread';

/**
 * Bounds on the extractor's work. Its rules look, for each number, at the words of the number's sentence and at the
 * sentence's other numbers, so a sentence's work grows with its length times its numbers (a 100,000-character
 * "sentence" of figures had taken minutes); and a text's work grows with its numbers. A sentence past a bound is read
 * in pieces within it (`piecesWithinBounds`); a piece no cut brings within it, and every number after the text's
 * bound, is not read: its span is listed in `unread` with the bound it passed, and the extraction says so. No text of
 * the evaluation sets comes near them (at most 448 characters and 17 numbers a sentence, 93 numbers a text); a
 * report's run-in list of 70 countries with two figures each ("Belgium 500, of whom 80 women, France 1,900, …") is one
 * piece, and the bench's hostile texts stay under a second at 64,000 characters.
 */
// (a candidate's quote is its sentence, or its piece of one: at most the 5,000 characters a claim's quote may have,
// schemas/claim.json, so that every candidate can be accepted as proposed)
//
// The text's own bounds (robust46) keep the worst text of the body limit (1 MiB) to a few seconds of work: 1,000,000
// characters of shuffled article words (one paragraph, 6,946 numbers) had taken 19–22 s of CPU, the rules that look back
// over a paragraph walking up to 400 sentences for each of 6,940 figures, and 62,500 figures in one sentence 5.6–9.5 s at
// 10,000 numbers; now 2.7 s and 2.1 s, every other hostile case under 0.5 s. A text past 250,000 characters (some 40,000
// words; the bench's 10,000-word article has 61,000) is read up to the sentence the bound cuts, the rest listed unread as
// one span, its work not begun (no rule, no name lookup runs over it); 5,000 numbers are some 100,000 words of an
// article (the bench's has 514 in 10,000 words).
export const READ_BOUNDS: ReadBounds = { sentenceCharacters: 5_000, sentenceNumbers: 150, textNumbers: 5_000, textCharacters: 250_000 };
export interface ReadBounds {
  sentenceCharacters: number;
  sentenceNumbers: number;
  textNumbers: number;
  /** Characters of a text read: the text is read up to the start of the sentence this bound cuts. */
  textCharacters: number;
}

/**
 * Where the text's reading stops (its length when it is within `textCharacters`): at the start of the sentence the bound
 * cuts, or at the bound itself when that sentence is the text's first. Found over the bound's characters only.
 */
function readingEnd(text: string, bounds: ReadBounds): number {
  if (text.length <= bounds.textCharacters) return text.length;
  const head = sentences(text.slice(0, bounds.textCharacters));
  const cutSentence = head[head.length - 1];
  if (cutSentence && cutSentence.start > 0) return cutSentence.start;
  // (never between the two halves of a character written as a surrogate pair: the unread span would open on a lone half)
  const low = text.charCodeAt(bounds.textCharacters);
  return low >= 0xdc00 && low <= 0xdfff ? bounds.textCharacters - 1 : bounds.textCharacters;
}

/** Where a sentence past the bounds is cut, widest first: at its line breaks, its semicolons, its commas. */
const PIECE_ENDS = [/\n/g, /;/g, /,(?=\s)/g];

/**
 * The sentences as read: one past the bounds (a PDF's paragraph with hard line wraps and no full stop, a report's run-in
 * list of countries) is cut into pieces within them, at its line breaks, else its semicolons, else its commas, each
 * piece as long as the bounds allow, and each piece read as a sentence of its own, so that its figures are proposed (with
 * what the piece says of them) rather than lost. A piece that no cut brings within the bounds (a run of digits, a
 * 10,000-character word) stays one, to be listed unread.
 */
function piecesWithinBounds(text: string, sents: Sentence[], numbers: NumberMention[], bounds: ReadBounds): Sentence[] {
  const numbersIn = (from: number, to: number) => lowerBound(numbers, (n) => n.start, to) - lowerBound(numbers, (n) => n.start, from);
  const fits = (from: number, to: number) => to - from <= bounds.sentenceCharacters && numbersIn(from, to) <= bounds.sentenceNumbers;
  const out: Sentence[] = [];
  const piece = (s: Sentence, from: number, to: number) => {
    while (from < to && /\s/.test(text[from])) from++;
    while (to > from && /\s/.test(text[to - 1])) to--;
    if (to > from) out.push({ start: from, end: to, headline: false, block: s.block, cutFrom: s.start });
  };
  const cut = (s: Sentence, from: number, to: number, level: number) => {
    if (fits(from, to) || level === PIECE_ENDS.length) return piece(s, from, to);
    // (separators looked for in the span alone: a search on past its end, once for each part, grew with the text)
    const span = text.slice(from, to);
    const ends = [...span.matchAll(PIECE_ENDS[level])].map((m) => from + m.index + m[0].length);
    ends.push(to);
    let start = from;
    let end = from;
    for (const e of ends) {
      if (fits(start, e)) end = e;
      else {
        if (end > start) piece(s, start, end);
        start = end;
        // a part alone past the bounds: cut at the next narrower separator
        if (!fits(start, e)) {
          cut(s, start, e, level + 1);
          start = e;
        }
        end = e;
      }
    }
    if (end > start) piece(s, start, end);
  };
  for (const sentence of sents) {
    if (fits(sentence.start, sentence.end)) out.push(sentence);
    else cut(sentence, sentence.start, sentence.end, 0);
  }
  return out;
}

/** Why a sentence is not read, or null when it is within the bounds. */
function pastBounds(s: Sentence, numbers: number, numbersBefore: number, bounds: ReadBounds): string | null {
  const { sentenceCharacters, sentenceNumbers, textNumbers } = bounds;
  const count = (n: number, noun: string) => `${n.toLocaleString('en-GB')} ${noun}`;
  if (s.end - s.start > sentenceCharacters)
    return `the sentence has ${count(s.end - s.start, 'characters')}, more than the ${count(sentenceCharacters, 'the extractor reads')}`;
  if (numbers > sentenceNumbers)
    return `the sentence has ${count(numbers, 'numbers')}, more than the ${count(sentenceNumbers, 'the extractor reads')} in one sentence`;
  if (numbersBefore + numbers > textNumbers)
    return `the text has more than ${count(textNumbers, 'numbers')}: the extractor reads that many in one text`;
  return null;
}

/**
 * Reads a text as pasted through its reading copy (`pasted.ts`): the candidates' offsets, words and quotes are the
 * text's as given.
 */
export function extractCandidates(text: string, lexicon: Lexicon, options: ExtractOptions = {}): ExtractResult {
  const copy = readingCopy(text);
  const result = extractFromCopy(copy.text, lexicon, options);
  if (copy.text === text) return result;
  const span = (start: number, end: number) => ({ start: copy.original(start), end: copy.original(end, true) });
  return {
    candidates: result.candidates.map((c) => {
      const { start, end } = span(c.start, c.end);
      const quote = span(c.quote.start, c.quote.end);
      return { ...c, start, end, value_text: text.slice(start, end), quote: quoteOf(text, quote.start, quote.end) };
    }),
    rejected: result.rejected.map((r) => ({ ...r, ...span(r.start, r.end) })),
    unread: result.unread.map((u) => ({ ...u, ...span(u.start, u.end) })),
  };
}

/** A source's words that end on people who speak by their office or their witness, counted: "two officials", "three diplomats". */
const SPEAKERS_COUNTED =
  /\b(?:officials|diplomats|sources|witnesses|analysts|experts|officers|lawyers|activists|researchers|investigators|prosecutors|monitors|observers|journalists|envoys|delegates|ministers|commanders|spokesmen|spokespeople)$/i;

function extractFromCopy(copy: string, lexicon: Lexicon, options: ExtractOptions): ExtractResult {
  const bounds = options.bounds ?? READ_BOUNDS;
  // a text past the bound on its length is read up to the sentence the bound cuts: the rest is one unread span, and no
  // rule runs over it (offsets in the part read are the whole text's)
  const end = readingEnd(copy, bounds);
  const text = end === copy.length ? copy : copy.slice(0, end);
  const result = extractWithinBounds(text, lexicon, options, bounds);
  const restStart = copy.slice(end).search(/\S/);
  if (restStart >= 0)
    result.unread.push({
      start: end + restStart,
      end: copy.trimEnd().length,
      part: 'rest',
      reason: `the text has more than ${bounds.textCharacters.toLocaleString('en-GB')} characters: the extractor reads that many in one text, and the rest of it from here was not read (send it on its own)`,
    });
  return result;
}

function extractWithinBounds(text: string, lexicon: Lexicon, options: ExtractOptions, bounds: ReadBounds): ExtractResult {
  const published = options.published ?? publicationDate(text);
  const numbers = findNumbers(text);
  const sents = piecesWithinBounds(text, sentences(text), numbers, bounds);
  const ws = words(text);
  // the names of a sentence past the bound on its length are not read either: the rules that weigh a name (whose
  // nationals, which source) look over its whole sentence, name after name
  const tooLong = sents.filter((s) => s.end - s.start > bounds.sentenceCharacters);
  const names = lexicon.find(text, 0, text.length, ws).filter((n) => {
    const s = tooLong[lowerBound(tooLong, (t) => t.end, n.end)];
    return s === undefined || n.start < s.start;
  });
  const sentenceIndex = new Map(sents.map((s, i) => [s, i]));
  const places = names.filter((n) => n.type === 'place');
  const demonyms = new Map(names.filter((n) => n.type === 'place' && n.form === 'demonym').map((n) => [n.start, n]));
  const sentenceOf = (offset: number): Sentence =>
    sents[
      Math.max(
        0,
        lowerBound(sents, (s) => s.end, offset + 1),
      )
    ] ?? sents[sents.length - 1];
  const ctx: FigureContext = {
    text,
    words: ws,
    names,
    sentences: sents,
    sentenceOf,
    accepted: [],
    sentenceIndex: (s) => sentenceIndex.get(s) ?? 0,
    demonymAt: (offset) => demonyms.get(offset),
    wordIndexAt: (offset) => lowerBound(ws, (w) => w.start, offset),
  };
  const rejected: Rejection[] = [];
  const figures: Figure[] = [];
  const unread: Unread[] = [];
  let ni = 0;
  let read = 0;
  for (const s of sents) {
    while (ni < numbers.length && numbers[ni].start < s.start) ni++;
    const inSentence = [];
    while (ni < numbers.length && numbers[ni].end <= s.end) inSentence.push(numbers[ni++]);
    // (a sentence without numbers proposes nothing, however long: not listed)
    const past = inSentence.length === 0 ? null : pastBounds(s, inSentence.length, read, bounds);
    if (past !== null) {
      unread.push({ start: s.start, end: s.end, reason: past, part: 'sentence' });
      continue;
    }
    read += inSentence.length;
    const found = figuresIn(ctx, inSentence, s, rejected);
    figures.push(...found);
  }

  // Attribution, sentence by sentence, carried forward while no new cue appears.
  const refs = new Referents();
  const attributions = new Map<Sentence, Attribution | null>();
  const unattributed = new Map<Sentence, string>();
  const byClause = new Map<Sentence, AttributedClause[]>();
  const withFigures = new Set(figures.map((f) => f.sentence));
  let carried: Attribution | null = null;
  /** The source carried into a sentence that names one of its own: its figures before that source's clause keep it. */
  const carriedInto = new Map<Sentence, Attribution>();
  let carriedAt = 0;
  let listOpener = false;
  let speaker: Attribution | null = null;
  // the speaker of the turn before, whom a "you" in a transcript's turn addresses
  let addressee: Attribution | null = null;
  // the source of a cut sentence's first piece, and where that sentence starts: its other pieces are read as the one
  // sentence they are, so a piece with no source of its own takes it ("According to the report, … Belgium 100, …")
  const head: { cutFrom: number; source: Attribution | null } = { cutFrom: -1, source: null };
  const labels = speakersOf(text, sents, names);
  for (let i = 0; i < sents.length; i++) {
    const s = sents[i];
    // a sentence past the bound on its length is not read (its figures are listed unread): it names no source and
    // carries none, and the rules that look for one, cue after cue over the words before each, are not run over it
    if (s.end - s.start > bounds.sentenceCharacters) {
      attributions.set(s, null);
      carried = null;
      listOpener = false;
      continue;
    }
    // an attribution carries into the neighbouring sentence of its paragraph, not further, nor across a line break; one
    // that opens a list with a colon carries into each item of the list
    if (carried && (i - carriedAt > 1 || text.slice(sents[i - 1].end, s.start).includes('\n'))) {
      // (a table's source caption holds for its own table: a blank line ends it)
      const gap = text.slice(sents[i - 1].end, s.start);
      if (listOpener && listed(text.slice(s.start, s.end)) && !(carried.cue === 'source' && /\n\s*\n/.test(gap))) carriedAt = i - 1;
      else {
        carried = null;
        listOpener = false;
      }
    }
    // a transcript's speaker label holds for the whole turn, up to the next label
    const label = labels.get(s) ?? null;
    // a narrator's label ends the turn before it: its lines are the writer's own
    if (label?.unnamed) speaker = null;
    else if (label) {
      if (speaker && speaker.name !== label.name) addressee = speaker;
      speaker = label;
      // "the minister" later in the transcript is the minister whose label opened a turn
      refs.note(label.name, label.mention);
    }
    if (!carried && speaker) {
      carried = { ...speaker, carried: label === null || speaker.carried };
      carriedAt = i;
    }
    const itself = selfReference(text, s, sents[i - 1], options.author ?? null);
    // (a body that keeps a register, "the Service opened investigations into 62 persons", is read only where no source is
    // carried: inside a speaker's or a carried source's account it is what the source says of the body)
    let own: Attribution | null =
      itself ??
      attributionIn(text, s, refs, published) ??
      figureOwner(text, s, options.author ?? null) ??
      (speaker ? null : bodyLabel(text, s, names)) ??
      (withFigures.has(s) && !carried && !speaker ? actingBody(text, s, refs, options.author ?? null) : null);
    if (own) own = pronounCountOwner(text, s, own) ?? own;
    // a place with no verb of saying is where, not who: "(Raqqa, 2017)" cites no source
    if (own && !own.cue && placeWithYear(names, own)) own = null;
    // "we", "I" in a speaker's turn are the speaker…
    if (own && speaker && /^(?:we|i)$/i.test(own.mention)) own = { ...own, name: speaker.name };
    // …and so are "our estimate", "my count" ("MINISTER: Our current estimate is that around 60…")
    else if (own && speaker && /^(?:our|my)\s/i.test(own.mention)) own = { ...own, name: speaker.name, unnamed: undefined };
    else if (own && /^(?:we|i)$/i.test(own.mention)) {
      // …inside a quotation, whoever is quoted: the tag after it, else the source carried from before
      if (insideQuotation(text.slice(s.start, own.at))) own = null;
      // …and in the writer's own words, outside any quotation, the document's author ("In this report we estimate…")
      else if (options.author) own = { ...own, name: options.author };
    } else if (own && isWritersCount(own)) {
      // "By our count, 2,960…" in the writer's own words is the document's author's count (none known: nobody named);
      // inside a quotation, the quoted speaker's, found as for "we"
      if (insideQuotation(text.slice(s.start, own.at))) own = null;
      else own = options.author ? { ...own, name: options.author } : { ...own, unnamed: true };
    }
    // "you" is whom the sentence addresses: the name before its first comma ("Daniel, you said…"), else in a transcript
    // the speaker of the turn before; the writer's "you" (the reader's) names nobody
    if (own && /^you$/i.test(own.mention)) {
      const vocative = addressedName(text.slice(s.start, own.at));
      const name = (vocative && (refs.resolve(vocative) ?? personName(vocative))) || (speaker ? addressee?.name : null);
      own = name ? { ...own, name } : { ...own, unnamed: true };
    }
    if (!own) refs.noteTitled(text.slice(s.start, s.end));
    if (!own) {
      // a quotation that runs over several sentences is attributed by the tag after it closes
      const body = text.slice(s.start, s.end);
      if (/^["“]/.test(body) && !/["”]/.test(body.slice(1))) {
        for (let j = i + 1; j < Math.min(sents.length, i + 6); j++) {
          const later = text.slice(sents[j].start, sents[j].end);
          if (/["”]/.test(later)) {
            const tag = attributionIn(text, sents[j], new Referents(), published);
            if (tag) {
              const resolved = refs.resolve(tag.mention);
              own = { ...tag, name: resolved && /^(he|she)$/i.test(tag.mention) ? resolved : tag.name };
            }
            break;
          }
        }
      }
      // '"…," he told me. "I would say at most 300…"': a quotation with no tag of its own, right after a tagged one, goes
      // on in the same voice
      const before = i > 0 ? attributions.get(sents[i - 1]) : null;
      if (!own && before?.quoteTag && /^["“]/.test(body)) own = { ...before, carried: true, quoteTag: false, local: true };
      if (!own && s.cutFrom !== undefined && head.cutFrom === s.cutFrom && head.source) own = head.source;
    }
    const clauses = own && withFigures.has(s) ? contrastedClauses(text, s, refs, published, own.unnamed === true) : null;
    if (clauses) byClause.set(s, clauses);
    if (own?.unnamed) {
      attributions.set(s, null);
      unattributed.set(s, `"${own.mention}" names nobody`);
      carried = null;
    } else if (own) {
      attributions.set(s, own);
      if (carried) carriedInto.set(s, carried);
      // (a line ending with a colon opens it, whether or not the first item is read into the same sentence:
      // "According to the ministry, the figures were:\nBanadir | 40")
      // …and a table's caption that names its source opens the table: "Returnees by region (source: Ministry of …)"
      const next = sents[i + 1] ? text.slice(sents[i + 1].start, sents[i + 1].end) : '';
      const opensList =
        /:\s*$|:[^\S\n]*\n/.test(text.slice(s.start, s.end)) ||
        (own.cue === 'source' && /^[^\S\n]*\n/.test(text.slice(s.end, sents[i + 1]?.start ?? s.end)) && listed(next));
      // a source named in a sentence with no figure of its own is carried only by a list it opens or by the text speaking
      // of itself ("This report covers Syria."): "The ministry said the threat was high. 40 returned in 2023." is the
      // writer's figure
      if (!own.quoteTag && (!own.local || opensList) && (withFigures.has(s) || opensList || own === itself)) {
        carried = own;
        carriedAt = i;
        listOpener = opensList;
      }
    } else if (s.headline && i > 0 && carried && !(listOpener && listed(text.slice(s.start, s.end)))) {
      // a heading inside the text opens a new section in the writer's voice ("Where Does The Figure Come From?"):
      // nothing is carried into it, nor across it
      attributions.set(s, null);
      unattributed.set(s, "a heading in the writer's voice: nothing carried into it");
      carried = null;
    } else if (
      carried &&
      !speaker &&
      writersOwn(text.slice(s.start, s.end), insideQuotation(text.slice(sents[carriedAt].start, s.start)))
    ) {
      // the writer's own reasoning or description ("That footage showed…", "The figure most likely comes from…")
      attributions.set(s, null);
      unattributed.set(s, "the writer's own reasoning or description: nothing carried into it");
    } else {
      attributions.set(s, carried ? { ...carried, carried: !(label && carried.at === label.at && !label.carried) } : null);
    }
    if (s.cutFrom !== undefined && head.cutFrom !== s.cutFrom) {
      head.cutFrom = s.cutFrom;
      head.source = attributions.get(s) ?? null;
    }
  }

  const toOrganisation = claimantResolver(text, names, lexicon);
  for (const [s, a] of attributions) {
    const named = a && toOrganisation(a);
    // a claimant known only by a description ("security officials", "the ministry") is not carried past its sentence
    const described = named?.carried && isDescription(named.name);
    if (described) unattributed.set(s, `"${named.mention}", a description, is not carried`);
    attributions.set(s, described ? null : named);
  }

  const attributed: Work[] = figures.map((fig, i) => {
    const prev = figures[i - 1];
    const next = figures[i + 1];
    const leftStart = prev && prev.sentence === fig.sentence ? prev.end : fig.sentence.start;
    const rightEnd = next && next.sentence === fig.sentence ? next.start : fig.sentence.end;
    let attribution = attributions.get(fig.sentence) ?? null;
    const clause = byClause.get(fig.sentence)?.find((c) => c.start <= fig.start && fig.end <= c.end);
    if (clause) attribution = toOrganisation(clause.attribution);
    let why = unattributed.get(fig.sentence) ?? null;
    // "Last year 118 people were killed, and the army says 46 of them were insurgents": a source whose own clause, after
    // the figure's, opens with it and goes on to figures of its own speaks for that clause only
    if (
      attribution &&
      !clause &&
      !attribution.carried &&
      !attribution.quoteTag &&
      attribution.at > fig.end &&
      !/^(?:according|per|citing|as\s+saying)\b/i.test(attribution.cue) &&
      CLAUSE_BREAK.test(text.slice(fig.end, attribution.at)) &&
      (figures.some((f) => f.sentence === fig.sentence && f.start > attribution!.at) || saysOfItsOwn(text, attribution, fig.sentence.end))
    ) {
      // …while the figure's own clause may name a source of its own before it: "In May officials told visitors that 22
      // were in custody; in October they said 30"
      const breakAt = fig.end + CLAUSE_BREAK.exec(text.slice(fig.end, attribution.at))!.index;
      const own = attributionIn(text, { ...fig.sentence, end: breakAt }, refs, published);
      const before = own && !own.unnamed && own.at < fig.start ? toOrganisation(own) : null;
      why = before ? null : `"${attribution.mention}" speaks in a later clause of its own`;
      attribution = before;
    }
    // "Spain brought home four women and 13 children, and says a dozen remain": a verb of saying coordinated after the
    // figure's own verb speaks for its clause only, though the subject they share opens the sentence
    if (attribution && !clause && !attribution.carried && !attribution.quoteTag && attribution.at < fig.start) {
      const cueAt = text.indexOf(attribution.cue.split(' ')[0], attribution.at + attribution.mention.length);
      if (
        cueAt > fig.end &&
        cueAt < fig.sentence.end &&
        SECOND_PREDICATE_BEFORE.test(text.slice(fig.end, cueAt)) &&
        figures.some((f) => f.sentence === fig.sentence && f.start > cueAt)
      ) {
        const before = carriedInto.get(fig.sentence);
        why = before ? null : `"${attribution.mention}" speaks in a later clause of its own`;
        attribution = before ? toOrganisation({ ...before, carried: true }) : null;
      }
    }
    // "France has repatriated 169 children, but about 300 remain, according to the ministry": a source named at the end
    // of a clause set against the figure's covers the figures of its own clause only
    // (and a passive's agent: "…were received, but only about a quarter of them were assessed by the military to be fighters")
    if (attribution && !clause && !attribution.carried && attribution.at > fig.end && /^(?:according|per)\b|\sby$/i.test(attribution.cue)) {
      const between = text.slice(fig.end, attribution.at);
      const cut = [...between.matchAll(CONTRAST_BREAK)].pop();
      const from = cut ? fig.end + cut.index! + cut[0].length : -1;
      if (cut && figures.some((f) => f.sentence === fig.sentence && f.start >= from && f.end <= attribution!.at)) {
        why = `"${attribution.mention}" names the source of a later clause set against this one`;
        attribution = null;
      }
    }
    // "The latest estimate by X that 300 … most likely comes from a video that showed around 150 …": after the
    // writer's reasoning about an attributed figure, a further figure is the writer's own description
    if (attribution && (attribution.carried || NOMINAL_CUE.test(attribution.cue))) {
      const from = attribution.carried ? fig.sentence.start : Math.max(fig.sentence.start, attribution.at + attribution.mention.length);
      if (from < fig.start && WRITER_REASONING.test(text.slice(from, fig.start))) {
        why = `after the writer's own reasoning about "${attribution.mention}"'s figure`;
        attribution = null;
      }
    }
    // "…is close to the 2,930 that the Tunisian interior ministry gave in 2018": a source in the relative clause right
    // after a figure is that figure's own
    // "Denmark's PET counts about 160 and Norway's PST about 100": a second subject with the cue's verb left out
    const gapped = gappedSource(text, fig.sentence, fig.start, attribution, refs, published);
    if (gapped) attribution = toOrganisation(gapped);
    const ownSource = sourceAfterFigure(text, fig.sentence, fig.end, refs, published);
    if (ownSource) attribution = toOrganisation(ownSource);
    // "…said that the prosecution's figure of 11 fighters was inflated": a figure named as a possessor's is the possessor's
    const possessor = possessorOfFigure(text, fig.sentence, fig.start, refs, published);
    if (possessor) attribution = toOrganisation(possessor);
    return {
      fig,
      leftStart,
      rightEnd,
      metric: null,
      metricReason: '',
      metricByDefault: false,
      status: null,
      country: null,
      countryRule: null,
      countryReason: '',
      countryNamedBy: null,
      foreign: false,
      partOf: null,
      relations: [],
      attribution,
      unattributed: why,
      when: null,
    };
  });
  // a count inside the words that name its own sentence's source is who speaks, not what is claimed: "…, according to two
  // officials", "…, three diplomats told Reuters" (the number had been proposed with the claim's metric)
  const work = attributed.filter((w) => {
    const a = w.attribution;
    // (people who speak for what they are, not for a status the ledger counts: "12 returnees told the court" may be a claim)
    const speaks =
      a !== null &&
      !a.carried &&
      w.fig.start >= a.at &&
      w.fig.end <= a.at + a.mention.length &&
      SPEAKERS_COUNTED.test(unnamedSource(a.mention) ?? a.mention);
    if (speaks) rejected.push({ number: w.fig.number, kind: 'count_not_people' });
    return !speaks;
  });

  relate(text, work);
  classifyMetric(text, work);
  metricsByLabel(text, work, lexicon);
  relateTimes(text, work);
  alignSuperseded(work);
  relateFates(text, work);
  lendRestatedClaimants(work);
  const textCountries = placeCountries(text, work, names, lexicon, sentenceOf, sents, (x) => sentenceIndex.get(x) ?? 0);
  keepLedgerCodes(work, lexicon);
  relateContradictions(text, work, (x) => sentenceIndex.get(x) ?? 0);
  const locations = placeLocations(text, work, names, lexicon);

  const groupsOf = figureGroups(text, work, names, sents, sentenceOf, lexicon);
  const candidates: Candidate[] = work.map((w, i) => {
    const { fig } = w;
    const s = fig.sentence;
    const reasons: Record<string, string> = {};
    reasons.value =
      fig.approximation === 'vague'
        ? `"${text.slice(fig.number.start, fig.number.end)}" gives no number`
        : fig.fraction !== null
          ? `a share: ${fig.fraction}`
          : fig.upper
            ? 'two numbers joined as a range'
            : `the number as written: ${text.slice(fig.number.start, fig.number.end)}`;
    reasons.approximation = fig.qualifier
      ? `"${fig.qualifier}" → ${fig.approximation}`
      : fig.approximation === 'vague'
        ? 'a word of quantity, no number'
        : `no qualifier → ${fig.approximation}`;
    reasons.people = fig.peopleReason;
    reasons.metric = w.metricReason;
    reasons.country = w.countryReason;
    const countryOthers = countryReadings(text, work, i, places, lexicon, textCountries);
    const { location, reason: locationReason } = locationField(locations.get(w) ?? null);
    if (locationReason) reasons.location = locationReason;
    const { group, reason: groupReason } = groupsOf[i];
    if (groupReason) reasons.group = groupReason;
    // when it holds
    const { when, stated, reason } = asOfFor(
      text,
      work,
      i,
      sents,
      (x) => sentenceIndex.get(x) ?? 0,
      (x) => withFigures.has(x),
      published,
    );
    w.when = when;
    if (reason) reasons.as_of = reason;
    if (stated) reasons.stated_on = `"${w.attribution!.stated_text}" by the cue`;
    const a = w.attribution;
    if (a)
      reasons.claimant = a.carried
        ? `carried from an earlier sentence ("${a.mention}")`
        : `"${a.mention}" ${a.cue ? `before "${a.cue}"` : 'named as the source'}`;
    if (a?.restated) reasons.claimant = `restated later as "${a.mention}" ${a.cue}'s figure of the same value and metric`;
    if (a?.resolvedFrom) reasons.claimant += `; "${a.resolvedFrom}" is ${a.name}`;
    else if (!a) reasons.claimant = `nobody named: the publisher's own statement${w.unattributed ? ` (${w.unattributed})` : ''}`;
    const relations: CandidateRelation[] = w.relations.map((r) => ({ type: r.type, target: `c${r.target + 1}` }));
    // a verbal share carries its fraction, not a value (the README's contract); the workspace's form derives the
    // figure it implies from its whole ("around half" of 300 → 150)
    const value = fig.fraction !== null ? null : fig.value;
    if (fig.fraction !== null && w.partOf !== null && work[w.partOf].fig.value !== null) {
      reasons.value = `${fig.fraction} of ${work[w.partOf].fig.value} (the whole it is part of)`;
    }
    const quote = quoteOf(text, s.start, s.end);
    const { confidence, reason: confidenceReason } = confidenceOf(w);
    reasons.confidence = confidenceReason;
    return {
      id: `c${i + 1}`,
      start: fig.start,
      end: fig.end,
      value_text: text.slice(fig.start, fig.end),
      value,
      value_low: fig.value_low,
      value_high: fig.value_high,
      approximation: fig.approximation,
      fraction: fig.fraction,
      metric: w.metric,
      subgroup: null,
      country: w.country,
      location,
      group: group?.ref ?? null,
      claimant: a ? { name: a.name, mention: a.carried ? null : a.mention, actor_id: null, new: true } : null,
      cue: a && !a.carried ? a.cue || null : null,
      relayed_by: a?.relayed_by ?? null,
      hedge: fig.hedge,
      // a figure stated in the present holds when it was said, unless the text dates it otherwise
      as_of: when?.value ?? stated ?? null,
      as_of_text: (when?.text || null) ?? (stated ? a!.stated_text : null),
      stated_on: stated,
      quote,
      relations,
      confidence,
      reasons,
      alternatives: countryOthers.length > 0 ? { country: countryOthers } : {},
      existing_claim_ids: [],
    };
  });
  return { candidates, rejected: rejected.map((r) => ({ start: r.number.start, end: r.number.end, kind: r.kind })), unread };
}

/** Whether an attribution's words are a place, with a year at most ("Raqqa, 2017"). */
function placeWithYear(names: NameMention[], a: Attribution): boolean {
  const place = names.find((n) => n.type === 'place' && n.start === a.at);
  return !!place && /^[\s,]*(?:(?:19|20)\d\d)?$/.test(a.mention.slice(place.end - place.start));
}
