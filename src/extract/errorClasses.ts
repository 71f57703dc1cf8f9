/**
 * Aggregate error classes of an evaluation, with no text of the passages in them: for each field, how the gold kind
 * and the predicted kind pair up (country: a single country predicted as null, another country, a region…), the
 * false positives by distractor kind, the missed clusters by metric. Safe to run on held-out corpora: it says which
 * general rule is missing without showing which sentence needs it.
 */
import { isCueVerb } from './attribution';
import type { Candidate } from './candidate';
import { fileLexicon } from './fileLexicon';
import { BULLET } from './layoutCounts';
import type { Lexicon, NameMention } from './lexicon';
import type { Corpus, GoldClaim, Match } from './score';
import { countedMost } from './sorted';
import { sentences, type Sentence } from './text';

export type Tally = Record<string, number>;
export type ErrorClasses = Record<string, Tally>;

const add = (t: Tally, key: string) => {
  t[key] = (t[key] ?? 0) + 1;
};

export function countryKind(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (Array.isArray(v)) return 'list';
  const s = String(v);
  if (s === 'World') return 'World';
  if (/^Other/.test(s)) return 'Other (foreign nationals)';
  if (/^[A-Z]{2}$/.test(s)) return 'country';
  if (/^[A-Z]{2}-/.test(s)) return 'sub-national';
  return 'region';
}

/** How a predicted country stands to the gold one: "right", or the pair of kinds with what relates them. */
export function countryClass(gold: unknown, got: unknown): string {
  if (JSON.stringify(gold ?? null) === JSON.stringify(got ?? null)) return 'right';
  const g = countryKind(gold);
  const p = countryKind(got);
  let how = '';
  if (g === 'country' && p === 'country') how = ' (another country)';
  else if (g === 'list' && p === 'country') how = (gold as string[]).includes(got as string) ? ' (one of the list)' : ' (not in the list)';
  else if (g === 'list' && p === 'list')
    how = (got as string[]).every((c) => (gold as string[]).includes(c)) ? ' (part of the list)' : ' (other list)';
  else if (g === 'sub-national' && p === 'country') how = String(gold).startsWith(String(got)) ? ' (its country)' : ' (another country)';
  return `gold ${g} → ${p}${how}`;
}

const ORG_WORDS =
  /\b(?:ministry|ministries|service|services|council|committee|police|agency|team|government|union|office|news|court|department|directorate|bureau|forces|army|command|centre|center|institute|group|commission|parliament|authorit(?:y|ies)|administration|observatory|nations|europol|interpol|unicef|unhcr|intelligence|coalition|organi[sz]ation|media|report|source|officials?)\b/i;

export function claimantKind(name: unknown): string {
  if (name === null || name === undefined || name === '') return 'null';
  const s = String(name);
  if (/unnamed|\(unnamed\)/i.test(s)) return 'unnamed source';
  if (ORG_WORDS.test(s) || /\b[A-Z]{2,}\b/.test(s)) return 'organisation';
  if (/^(?:[\p{Lu}][\p{L}'’.-]*\s+){1,4}[\p{Lu}][\p{L}'’.-]*$/u.test(s.trim())) return 'person';
  return 'other';
}

const words = (s: unknown) =>
  new Set(
    String(s ?? '')
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .filter((w) => w.length >= 4),
  );

export function claimantClass(gold: GoldClaim, got: unknown, candidate: Candidate | undefined, publisher: string | undefined): string {
  const norm = (s: unknown) => (typeof s === 'string' ? s : '').toLowerCase().trim();
  if ([norm(gold.claimant), norm(gold.claimant_mention)].includes(norm(got))) return 'right';
  const g = claimantKind(gold.claimant);
  let p: string;
  if (got === null || got === undefined) p = 'null';
  else if (
    /^(?:he|she|it|they|we|i|the (?:report|agency|ministry|minister|official|group|document|study|statement))$/i.test(String(got).trim())
  )
    p = 'an unresolved pronoun or role noun';
  else if (publisher && norm(got) === norm(publisher)) p = 'the publisher';
  else if (candidate?.claimant && [norm(gold.claimant), norm(gold.claimant_mention)].includes(norm(candidate.claimant.name)))
    p = 'the right name, another mention';
  else {
    const gw = new Set([...words(gold.claimant), ...words(gold.claimant_mention)]);
    const shared = [...words(got)].filter((w) => gw.has(w)).length;
    p = shared ? 'a partial or longer name' : `another ${claimantKind(got)}`;
  }
  return `gold ${g} → ${p}`;
}

/** The kind of an attribution's words ("said", "according to", "estimated by"…): a closed list, no text of the passage. */
export function cueKind(cue: unknown): string {
  const c = typeof cue === 'string' ? cue.trim().toLowerCase() : '';
  if (!c) return 'none';
  if (/^(?:according|per)\b/.test(c)) return 'according to';
  if (/\bciting\b|\bas saying\b/.test(c)) return 'citing';
  if (/\bby$/.test(c)) return 'a passive agent';
  if (/^(?:by|in)\b/.test(c)) return 'by/in its count';
  if (/\b(?:said|says|say|told|tells|tell|added|adds|stated|states|saying|testified|declared|wrote|writes)\b/.test(c)) return 'said/told';
  if (
    /\b(?:estimat|count|record|regist|tall|put|puts|show|found|find|identif|document|verif|calculat|assess|reckon|logged|listed|gave|gives|cite|cited)/.test(
      c,
    )
  )
    return 'a verb of counting';
  if (/\b(?:report|announc|confirm|reveal|disclos|claim|noted|notes|warn|indicat|suggest|acknowledg|admit|explain)/.test(c))
    return 'a verb of reporting';
  return 'another verb';
}

/** The rule that filled a candidate's claimant, from its reason and cue: the class of rule, with no name in it. */
export function claimantRule(candidate: Candidate | undefined): string {
  const r = candidate?.reasons?.claimant ?? '';
  if (!r) return 'no candidate';
  const resolved = /; "[^"]*" is /.test(r) ? ', a pronoun or role noun resolved' : '';
  if (r.startsWith('carried from')) return `carried from an earlier sentence${resolved}`;
  if (r.startsWith('restated later')) return 'lent by a later restatement';
  if (r.startsWith('nobody named')) {
    const why = /\((.*)\)$/.exec(r)?.[1] ?? '';
    if (!why) return 'nobody: no source read';
    if (/a description, is not carried/.test(why)) return 'nobody: a description not carried';
    if (/names nobody/.test(why)) return 'nobody: a source naming nobody';
    if (/later clause/.test(why)) return 'nobody: the source speaks in a later clause';
    if (/set against/.test(why)) return 'nobody: the source of a contrasted clause';
    if (/writer's own reasoning about/.test(why)) return "nobody: after the writer's reasoning";
    if (/heading/.test(why)) return 'nobody: a heading';
    if (/writer's own/.test(why)) return "nobody: the writer's own description";
    return 'nobody: another reason';
  }
  if (/named as the source$/.test(r)) return `a source named without a cue${resolved}`;
  return `a cue's subject or source (${cueKind(candidate?.cue)})${resolved}`;
}

/** Where the gold's attribution stands to the figure: no mention (carried or nobody), in its sentence before or after it. */
function goldSource(g: GoldClaim): string {
  const mention = typeof g.claimant_mention === 'string' ? g.claimant_mention : '';
  const quote = typeof g.quote === 'string' ? g.quote : '';
  const gotName = g.claimant !== null && g.claimant !== undefined && g.claimant !== '';
  if (!mention) return gotName ? 'a name, no mention (carried)' : 'null';
  const at = quote.indexOf(mention);
  const figureAt = quote.indexOf(g.value_text);
  if (at < 0) return 'a mention outside the sentence';
  return at < figureAt ? 'a mention before the figure' : 'a mention after the figure';
}

/**
 * The shape of a gold attribution the extractor read nothing for: where its words stand, whether its cue is a verb the
 * rules read (after an auxiliary or not), and what kind of words name the source. Kinds only, no words.
 */
function missedSource(g: GoldClaim): string {
  const cue = typeof g.cue === 'string' ? g.cue.trim() : '';
  const mention = typeof g.claimant_mention === 'string' ? g.claimant_mention.trim() : '';
  const verbs = cue.split(/\s+/).filter((w) => /^\p{Ll}+$/u.test(w));
  const aux = /^(?:has|have|had|is|are|was|were|will|would|can|could|also)\b/i.test(cue);
  const cueShape = !cue
    ? 'no cue'
    : cueKind(cue) === 'according to' ||
        cueKind(cue) === 'by/in its count' ||
        cueKind(cue) === 'a passive agent' ||
        cueKind(cue) === 'citing'
      ? cueKind(cue)
      : `${aux ? 'an auxiliary and ' : ''}${verbs.some(isCueVerb) ? 'a verb the rules read' : `a verb the rules do not read (${cue.split(/\s+/).length} words)`}`;
  const mentionShape = !mention
    ? 'no mention'
    : /^(?:he|she|they|it|we|i|you)$/i.test(mention)
      ? 'a pronoun'
      : /\b(?:report|reports|data|figures|statistics|survey|study|records|register|database|table|document|statement|bulletin|release)\b/i.test(
            mention,
          )
        ? 'a document'
        : /^(?:the\s+|a\s+|an\s+)?\p{Lu}/u.test(mention)
          ? 'a capitalised name'
          : 'a lowercase description';
  return `${goldSource(g)}; ${cueShape}; ${mentionShape}`;
}

/**
 * Whether the name or the mention of a candidate's claimant would be scored right (the scorer reads the mention when
 * there is one, else the name): which of the two to give where they differ. Kinds only.
 */
function nameOrMention(g: GoldClaim, c: Candidate): string {
  const n = (x: unknown) => (typeof x === 'string' ? x.toLowerCase().trim() : '');
  const gold = [n(g.claimant), n(g.claimant_mention)];
  const { name, mention } = c.claimant!;
  if (mention === null) return `carried: name ${gold.includes(n(name)) ? 'right' : 'wrong'}`;
  if (n(name) === n(mention)) return `own, name = mention: ${gold.includes(n(name)) ? 'right' : 'wrong'}`;
  const pronoun = /^(?:he|she|they|it|we|i|you)$/i.test(mention.trim())
    ? 'a pronoun'
    : /^\p{Lu}/u.test(mention.trim())
      ? 'a capitalised mention'
      : 'a lowercase mention';
  return `own, ${pronoun}, gold mention ${n(g.claimant_mention) ? 'given' : 'null'}: mention ${gold.includes(n(mention)) ? 'right' : 'wrong'}, name ${gold.includes(n(name)) ? 'right' : 'wrong'}`;
}

/** How a proposed mention stands to the gold's mention, as a kind. */
function mentionForm(goldMention: unknown, mention: string): string {
  const g = typeof goldMention === 'string' ? goldMention.toLowerCase().trim() : '';
  const m = mention.toLowerCase().trim();
  if (!g) return 'gold null';
  if (g.includes(m)) return `gold longer${g.endsWith(m) ? ' (words before)' : g.startsWith(m) ? ' (words after)' : ''}`;
  if (m.includes(g)) return `proposed longer${m.endsWith(g) ? ' (words before)' : m.startsWith(g) ? ' (words after)' : ''}`;
  const gw = g.split(/[^\p{L}\d]+/u).filter(Boolean);
  return m.split(/[^\p{L}\d]+/u).some((w) => w && gw.includes(w)) ? 'sharing words' : 'no word shared';
}

/** How a wrong claimant's name differs in form from the gold's normal name, as a kind (no words). */
export function nameForm(goldName: unknown, name: string): string {
  const g = typeof goldName === 'string' ? goldName.trim() : '';
  if (!g) return 'gold null';
  const lg = g.toLowerCase();
  const ln = name
    .toLowerCase()
    .trim()
    .replace(/^(?:the|a|an)\s+/, '');
  const gw = lg.split(/[^\p{L}\d]+/u).filter(Boolean);
  const nw = ln.split(/[^\p{L}\d]+/u).filter(Boolean);
  const shared = nw.filter((w) => gw.includes(w)).length;
  const bracket = /\(([^()]*)\)\s*$/.exec(g)?.[1] ?? '';
  const bk = !bracket ? '' : /unnamed/i.test(bracket) ? ' (unnamed)' : /^[A-Z0-9&.-]{2,12}$/.test(bracket) ? ' (an acronym)' : ' (words)';
  const initials = gw
    .filter((w) => !/^(?:of|for|and|the|on|in|de|du|des|la|le)$/.test(w))
    .map((w) => w[0])
    .join('');
  if (/^[A-Z]{2,10}$/.test(name.trim()) && (initials === ln || lg.includes(`(${ln})`))) return 'an acronym the gold spells out';
  if (/^government of\b/i.test(g))
    return `gold "Government of …", proposed ${shared ? 'sharing words' : 'other words'}${/^[A-Z]{2,}$/.test(name) ? ' (an acronym)' : ''}`;
  if (/unnamed/i.test(g)) return `gold "(unnamed)", proposed ${shared ? 'sharing words' : 'other words'}`;
  if (bracket && lg.replace(/\s*\([^()]*\)\s*$/, '') === ln) return `gold = proposed + a bracket${bk}`;
  if (lg.includes(ln)) return `gold longer, contains it${bk}`;
  if (ln.includes(lg)) return 'proposed longer, contains the gold';
  if (shared) return `sharing ${shared} of ${nw.length} words${bk}`;
  return `no word shared, gold ${claimantKind(g)}, proposed ${claimantKind(name)}`;
}

/** Verbs of an act done to people ("Police arrested 11", "troops killed 40"), active, before the figure in its clause. */
const ACT_BEFORE =
  /\b(?<!(?:was|were|been|be|is|are|being)\s+)(?:arrested|detained|killed|charged|convicted|sentenced|deported|repatriated|rescued|captured|evacuated|jailed|extradited|returned|registered|identified|prosecuted|released|brought\s+(?:back|home)|transferred|expelled|neutralised|neutralized|eliminated|apprehended|indicted|freed|took\s+back|received|handed\s+over|has\s+\w+ed|have\s+\w+ed)\b[^.;:]{0,60}$/i;

/** How a candidate's claimant stands to the gold's, by outcome: the gold names nobody, names somebody, another… */
function claimantOutcome(cl: string): string {
  if (cl === 'right') return 'right';
  if (/^gold null → /.test(cl)) return 'gold null → a name';
  if (/→ null$/.test(cl)) return 'gold a name → null';
  if (/partial or longer/.test(cl)) return 'a partial or longer name';
  if (/right name, another mention/.test(cl)) return 'the right name, another mention';
  if (/unresolved pronoun/.test(cl)) return 'an unresolved pronoun or role noun';
  return 'another name';
}

function dateKind(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  const s = String(v);
  return s.length === 4 ? 'year' : s.length === 7 ? 'month' : 'day';
}

export function asOfClass(gold: unknown, got: unknown, reason: string | undefined): string {
  if ((gold ?? null) === (got ?? null)) return 'right';
  const from =
    reason === undefined
      ? ''
      : /article's date/.test(reason)
        ? " from the article's date"
        : /when it was said/.test(reason)
          ? ' from when it was said'
          : ' from the text';
  let how = '';
  if (gold && got) how = String(gold).slice(0, 4) === String(got).slice(0, 4) ? ', same year' : ', another year';
  return `gold ${dateKind(gold)} → ${dateKind(got)}${from}${how}`;
}

/** A reason with its quoted words and numbers removed: the kind of rule that filled the field. */
export const reasonKind = (r: string | undefined, whole = false) =>
  (whole ? (r ?? 'none') : (r ?? 'none').split(';')[0])
    .replace(/"[^"]*"|“[^”]*”/g, '"…"')
    .replace(/\d+(?:\.\d+)?/g, 'N')
    .replace(/\([^)]*\)/g, '(…)')
    .replace(/(?<=.)\b\p{Lu}[\p{L}'’.-]*/gu, 'X');

/** The form a figure is written in, from its value_text: digits, number words, a vague quantity or a share. */
export function figureForm(valueText: string): string {
  if (/\d/.test(valueText)) return 'digits';
  if (/\b(?:half|third|thirds|quarter|quarters|fifth|fifths|majority)\b/i.test(valueText)) return 'a verbal share';
  if (/\b(?:hundreds|thousands|dozens|scores|several|few|tens|millions|handful)\b/i.test(valueText)) return 'a vague quantity';
  return 'number words';
}

/**
 * The shape of the line a number stands on and of what is right before and after it, as kinds only: a table row, a list
 * item, a short line, running text; before it a capitalised word, a lower-case word, a bracket, punctuation; after it the
 * end of the line, punctuation, a word.
 */
export function numberShape(text: string, start: number, end: number): string {
  const ls = text.lastIndexOf('\n', start - 1) + 1;
  const le = text.indexOf('\n', end) < 0 ? text.length : text.indexOf('\n', end);
  const line = text.slice(ls, le);
  const kind = /\||\t/.test(line)
    ? 'a table row'
    : BULLET.test(line)
      ? 'a list item'
      : line.trim().length <= 60 && !/[.!?]["'”’)]?\s*$/.test(line.trim())
        ? 'a short line'
        : 'running text';
  const before = text.slice(ls, start);
  const b = /(\p{Lu}[\p{L}'’.-]*|\p{Ll}[\p{L}'’-]*|[([]|\d|[^\s\p{L}\d])\s*$/u.exec(before)?.[1] ?? '';
  const bk = !b
    ? 'line start'
    : /^\p{Lu}/u.test(b)
      ? 'a capitalised word'
      : /^\p{Ll}/u.test(b)
        ? 'a lower-case word'
        : /[([]/.test(b)
          ? 'a bracket'
          : /\d/.test(b)
            ? 'a digit'
            : `"${b}"`;
  const after = text.slice(end, le);
  const a = /^\s*(\p{L}+|[^\s\p{L}])?/u.exec(after)?.[1] ?? '';
  const ak = !a ? 'line end' : /^\p{Lu}/u.test(a) ? 'a capitalised word' : /^\p{Ll}/u.test(a) ? 'a lower-case word' : `"${a}"`;
  return `${kind}, before it ${bk}, after it ${ak}`;
}

interface Layout {
  text: string;
  sents: Sentence[];
  places: NameMention[];
  mostNamed: string | null;
}

function layoutOf(text: string, lexicon: Lexicon): Layout {
  const places = lexicon.find(text, 0, text.length).filter((n) => n.type === 'place');
  const times = new Map<string, number>();
  for (const p of places) times.set(p.ref, (times.get(p.ref) ?? 0) + 1);
  return { text, sents: sentences(text), places, mostNamed: countedMost(times) };
}

/**
 * Where a passage names a country relative to a figure at `at`, as a kind: in its sentence (before or after it, as a
 * name or a demonym, and the word before the name), earlier in its paragraph, earlier in the text, only after it, or
 * nowhere; and whether it is the country the passage names most. No word of the passage is in the answer but the
 * preposition before the name.
 */
export function whereNamed(l: Layout, code: string, at: number): string {
  const s = l.sents.find((x) => x.start <= at && at < x.end) ?? l.sents[l.sents.length - 1];
  const of = l.places.filter((p) => p.ref === code);
  const most = l.mostNamed === code ? ', the most named' : '';
  const inSentence = of.filter((p) => s && p.start >= s.start && p.end <= s.end);
  if (inSentence.length) {
    const p = inSentence.reduce((a, b) => (Math.abs(b.start - at) < Math.abs(a.start - at) ? b : a));
    const prep = /\b(in|from|of|to|for|by|at|into|across|with)\s+(?:the\s+)?$/i
      .exec(l.text.slice(Math.max(0, p.start - 12), p.start))?.[1]
      ?.toLowerCase();
    const poss = /^[’']s\b/.test(l.text.slice(p.end, p.end + 3)) ? ' possessive' : '';
    return `in its sentence, ${p.start < at ? 'before' : 'after'}, as a ${p.within ? 'place within' : p.form}${poss}${prep ? ` after "${prep}"` : ''}${most}`;
  }
  const before = of.filter((p) => p.end <= at);
  if (before.length) {
    const last = before[before.length - 1];
    const block = l.sents.find((x) => x.start <= last.start && last.start < x.end)?.block;
    const where = s && block === s.block ? 'earlier in its paragraph' : 'in an earlier paragraph';
    const heading = l.sents.find((x) => x.start <= last.start && last.start < x.end)?.headline ? ' (a headline)' : '';
    return `${where}${heading}, as a ${last.within ? 'place within' : last.form}${most}`;
  }
  return of.length ? `only after it${most}` : 'nowhere';
}

/**
 * How a figure stands to the sub-national regions its text names, for figures whose gold or prediction is a region's
 * ISO 3166-2 code or whose sentence names a first-level subdivision: the gold's and the prediction's kinds, whether the
 * ledger holds the gold's code as a place a claim can count (else only the gazetteer knows it, or nothing does), and
 * where and how the region is named (a demonym or a name; the word before it: "from", "in"…; right after the people
 * counted). No word of the passage is in the answer but that preposition.
 */
export function subNationalReading(l: Layout, lexicon: Lexicon, gold: unknown, got: unknown, at: number, end: number): string | null {
  const s = l.sents.find((x) => x.start <= at && at < x.end);
  const goldCode = typeof gold === 'string' && /^[A-Z]{2}-/.test(gold) ? gold : null;
  const inSentence = l.places.filter((p) => s && p.subdivision && p.start >= s.start && p.end <= s.end);
  if (!goldCode && countryKind(got) !== 'sub-national' && inSentence.length === 0) return null;
  const held = (code: string) => (lexicon.place(code)?.kind === 'subdivision' ? 'held' : 'not held');
  const of = goldCode ? l.places.filter((p) => p.subdivision === goldCode) : inSentence;
  let where = 'named nowhere';
  const here = of.filter((p) => s && p.start >= s.start && p.end <= s.end);
  if (here.length) {
    const p = here.reduce((a, b) => (Math.abs(b.start - at) < Math.abs(a.start - at) ? b : a));
    const prep = /\b(in|from|of|to|for|by|at|into|across|with|near)\s+(?:the\s+)?$/i
      .exec(l.text.slice(Math.max(0, p.start - 12), p.start))?.[1]
      ?.toLowerCase();
    const poss = /^[’']s\b/.test(l.text.slice(p.end, p.end + 3)) ? ' possessive' : '';
    const born = /^-(?:born|origin)/.test(l.text.slice(p.end, p.end + 7)) ? ' -born' : '';
    const close = p.start >= end && p.start - end <= 30 ? ' within 30 characters after' : '';
    where = `in its sentence, ${p.start < at ? 'before' : 'after'}${close}, as a ${p.form}${poss}${born}${prep ? ` after "${prep}"` : ''}`;
  } else if (goldCode && of.some((p) => p.end <= at)) {
    const last = of.filter((p) => p.end <= at).pop()!;
    const sl = l.sents.find((x) => x.start <= last.start && last.start < x.end);
    where = `${sl?.headline ? 'in a headline' : s && sl?.block === s.block ? 'earlier in its paragraph' : 'in an earlier paragraph'}, as a ${last.form}`;
  } else if (goldCode && of.length) where = 'only after it';
  if (goldCode && where === 'named nowhere') {
    const town = l.places.some(
      (p) => s && p.start >= s.start && p.end <= s.end && p.ref === goldCode.slice(0, 2) && p.within && !p.subdivision,
    );
    if (town) where = 'named nowhere; a place within its country (not a region) in its sentence';
  }
  const codeOf = goldCode ? `gold code ${held(goldCode)}` : `region code ${held(of[0]?.subdivision ?? '')}`;
  const gotKind = got === goldCode && goldCode ? 'right' : countryKind(got);
  return `gold ${countryKind(gold)} → ${gotKind}; ${codeOf}; ${where}`;
}

/** Words of a state's forces or authorities acting: whether a figure's sentence tells of one (a kind, no word of the text). */
const AUTHORITY_WORDS =
  /\b(?:police|policemen|troops|army|military|soldiers|forces|navy|courts?|tribunal|judges?|prosecutors?|prosecution|authorities|gendarmerie|security services|counter-?terrorism|raids?|operations?)\b/i;

/** A metric as the kind of people it counts, for the country tallies: a state's cases, people killed, victims, others. */
function metricKind(metric: unknown): string {
  const m = String(metric);
  if (/^victims_/.test(m)) return 'victims';
  if (/^(killed|deaths)$/.test(m)) return 'people killed';
  if (
    /^(arrested|charged|convicted|sentenced_to_death|awaiting_trial|under_investigation|wanted|arrest_warrants|released_under_restrictions|classified_threat|transferred)$/.test(
      m,
    )
  )
    return "a state's cases";
  return 'travellers, returnees and others';
}

/**
 * Where a passage names the country a figure's gold gives while the extractor gave none, finer than whereNamed: in the
 * figure's sentence, the sentence before it in its paragraph, earlier in its paragraph, an earlier paragraph's body,
 * only a headline or the first line (a dateline), only after it, or nowhere; and whether its sentence tells of a
 * state's forces or authorities acting.
 */
export function whereMissedCountryIsNamed(l: Layout, code: string, at: number): string {
  const k = l.sents.findIndex((x) => x.start <= at && at < x.end);
  const s = l.sents[k];
  if (!s) return 'nowhere';
  const sentenceOf = (p: NameMention) => l.sents.findIndex((x) => x.start <= p.start && p.start < x.end);
  const of = l.places.filter((p) => p.ref === code);
  const before = of.filter((p) => p.end <= s.start).map(sentenceOf);
  const where = of.some((p) => p.start >= s.start && p.end <= s.end)
    ? 'in its sentence'
    : before.includes(k - 1) && l.sents[k - 1].block === s.block && !l.sents[k - 1].headline
      ? 'in the sentence before'
      : before.some((j) => l.sents[j].block === s.block && !l.sents[j].headline)
        ? 'earlier in its paragraph'
        : before.some((j) => j > 0 && !l.sents[j].headline)
          ? 'in an earlier paragraph'
          : before.length
            ? 'only in a headline or the first line'
            : of.length
              ? 'only after it'
              : 'nowhere';
  return `${where}; ${AUTHORITY_WORDS.test(l.text.slice(s.start, s.end)) ? 'forces or authorities in its sentence' : 'no forces or authorities in its sentence'}`;
}

/**
 * A carried country as a kind: how far the carry reaches from the figure before (its sentence, its paragraph, across a
 * paragraph break, across a heading) and what the text names between the two figures (a place of the carried country,
 * one of another country only, both, none). No word of the passage is in the answer.
 */
export function carriedAcross(l: Layout, from: Candidate, to: Candidate, metric: string): string {
  const at = (x: number) => l.sents.findIndex((s) => s.start <= x && x < s.end);
  const a = at(from.start);
  const b = at(to.start);
  const span =
    a === b
      ? 'its sentence'
      : l.sents.slice(a + 1, b + 1).some((s) => s.headline)
        ? 'across a heading'
        : l.sents[a]?.block === l.sents[b]?.block
          ? 'its paragraph'
          : 'across a paragraph break';
  const carried = typeof from.country === 'string' ? from.country : null;
  const between = l.places.filter((p) => p.start >= from.end && p.end <= to.end);
  const same = between.some((p) => p.ref === carried);
  const other = between.some((p) => p.ref !== carried && /^[A-Z]{2}$/.test(p.ref));
  const named =
    same && other ? 'the carried country and another' : same ? 'the carried country' : other ? 'another country only' : 'no place';
  return `${span}; between them ${named}: ${metric}`;
}

/** Where the gold stands to a carried claimant: nobody, carried too (right or not), or a source of the figure's own. */
function carryGold(g: GoldClaim, outcome: string): string {
  const named = typeof g.claimant === 'string' && g.claimant.trim() !== '';
  const mention = typeof g.claimant_mention === 'string' && g.claimant_mention.trim() !== '';
  if (!named && !mention) return 'gold nobody';
  if (!mention) return `gold carried, ${outcome === 'right' ? 'right' : 'wrong'}`;
  return `gold its own source, ${outcome === 'right' ? 'right' : 'wrong'}`;
}

/**
 * What lies between a carried claimant's source and the figure it is carried to, as kinds: how far back the sentence
 * naming the source is and whether it held a figure, how the figure's sentence opens, a quotation on either side, a
 * capitalised name of its own before the figure, the metric against the source's figure's. One key per feature.
 */
export function carryFeatures(l: Layout, c: Candidate, all: Candidate[]): string[] {
  const mention = /^carried from an earlier sentence \("(.*)"\)/.exec(c.reasons?.claimant ?? '')?.[1];
  if (mention === undefined) return [];
  const b = l.sents.findIndex((s) => s.start <= c.start && c.start < s.end);
  let a = b - 1;
  while (a >= 0 && !l.text.slice(l.sents[a].start, l.sents[a].end).includes(mention)) a--;
  if (a < 0 || b < 0) return ['source: not found'];
  const src = l.sents[a];
  const fig = l.sents[b];
  const inSource = all.filter((k) => k.start >= src.start && k.end <= src.end);
  const body = l.text.slice(fig.start, c.start);
  const first = /^\S+/.exec(l.text.slice(fig.start, fig.end))?.[0] ?? '';
  const opens = /^["“‘']/.test(first)
    ? 'a quotation mark'
    : /^(?:he|she|they|it|we|i)$/i.test(first)
      ? 'a pronoun'
      : /^(?:the|this|these|that|those|its|their|his|her|such)$/i.test(first)
        ? 'a determiner'
        : /^(?:but|and|yet|however|meanwhile|also|still|so|instead)\b/i.test(first)
          ? 'a conjunction or adverb'
          : /^(?:in|on|at|by|since|for|of|after|before|during|last|over|from|among|with|as|until|across|between|about|some|around|nearly|almost|more|fewer|at)$/i.test(
                first,
              )
            ? 'a preposition or quantifier'
            : /^[\d£$€]/.test(first)
              ? 'a number'
              : /^\p{Lu}/u.test(first)
                ? 'a capitalised word'
                : 'a lower-case word';
  const own = new Set(mention.toLowerCase().split(/\W+/));
  // (a month or a weekday is no name)
  const names = [...body.slice(first.length).matchAll(/\b\p{Lu}[\p{L}-]+/gu)].filter(
    (m) =>
      !own.has(m[0].toLowerCase()) &&
      !/^(?:January|February|March|April|May|June|July|August|September|October|November|December|\w+day)$/.test(m[0]),
  );
  const metric = inSource.length
    ? inSource.some((k) => k.metric === c.metric)
      ? 'the same metric as a figure of the source'
      : 'another metric than the source’s figures'
    : 'no figure at the source';
  return [
    `distance: ${b - a === 1 ? 'the sentence before' : 'further back'}, ${l.sents[a].block === fig.block ? 'its paragraph' : 'another paragraph'}`,
    `source sentence: ${inSource.length ? 'with a figure' : 'without a figure'}${/["“”]/.test(l.text.slice(src.start, src.end)) ? ', a quotation' : ''}`,
    `figure sentence opens with ${opens}`,
    `figure sentence: ${/["“”]/.test(l.text.slice(fig.start, fig.end)) ? 'a quotation' : 'no quotation'}`,
    `before the figure: ${names.length ? 'a capitalised name of its own' : 'no capitalised name'}`,
    `metric: ${metric}`,
  ];
}

export function errorClasses(
  corpus: Corpus,
  result: {
    matches: Match[];
    candidates: Record<string, Candidate[]>;
    falsePositives: { passage: string; why: string; start?: number; end?: number }[];
    missed: { passage: string; gold: GoldClaim }[];
    /** The numbers the rules turned away, per passage, with the kind of rule (absent: the refusal table stays empty). */
    rejected?: Record<string, { start: number; end: number; kind: string }[]>;
  },
  options: { lexicon?: Lexicon } = {},
): ErrorClasses {
  const t: ErrorClasses = {
    precision_false_positives: {},
    recall_missed_by_metric: {},
    recall_missed_by_approximation: {},
    recall_missed_by_form: {},
    recall_missed_by_refusal: {},
    recall_missed_by_shape: {},
    approximation: {},
    value: {},
    metric: {},
    metric_by_rule: {},
    country: {},
    country_by_rule: {},
    group: {},
    group_by_rule: {},
    claimant: {},
    claimant_by_rule: {},
    claimant_wrong_by_rule: {},
    claimant_wrong_by_gold_source: {},
    claimant_act_before_figure: {},
    claimant_relayer: {},
    claimant_missed_source: {},
    claimant_carry: {},
    claimant_name_or_mention: {},
    claimant_name_form: {},
    claimant_name_form_where_mention_right: {},
    as_of: {},
    wrong_metric_by_rule: {},
    wrong_country_by_rule: {},
    wrong_as_of_by_rule: {},
    false_positives_by_people_rule: {},
    false_positives_by_metric_rule: {},
    false_positives_by_shape: {},
    true_positives_by_people_rule: {},
    true_positives_by_shape: {},
    wrong_country_by_metric: {},
    wrong_country_where_named: {},
    country_by_rule_where_named: {},
    country_missed_where_named: {},
    country_by_group_in_sentence: {},
    country_carried_across: {},
    country_carried_from_rule: {},
    country_carried_by_metric_pair: {},
    country_part_of_by_metric_pair: {},
    country_sub_national: {},
  };
  const lexicon = options.lexicon ?? fileLexicon();
  const texts = new Map(corpus.passages.map((p) => [p.id, p.text]));
  const layouts = new Map<string, Layout>();
  const layout = (id: string) => {
    if (!layouts.has(id)) layouts.set(id, layoutOf(texts.get(id) ?? '', lexicon));
    return layouts.get(id)!;
  };
  const publisher = new Map(corpus.passages.map((p) => [p.id, (p as { publisher?: string }).publisher]));
  for (const f of result.falsePositives) {
    add(t.precision_false_positives, f.why);
    const c = result.candidates[f.passage]?.find((k) => k.start === f.start && k.end === f.end);
    add(t.false_positives_by_people_rule, `${f.why}: ${reasonKind(c?.reasons.people, true)}`);
    add(t.false_positives_by_metric_rule, `${f.why}: ${reasonKind(c?.reasons.metric)}`);
    if (f.start !== undefined)
      add(t.false_positives_by_shape, `${f.why}: ${numberShape(texts.get(f.passage) ?? '', f.start, f.end ?? f.start)}`);
  }
  for (const m of result.missed) {
    add(t.recall_missed_by_metric, String(m.gold.metric));
    add(t.recall_missed_by_approximation, m.gold.approximation);
    add(t.recall_missed_by_form, figureForm(m.gold.value_text));
    if (!result.rejected) continue;
    // what the rules did with the numbers of the cluster's mentions: the refusal, else never read as a number
    const passage = corpus.passages.find((p) => p.id === m.passage);
    const mentions = passage?.claims.filter((g) => g.cluster === m.gold.cluster && !g.optional) ?? [m.gold];
    const kinds = new Set(
      (result.rejected[m.passage] ?? []).filter((r) => mentions.some((g) => r.start < g.end && g.start < r.end)).map((r) => r.kind),
    );
    const refusal = kinds.size ? [...kinds].sort().join(' + ') : 'not read as a number';
    add(t.recall_missed_by_refusal, refusal);
    // the refusal by the shape around the cluster's first mention: which rule to loosen, and where
    add(t.recall_missed_by_shape, `${m.gold.metric}, ${refusal}: ${numberShape(texts.get(m.passage) ?? '', m.gold.start, m.gold.end)}`);
  }
  for (const m of result.matches) {
    const { gold: g, prediction: p } = m;
    const c = result.candidates[m.passage]?.[m.index];
    const r = c?.reasons ?? {};
    add(t.approximation, g.approximation === p.approximation ? 'right' : `${g.approximation} → ${String(p.approximation)}`);
    const vals = ['value', 'value_low', 'value_high'] as const;
    add(
      t.value,
      vals.every((k) => (g[k] ?? null) === (p[k] ?? null))
        ? 'right'
        : g.fraction !== null && g.fraction !== undefined
          ? 'a verbal share'
          : g.approximation === p.approximation
            ? 'same wording, other number'
            : 'another wording',
    );
    add(t.metric, g.metric === p.metric ? 'right' : `${String(g.metric)} → ${String(p.metric)}`);
    add(t.metric_by_rule, `${g.metric === p.metric ? 'right' : 'wrong'}: ${reasonKind(r.metric)}`);
    // the true positives by the same rule and shape as the false positives above: what a rule's refusal would cost
    add(t.true_positives_by_people_rule, reasonKind(r.people, true));
    add(t.true_positives_by_shape, `${reasonKind(r.people, true)}: ${numberShape(texts.get(m.passage) ?? '', p.start, p.end)}`);
    const cc = countryClass(g.country, p.country);
    add(t.country, cc);
    const sub = subNationalReading(layout(m.passage), lexicon, g.country, p.country, p.start, p.end);
    if (sub) add(t.country_sub_national, sub);
    add(t.country_by_rule, `${cc === 'right' ? 'right' : 'wrong'}: ${reasonKind(r.country)}`);
    const gg =
      (g.group ?? null) === (p.group ?? null)
        ? 'right'
        : g.group && p.group
          ? `${String(g.group)} → ${String(p.group)}`
          : `${String(g.group ?? null)} → ${String(p.group ?? null)}`;
    add(t.group, gg);
    add(t.group_by_rule, `${gg === 'right' ? 'right' : 'wrong'}: ${reasonKind(r.group)}`);
    const cl = claimantClass(g, p.claimant, c, publisher.get(m.passage));
    add(t.claimant, cl);
    add(t.claimant_by_rule, `${cl === 'right' ? 'right' : 'wrong'}: ${reasonKind(r.claimant)}`);
    const outcome = claimantOutcome(cl);
    const rule = claimantRule(c);
    if (outcome !== 'right') {
      add(t.claimant_wrong_by_rule, `${outcome}: ${rule}`);
      add(t.claimant_wrong_by_gold_source, `${outcome}: gold ${goldSource(g)}, gold cue ${cueKind(g.cue)}`);
      if (outcome === 'gold a name → null') add(t.claimant_missed_source, missedSource(g));
    }
    if (c)
      for (const f of carryFeatures(layout(m.passage), c, result.candidates[m.passage] ?? []))
        add(t.claimant_carry, `${carryGold(g, outcome)}: ${f}`);
    if (c?.claimant) {
      const nm = nameOrMention(g, c);
      add(t.claimant_name_or_mention, nm);
      // the name a carry would score, where the mention was right: how its form differs from the gold's
      if (/mention right, name wrong/.test(nm)) add(t.claimant_name_form_where_mention_right, nameForm(g.claimant, c.claimant.name));
      if (outcome !== 'right')
        add(
          t.claimant_name_form,
          c.claimant.mention === null
            ? `carried: ${nameForm(g.claimant, c.claimant.name)}`
            : `own: mention ${mentionForm(g.claimant_mention, c.claimant.mention)}; name ${nameForm(g.claimant, c.claimant.name)}`,
        );
    }
    // an actor doing the counted act before the figure ("Police arrested 11"): what the gold gives, what was proposed
    const text = texts.get(m.passage) ?? '';
    const sentenceStart = c ? c.quote.start : g.start;
    const clauseBefore =
      text
        .slice(sentenceStart, g.start)
        .split(/;\s|,\s+(?:and|but|while)\s/)
        .pop() ?? '';
    if (ACT_BEFORE.test(clauseBefore))
      add(
        t.claimant_act_before_figure,
        `gold ${goldSource(g) === 'null' ? 'null' : 'a name'}, ${outcome === 'right' ? 'right' : 'wrong'}: ${rule}`,
      );
    // a relayer and a claimant taken for each other
    const n = (x: unknown) => (typeof x === 'string' ? x.toLowerCase().trim() : '');
    if (n(g.relayed_by) || c?.relayed_by)
      add(
        t.claimant_relayer,
        `gold relayer ${n(g.relayed_by) ? 'named' : 'none'}, proposed ${c?.relayed_by ? 'named' : 'none'}${
          n(g.relayed_by) && n(p.claimant) === n(g.relayed_by) ? ', the claimant proposed is the gold relayer' : ''
        }${c?.relayed_by && [n(g.claimant), n(g.claimant_mention)].includes(n(c.relayed_by)) ? ', the relayer proposed is the gold claimant' : ''}: claimant ${outcome}`,
      );
    const ac = asOfClass(g.as_of, p.as_of, r.as_of);
    add(t.as_of, ac);
    // the wrong ones with the kind of rule that filled them: which rule to change
    if (g.metric !== p.metric) add(t.wrong_metric_by_rule, `${String(g.metric)} → ${String(p.metric)}: ${reasonKind(r.metric)}`);
    // every matched figure, right or wrong, by its rule and where the text names the country proposed (for a null, the
    // country the passage names most): which feature tells a rule's right answers from its wrong ones
    {
      const l = layout(m.passage);
      const code = typeof p.country === 'string' && /^[A-Z]{2}$/.test(p.country) ? p.country : null;
      const named = code
        ? `proposed ${whereNamed(l, code, g.start)}`
        : l.mostNamed
          ? `null; the most named ${whereNamed(l, l.mostNamed, g.start)}`
          : 'null; none most named';
      add(t.country_by_rule_where_named, `${cc === 'right' ? 'right' : 'wrong'}: ${reasonKind(r.country)}: ${named}`);
    }
    // a gold country the extractor left null: where the text names it, by metric (a state's own cases, people killed…)
    if (cc === 'gold country → null')
      add(
        t.country_missed_where_named,
        `${whereMissedCountryIsNamed(layout(m.passage), String(g.country), g.start)}: ${metricKind(g.metric)}`,
      );
    // the one group a figure's sentence names, and the country the gold gives its figure: whether a group says whose
    // nationals are counted (a national insurgency's home country)
    {
      const l = layout(m.passage);
      const s = l.sents.find((x) => x.start <= g.start && g.start < x.end);
      const named = s
        ? [
            ...new Set(
              lexicon
                .find(l.text, s.start, s.end)
                .filter((n) => n.type === 'group')
                .map((n) => n.ref),
            ),
          ]
        : [];
      if (named.length === 1) {
        const gk = countryKind(g.country);
        add(
          t.country_by_group_in_sentence,
          `${named[0]}: gold ${gk === 'country' ? String(g.country) : gk}, ${cc === 'right' ? 'right' : 'wrong'}`,
        );
      }
    }
    // a country carried from the figure before: how far (its sentence, its paragraph, past a paragraph break or a
    // heading) and what the text names between the two figures (the carried country, another, none)
    const before = result.candidates[m.passage]?.[m.index - 1];
    // …and by the rule that gave the figure before its country (a list item's, a section's, a demonym's…)
    if (r.country === 'as the figure before it' && before)
      add(t.country_carried_from_rule, `${cc === 'right' ? 'right' : 'wrong'}: from ${reasonKind(before.reasons.country)}`);
    // …and by the kinds of metric proposed for the figure before and for this one (the same people counted again, or
    // travellers carried to a state's cases), with whether this figure names its own people (a noun) or none
    if (r.country === 'as the figure before it' && before)
      add(
        t.country_carried_by_metric_pair,
        `${cc === 'right' ? 'right' : 'wrong'}: ${metricKind(before.metric)} → ${metricKind(c!.metric)}; ${
          /^counts /.test(r.people ?? '') ? 'a noun of its own' : 'no noun of its own'
        }; ${carriedAcross(layout(m.passage), before, c!, '').replace(/; between.*$/, '')}`,
      );
    // a country taken from the whole a figure is part of: the kinds of metric of the whole and of the part, the gold's kind
    const whole = c?.relations.find((x) => x.type === 'part_of');
    const wholeCandidate = whole ? result.candidates[m.passage]?.find((k) => k.id === whole.target) : undefined;
    if (/as the figure it is part of$/.test(r.country ?? '') && wholeCandidate)
      add(
        t.country_part_of_by_metric_pair,
        `${cc === 'right' ? 'right' : 'wrong'}: ${metricKind(wholeCandidate.metric)} → ${metricKind(c!.metric)}; gold ${countryKind(g.country)}; ${
          wholeCandidate.quote.start === c!.quote.start ? 'its sentence' : 'another sentence'
        }; the whole's from ${reasonKind(wholeCandidate.reasons.country)}`,
      );
    if (r.country === 'as the figure before it' && before)
      add(
        t.country_carried_across,
        `${cc === 'right' ? 'right' : 'wrong'}: ${carriedAcross(layout(m.passage), before, c!, metricKind(g.metric))}`,
      );
    if (cc !== 'right') {
      add(t.wrong_country_by_rule, `${cc}: ${reasonKind(r.country)}`);
      add(t.wrong_country_by_metric, `${cc}: gold ${String(g.metric)}, got ${String(p.metric)}`);
      // where the text names the country the gold gives (or, for a gold null, the one proposed)
      const code =
        typeof g.country === 'string' && /^[A-Z]{2}$/.test(g.country) ? g.country : typeof p.country === 'string' ? p.country : null;
      if (code)
        add(t.wrong_country_where_named, `${cc}: ${g.country ? 'gold' : 'proposed'} ${whereNamed(layout(m.passage), code, g.start)}`);
    }
    if (ac !== 'right') add(t.wrong_as_of_by_rule, `${ac}: ${reasonKind(r.as_of)}`);
  }
  return t;
}

export function formatClasses(classes: ErrorClasses): string {
  const out: string[] = [];
  for (const [field, tally] of Object.entries(classes)) {
    const total = Object.values(tally).reduce((a, b) => a + b, 0);
    out.push(`\n${field} (${total})`);
    for (const [k, n] of Object.entries(tally).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])))
      out.push(`  ${String(n).padStart(4)}  ${k}`);
  }
  return out.join('\n');
}

/** Two sets of error classes added up, tally by tally: the aggregate over several corpora. */
export function addClasses(a: ErrorClasses, b: ErrorClasses): ErrorClasses {
  const out: ErrorClasses = {};
  for (const c of [a, b])
    for (const [field, tally] of Object.entries(c)) {
      const t = (out[field] ??= {});
      for (const [k, n] of Object.entries(tally)) t[k] = (t[k] ?? 0) + n;
    }
  return out;
}
