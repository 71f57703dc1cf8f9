/**
 * The extractor's core: text in, candidate claims out. Pure — the vocabularies come in as a Lexicon, and matching
 * claimants to actors and candidates to existing claims is the service's job.
 */
import { Attribution, attributionIn, Referents } from './attribution';
import { AttributedClause, contrastedClauses } from './clauses';
import type { Candidate, CandidateRelation } from './candidate';
import { DateMention, datesIn, publicationDate } from './dates';
import { Figure, FigureContext, figuresIn, Rejection } from './figures';
import type { Lexicon, NameMention } from './lexicon';
import { nounMetric, statusesIn, StatusHit } from './metric';
import { nounKind } from './nouns';
import { organisationsIn, resolveOrganisation } from './organisations';
import { findNumbers } from './numbers';
import { quoteOf, Sentence, sentences, words } from './text';

export interface ExtractOptions {
  /** The document's publication date (YYYY, YYYY-MM or YYYY-MM-DD), to place "today" and "last December". */
  published?: string | null;
}

export interface ExtractResult {
  candidates: Candidate[];
  /** Numbers that were read and turned away, with why: for the accuracy harness and for editors' curiosity. */
  rejected: { start: number; end: number; kind: string }[];
}

const FIGHTER_NOUNS = /^(fighters?|militants?|jihadists?|jihadis?|terrorists?|insurgents?|rebels?|combatants?|members?|extremists?)$/i;

function lowerBound<T>(items: T[], key: (t: T) => number, at: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(items[mid]) < at) lo = mid + 1; else hi = mid;
  }
  return lo;
}

interface Work {
  fig: Figure;
  leftStart: number;
  rightEnd: number;
  metric: string | null;
  metricReason: string;
  status: StatusHit | null;
  country: string | string[] | null;
  countryReason: string;
  foreign: boolean;
  partOf: number | null;
  relations: { type: CandidateRelation['type']; target: number }[];
  attribution: Attribution | null;
  /** Why a figure has no claimant though one was named nearby. */
  unattributed: string | null;
  when: DateMention | null;
}

/** An attribution by a noun ("the estimate by", "figures from"), not a verb of saying. */
const NOMINAL_CUE = /^(?:the\s+)?(?:\w+\s+)?(?:estimates?|figures|data|statistics|numbers|count|tally|report|study|survey)\b/i;
/** The writer reasoning about where a figure comes from, or hedging in their own voice. */
const WRITER_REASONING = /\b(?:(?:most|more|very)\s+)?(?:likely|probably|possibly|presumably|apparently)\s+(?:\w+\s+)?(?:comes?|came|stems?|stemmed|derives?|derived|originates?|originated|is\s+based|was\s+based|refers?|referred|reflects?|reflected)\b|\b(?:figures?|numbers?|estimates?|counts?|tally|data|statistics?|it|this|that|which)\b[^.]{0,40}?\b(?:comes?|came|stems?|stemmed|derives?|derived|originates?|originated)\s+from\b|\b(?:it|this|that)\s+(?:appears|seems|is\s+unclear|is\s+not\s+clear|remains\s+unclear)\b/i;
/** A sentence whose subject is a thing the writer describes: "That video showed…", "The footage shows…". */
const DESCRIBED_THING = /^\s*(?:the|this|that|these|those|a|an|one)\s+(?:[\p{L}-]+\s+){0,2}(?:video|videos|footage|film|photo|photos|photograph|photographs|image|images|picture|pictures|clip|clips|recording|recordings|map|chart|graph|table)\b(?:[^.;:]{0,80})\b(?:shows?|showed|shown|depicts?|depicted|features?|featured|included|includes)\b/iu;

/** Whether a sentence without a cue of its own is the writer's own analysis or description: nothing is carried into it. */
export function writersOwn(sentence: string): boolean {
  return WRITER_REASONING.test(sentence) || DESCRIBED_THING.test(sentence) || /\?\s*["”]?\s*$/.test(sentence) && !/["“”]/.test(sentence);
}

export function extractCandidates(text: string, lexicon: Lexicon, options: ExtractOptions = {}): ExtractResult {
  const published = options.published ?? publicationDate(text);
  const sents = sentences(text);
  const ws = words(text);
  const names = lexicon.find(text, 0, text.length, ws);
  const numbers = findNumbers(text);
  const sentenceIndex = new Map(sents.map((s, i) => [s, i]));
  const demonyms = new Map(names.filter((n) => n.type === 'place' && n.form === 'demonym').map((n) => [n.start, n]));
  const sentenceOf = (offset: number): Sentence => sents[Math.max(0, lowerBound(sents, (s) => s.end, offset + 1))] ?? sents[sents.length - 1];
  const ctx: FigureContext = {
    text, words: ws, names, sentences: sents, sentenceOf, accepted: [],
    sentenceIndex: (s) => sentenceIndex.get(s) ?? 0,
    demonymAt: (offset) => demonyms.get(offset),
    wordIndexAt: (offset) => lowerBound(ws, (w) => w.start, offset),
  };
  const rejected: Rejection[] = [];
  const figures: Figure[] = [];
  let ni = 0;
  for (const s of sents) {
    while (ni < numbers.length && numbers[ni].start < s.start) ni++;
    const inSentence = [];
    while (ni < numbers.length && numbers[ni].end <= s.end) inSentence.push(numbers[ni++]);
    const found = figuresIn(ctx, inSentence, s, rejected);
    figures.push(...found);
  }

  // Attribution, sentence by sentence, carried forward while no new cue appears.
  const refs = new Referents();
  const attributions = new Map<Sentence, Attribution | null>();
  const unattributed = new Map<Sentence, string>();
  const byClause = new Map<Sentence, AttributedClause[]>();
  let carried: Attribution | null = null;
  let carriedAt = 0;
  for (let i = 0; i < sents.length; i++) {
    const s = sents[i];
    // an attribution carries into the neighbouring sentence of its paragraph, not further, nor across a line break
    if (carried && (i - carriedAt > 1 || text.slice(sents[i - 1].end, s.start).includes('\n'))) carried = null;
    let own = attributionIn(text, s, refs, published);
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
    }
    const clauses = own && !own.unnamed ? contrastedClauses(text, s, refs, published) : null;
    if (clauses) byClause.set(s, clauses);
    if (own?.unnamed) {
      attributions.set(s, null);
      unattributed.set(s, `"${own.mention}" names nobody`);
      carried = null;
    } else if (own) {
      attributions.set(s, own);
      if (!own.quoteTag) { carried = own; carriedAt = i; }
    } else if (s.headline && sents.indexOf(s) > 0 && carried) {
      // a heading inside the text opens a new section in the writer's voice ("Where Does The Figure Come From?"):
      // nothing is carried into it, nor across it
      attributions.set(s, null);
      unattributed.set(s, 'a heading in the writer\'s voice: nothing carried into it');
      carried = null;
    } else if (carried && writersOwn(text.slice(s.start, s.end))) {
      // the writer's own reasoning or description ("That footage showed…", "The figure most likely comes from…")
      attributions.set(s, null);
      unattributed.set(s, 'the writer\'s own reasoning or description: nothing carried into it');
    } else {
      attributions.set(s, carried ? { ...carried, carried: true } : null);
    }
  }

  // a described body ("Kazakhstan's main intelligence agency") or an acronym is the organisation the text names
  const orgs = organisationsIn(text, names);
  const resolvedOrg = new Map<Attribution, Attribution>();
  const toOrganisation = (a: Attribution): Attribution => {
    if (resolvedOrg.has(a)) return resolvedOrg.get(a)!;
    let out = a;
    // a person's name is no description
    // a person ("Nurtai Abykaev", named with the KNB's title) stays the person
    const orgLike = /[’']s\b|\(|\b[A-Z]{2,8}\b/.test(a.name) || /\b(agency|agencies|service|services|committee|ministry|bureau|directorate|department|police|intelligence|security)\b/i.test(a.name);
    if (orgLike && !/^(he|she|they|it|we)$/i.test(a.mention)) {
      const org = resolveOrganisation(a.mention, a.at, orgs, names) ?? (a.name !== a.mention ? resolveOrganisation(a.name, -1, orgs, []) : null);
      if (org && org.name !== a.name) out = { ...a, name: org.name, resolvedFrom: a.name };
    }
    resolvedOrg.set(a, out);
    return out;
  };
  for (const [s, a] of attributions) if (a) attributions.set(s, toOrganisation(a));

  const work: Work[] = figures.map((fig, i) => {
    const prev = figures[i - 1];
    const next = figures[i + 1];
    const leftStart = prev && prev.sentence === fig.sentence ? prev.end : fig.sentence.start;
    const rightEnd = next && next.sentence === fig.sentence ? next.start : fig.sentence.end;
    let attribution = attributions.get(fig.sentence) ?? null;
    const clause = byClause.get(fig.sentence)?.find((c) => c.start <= fig.start && fig.end <= c.end);
    if (clause) attribution = toOrganisation(clause.attribution);
    let why = unattributed.get(fig.sentence) ?? null;
    // "The latest estimate by X that 300 … most likely comes from a video that showed around 150 …": after the
    // writer's reasoning about an attributed figure, a further figure is the writer's own description
    if (attribution && (attribution.carried || NOMINAL_CUE.test(attribution.cue))) {
      const from = attribution.carried ? fig.sentence.start : Math.max(fig.sentence.start, attribution.at + attribution.mention.length);
      if (from < fig.start && WRITER_REASONING.test(text.slice(from, fig.start))) {
        why = `after the writer's own reasoning about "${attribution.mention}"'s figure`;
        attribution = null;
      }
    }
    return { fig, leftStart, rightEnd, metric: null, metricReason: '', status: null, country: null, countryReason: '', foreign: false, partOf: null, relations: [], attribution, unattributed: why, when: null };
  });

  relate(text, work);
  classifyMetric(text, work);
  lendRestatedClaimants(work);
  placeCountries(text, work, names, lexicon, sentenceOf);

  const groups = names.filter((n) => n.type === 'group');
  const groupOf: (NameMention | null)[] = [];
  // the headline lines and the lead sentence frame the whole text
  const lead = sents.findIndex((x) => !x.headline);
  let frameEnd = lead >= 0 ? sents[lead].end : (sents[sents.length - 1]?.end ?? 0);
  // the lead is the first paragraph: its sentences up to the first line break
  for (let k = lead + 1; lead >= 0 && k < sents.length && !text.slice(sents[k - 1].end, sents[k].start).includes('\n'); k++) frameEnd = sents[k].end;
  const candidates: Candidate[] = work.map((w, i) => {
    const { fig } = w;
    const s = fig.sentence;
    const reasons: Record<string, string> = {};
    reasons.value = fig.approximation === 'vague' ? `"${text.slice(fig.number.start, fig.number.end)}" gives no number`
      : fig.fraction !== null ? `a share: ${fig.fraction}` : fig.upper ? 'two numbers joined as a range' : `the number as written: ${text.slice(fig.number.start, fig.number.end)}`;
    reasons.approximation = fig.qualifier ? `"${fig.qualifier}" → ${fig.approximation}` : fig.approximation === 'vague' ? 'a word of quantity, no number' : `no qualifier → ${fig.approximation}`;
    reasons.people = fig.peopleReason;
    reasons.metric = w.metricReason;
    reasons.country = w.countryReason;
    // group: named in the sentence; else the whole's, for a part; else the frame of the headline and lead; else none
    const gi = lowerBound(groups, (g) => g.start, s.start);
    const inSentence: NameMention[] = [];
    for (let k = gi; k < groups.length && groups[k].start < s.end; k++) if (groups[k].end <= s.end) inSentence.push(groups[k]);
    const nearest = inSentence.sort((a, b) => Math.abs(a.start - fig.start) - Math.abs(b.start - fig.start))[0];
    const wholeGroup = w.partOf !== null && w.partOf < i ? groupOf[w.partOf] : null;
    const framing = !nearest && !wholeGroup ? groups.find((g) => g.end <= frameEnd) : undefined;
    const group = nearest ?? wholeGroup ?? framing ?? null;
    groupOf[i] = group;
    if (group) reasons.group = nearest ? `"${group.text}" in the sentence` : wholeGroup ? 'as the figure it is part of' : `"${group.text}" in the headline or lead`;
    // when it holds
    const after = datesIn(text, fig.end, w.rightEnd, published).find((d) => !d.cumulativeStart);
    const leftDates = datesIn(text, w.leftStart, fig.start, published).filter((d) => !d.cumulativeStart);
    let when = after ?? leftDates[leftDates.length - 1] ?? null;
    // a list shares its date: "in April 2019, among them 74 children, 32 women and four men"
    const prevItem = work[i - 1];
    if (!when && prevItem && prevItem.fig.sentence === s && prevItem.when && /^[^.;:]{0,30}$/.test(text.slice(prevItem.fig.end, fig.start)) && /(,|\band\b)/.test(text.slice(prevItem.fig.end, fig.start))) when = prevItem.when;
    w.when = when;
    const a0 = w.attribution;
    const stated = a0 && !a0.carried ? a0.stated_on : null;
    // a figure the text does not date holds when the dated article states it ("since 2014" only says where a count
    // starts), unless the sentence tells it as past ("had been killed", "earlier", "at the time")
    const told = text.slice(s.start, s.end);
    if (!when && !stated && published && /^\d{4}-\d{2}-\d{2}$/.test(published) && !/\b(?:had|earlier|previously|formerly|at the time|then|in the past|used to)\b/i.test(told)) {
      when = { start: -1, end: -1, text: '', value: published, cumulativeStart: false };
    }
    if (when) reasons.as_of = when.start < 0 ? 'nothing in the text dates it: the article\'s date' : `"${when.text}"${when.text === when.value ? '' : ` → ${when.value}`}`;
    else if (stated) reasons.as_of = `when it was said ("${a0!.stated_text}")`;
    if (stated) reasons.stated_on = `"${a0!.stated_text}" by the cue`;
    const a = w.attribution;
    if (a) reasons.claimant = a.carried ? `carried from an earlier sentence ("${a.mention}")` : `"${a.mention}" ${a.cue ? `before "${a.cue}"` : 'named as the source'}`;
    if (a?.restated) reasons.claimant = `restated later as "${a.mention}" ${a.cue}'s figure of the same value and metric`;
    if (a?.resolvedFrom) reasons.claimant += `; "${a.resolvedFrom}" is ${a.name}, the one such body the text names`;
    else if (!a) reasons.claimant = `nobody named: the publisher's own statement${w.unattributed ? ` (${w.unattributed})` : ''}`;
    const relations: CandidateRelation[] = w.relations.map((r) => ({ type: r.type, target: `c${r.target + 1}` }));
    // a share of a known whole also gets the figure it implies ("around half" of 300 → 150)
    let value = fig.value;
    if (fig.fraction !== null && w.partOf !== null) {
      const whole = work[w.partOf].fig;
      const base = whole.value ?? null;
      if (base !== null) {
        value = Math.round(base * fig.fraction);
        reasons.value = `${fig.fraction} of ${base}`;
      }
    }
    let confidence = 0.45;
    if (fig.noun) confidence += 0.2;
    if (w.status) confidence += 0.1;
    if (a && !a.carried) confidence += 0.1;
    if (w.country || w.foreign) confidence += 0.05;
    if (fig.approximation === 'vague') confidence -= 0.1;
    if (fig.number.kind === 'words' && fig.number.value !== null && fig.number.value <= 2) confidence -= 0.1;
    if (s.headline) confidence -= 0.05;
    const quote = quoteOf(text, s.start, s.end);
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
      location: null,
      group: group?.ref ?? null,
      claimant: a ? { name: a.name, mention: a.carried ? null : a.mention, actor_id: null, new: true } : null,
      cue: a && !a.carried ? a.cue || null : null,
      relayed_by: a?.relayed_by ?? null,
      hedge: fig.hedge,
      // a figure stated in the present holds when it was said, unless the text dates it otherwise
      as_of: when?.value ?? stated ?? null,
      as_of_text: (when?.text || null) ?? (stated ? a0!.stated_text : null),
      stated_on: stated,
      quote,
      relations,
      confidence: Math.round(Math.min(0.95, Math.max(0.05, confidence)) * 100) / 100,
      reasons,
      existing_claim_ids: [],
    };
  });
  return { candidates, rejected: rejected.map((r) => ({ start: r.number.start, end: r.number.end, kind: r.kind })) };
}

/**
 * "The latest estimate by X that 300 militants …" restates a figure given before: its named claimant is lent to an
 * earlier mention of the same value and metric that names nobody, or only describes its source ("the agency").
 * Only a restatement by a noun cue lends, and only one claimant: two restatements by different claimants lend nothing.
 */
function lendRestatedClaimants(work: Work[]): void {
  const described = (a: Attribution) => !a.resolvedFrom && /^(?:the\s+)?(?:[\p{Lu}][\p{L}’'-]+[’']s\s+)?(?:[\p{Ll}-]+\s+){0,3}(?:agency|agencies|service|services|committee|ministry|bureau|directorate|department|police|intelligence)$/u.test(a.mention);
  for (const w of work) {
    if (w.unattributed || (w.attribution && !described(w.attribution))) continue;
    const value = w.fig.value;
    if (value === null || !w.metric) continue;
    const lenders = work.filter((o) => o !== w && o.fig.start > w.fig.start && o.fig.value === value && o.metric === w.metric && o.attribution && !o.attribution.carried
      && NOMINAL_CUE.test(o.attribution.cue) && !described(o.attribution) && !/^(he|she|they|it|we)$/i.test(o.attribution.mention));
    const names = new Set(lenders.map((o) => o.attribution!.name));
    if (names.size !== 1) continue;
    const lender = lenders[0].attribution!;
    w.attribution = { ...lender, carried: true, restated: true };
  }
}

/** part_of ("151 of the 426", "11 of whom", "including 150 women", shares), supersedes ("to 1,500 from 1,100"), contradicts. */
function relate(text: string, work: Work[]): void {
  for (let i = 0; i < work.length; i++) {
    const w = work[i];
    const { fig } = w;
    const s = fig.sentence;
    const next = work[i + 1];
    const after = text.slice(fig.end, fig.end + 40);
    const beforeText = text.slice(Math.max(s.start, fig.start - 60), fig.start);
    const prevInSentence = i > 0 && work[i - 1].fig.sentence === s ? i - 1 : null;
    // the nearest earlier figure, this sentence or the previous two
    let prevNear: number | null = null;
    for (let j = i - 1; j >= 0; j--) {
      const gap = text.slice(work[j].fig.end, fig.start);
      if ((gap.match(/[.!?](\s|$)/g) ?? []).length > 2) break;
      if (work[j].fig.fraction === null) { prevNear = j; break; }
    }
    if (next && next.fig.sentence === s && /^\s+(?:[\p{L}-]+\s+)?of\s+(?:the|these|those|its|their|our|all)\s+(?:[\p{L}-]+\s+){0,2}$/u.test(text.slice(fig.end, next.fig.start))) {
      w.partOf = i + 1;
    } else if (/^\s*(?:more\s+)?(?:[\p{L}]+\s+)?of\s+(whom|them|these|those)\b/iu.test(after) && prevNear !== null) {
      w.partOf = prevNear;
    } else if (fig.fraction !== null && prevNear !== null) {
      w.partOf = prevNear;
    } else if (/\b(including|included|includes|include|among them|among whom|of whom|of them|of these|of those|among those|comprising|consisting of)\s*[,–—-]?\s*$/i.test(beforeText) && prevNear !== null) {
      w.partOf = prevNear;
    } else if (/^\s*(most|many|some|all|several)?\s*(of|among)\s+(them|these|those|whom)\b/i.test(text.slice(s.start, fig.start)) && prevNear !== null && prevInSentence === null) {
      w.partOf = prevNear;
    } else {
      const ofThe = /^\s*Of\s+the\s*$/i.exec(text.slice(s.start, work[i - 1]?.fig.start ?? s.start));
      if (ofThe && prevInSentence !== null) w.partOf = prevInSentence;
    }
    // a list continues the relation of its first item: "including 232 in Syria, 12 in Iraq and 6 in Turkey"
    if (w.partOf === null && prevInSentence !== null && work[prevInSentence].partOf !== null && work[prevInSentence].partOf !== i) {
      const gap = text.slice(work[prevInSentence].fig.end, fig.start);
      if (gap.length < 60 && /(,|\band\b)/.test(gap) && !/\b(said|says|while|but|whereas)\b/.test(gap)) w.partOf = work[prevInSentence].partOf;
    }
    if (w.partOf !== null) w.relations.push({ type: 'part_of', target: w.partOf });
  }
  // supersedes: within a sentence, the figure after "to" replaces the one after "from", and a series continues it
  const bySentence = new Map<Sentence, number[]>();
  work.forEach((w, i) => bySentence.set(w.fig.sentence, [...(bySentence.get(w.fig.sentence) ?? []), i]));
  for (const [s, idx] of bySentence) {
    if (idx.length < 2) continue;
    const fromAt = idx.findIndex((i) => /\bfrom\s+(?:[\p{L}-]+\s+){0,4}$/iu.test(text.slice(Math.max(s.start, work[i].fig.start - 50), work[i].fig.start)));
    if (fromAt < 0) continue;
    const toAt = idx.findIndex((i, k) => k !== fromAt && /\bto\s+(?:[\p{L}-]+\s+){0,2}$/iu.test(text.slice(Math.max(s.start, work[i].fig.start - 30), work[i].fig.start)));
    if (toAt < 0) continue;
    if (toAt < fromAt) {
      // "jumped to 1,500 from a previous estimate of around 1,100"
      work[idx[toAt]].relations.push({ type: 'supersedes', target: idx[fromAt] });
    } else {
      for (let k = fromAt + 1; k < idx.length; k++) {
        if (work[idx[k]].partOf !== null) break;
        work[idx[k]].relations.push({ type: 'supersedes', target: idx[k - 1] });
      }
    }
  }
  // contradicts: a figure stated against another's ("disputed the figures", "while other researchers estimate")
  for (let i = 0; i < work.length; i++) {
    const s = work[i].fig.sentence;
    const window = text.slice(Math.max(0, s.start - 200), s.end);
    if (!/\b(disputed?|contradict(?:s|ed)?|rejected|denied|challenged|questioned|while other|whereas other)\b/i.test(window)) continue;
    for (let j = i - 1; j >= 0; j--) {
      if (work[j].fig.sentence === s) continue;
      const a = work[i].attribution;
      const b = work[j].attribution;
      if (a && b && a.name === b.name) continue;
      if (work[j].partOf !== null) continue;
      work[i].relations.push({ type: 'contradicts', target: j });
      break;
    }
  }
}

function nearestStatus(hits: StatusHit[], anchor: number, preferStrong: boolean): StatusHit | null {
  const sorted = [...hits].sort((a, b) => Math.abs(a.start - anchor) - Math.abs(b.start - anchor));
  if (preferStrong) return sorted.find((h) => h.strong) ?? sorted[0] ?? null;
  return sorted[0] ?? null;
}

/**
 * Where the words that tell about a figure end: the next figure of the sentence, or past a part set in it ("74 people,
 * among them 54 children, have been flown back to Kazakhstan": the whole's verb and place come after the part).
 */
function predicateEnd(text: string, work: Work[], i: number): number {
  const w = work[i];
  const next = work[i + 1];
  if (!next || next.partOf !== i || !/^[^.;:]{0,40},\s*(?:among\s+(?:them|whom)|including|of\s+(?:them|whom))\s*$/i.test(text.slice(w.fig.end, next.fig.start))) return w.rightEnd;
  // the last part of the list set in the whole ("including 25 women and 68 children,")
  let last = i + 1;
  while (work[last + 1]?.partOf === i && work[last + 1].fig.sentence === w.fig.sentence) last++;
  return /^[^,]*,/.test(text.slice(work[last].fig.end, work[last].rightEnd)) ? work[last].rightEnd : w.rightEnd;
}

function classifyMetric(text: string, work: Work[]): void {
  const isWhole = new Set(work.map((w) => w.partOf).filter((p): p is number => p !== null));
  for (let i = 0; i < work.length; i++) {
    const w = work[i];
    const { fig } = w;
    let rightEnd = w.rightEnd;
    // "151 of the 426 … have been killed": the part's verb comes after its whole
    if (w.partOf === i + 1) rightEnd = work[i + 1].rightEnd;
    rightEnd = Math.max(rightEnd, predicateEnd(text, work, i));
    const left = statusesIn(text, w.leftStart, fig.start).filter((h) => fig.start - h.end < 120);
    // the verb that takes the figure as its object ("has prosecuted 25 returnees and issued warrants for 40") governs
    // it up to the next coordinated clause
    const governing = left.find((h) => h.strong && /^\s*(?:[\p{L}-]+\s+){0,3}$/u.test(text.slice(h.end, fig.start)) && !/\b(?:and|or|but|of|while)\s/.test(text.slice(h.end, fig.start)));
    if (governing) {
      const from = fig.noun ? fig.noun.end : fig.end;
      const stop = /,\s|\s(?:and|but|while|whereas|or)\s/.exec(text.slice(from, rightEnd));
      if (stop) rightEnd = from + stop.index;
    }
    // the counted noun is not its own status ("returnees had been convicted"), its modifiers are ("250 imprisoned fighters")
    const inNoun = fig.noun && fig.noun.end <= rightEnd ? fig.noun : null;
    let right = (inNoun ? [...statusesIn(text, fig.end, inNoun.start), ...statusesIn(text, inNoun.end, rightEnd)] : statusesIn(text, fig.end, rightEnd))
      .filter((h) => h.start - fig.end < 90);
    // …unless the noun is itself a participle of status: "12 wounded", "40 dead"
    if (!right.length && inNoun && /^(?:wounded|injured|killed|dead|arrested|detained|missing|deported|repatriated|returned|convicted|charged)$/i.test(inNoun.text)) right = statusesIn(text, inNoun.start, inNoun.end);
    const whole = isWhole.has(i) && work.some((o, k) => o.partOf === i && k === i - 1);
    // the predicate ("… were under investigation") outranks a description of the whole ("of the women brought back")
    const predicate = right.filter((h) => /\b(are|were|is|was|been|be|have|has|had)\s+(?:\w+\s+)?$/i.test(text.slice(Math.max(0, h.start - 20), h.start)) && h.strong);
    let hit = whole ? nearestStatus(right.filter((h) => !predicate.includes(h)), fig.end, false) : nearestStatus(predicate.length ? predicate : right, fig.end, true);
    if (!hit || (!hit.strong && !whole)) {
      const l = nearestStatus(left, fig.start, true);
      if (l && (!hit || l.strong)) hit = l;
    }
    w.status = hit;
  }
  for (let i = 1; i < work.length; i++) {
    const w = work[i];
    const prev = work[i - 1];
    // "about 9,000 people last December and more than 60,000 today": a list continues its first item's status
    if (!w.status && prev.fig.sentence === w.fig.sentence && prev.status && w.partOf === null) {
      const gap = text.slice(prev.fig.end, w.fig.start);
      if (/^[^.;:]{0,50}$/.test(gap) && /(,|\band\b|\bor\b|\bthen\b|\bto\b)/.test(gap) && !/\b(are|were|is|was|have|has|had)\b/.test(gap)) w.status = prev.status;
    }
  }
  for (let i = work.length - 1; i >= 0; i--) {
    const w = work[i];
    const next = work[i + 1];
    // "Forty-one children and 18 women were repatriated": a list shares the verb of its last item
    if (!w.status && next && next.fig.sentence === w.fig.sentence && next.status && next.status.start > next.fig.end && next.partOf !== i) {
      const gap = text.slice(w.fig.end, next.fig.start);
      if (/^[^.;:]{0,40}$/.test(gap) && /(,|\band\b|\bor\b)/.test(gap) && !/\b(are|were|is|was|have|has|had)\b/.test(gap)) w.status = next.status;
    }
  }
  for (let i = 0; i < work.length; i++) {
    const w = work[i];
    const { fig } = w;
    // "around half of whom are women": the share's noun comes after "of whom are"
    const ofWhom = /^\s+of\s+(?:whom|them|those|these)\s+(?:are|were|is|was)\s+([\p{L} ,]{3,40})/u.exec(text.slice(fig.end, fig.end + 60));
    const np = ofWhom ? ofWhom[1] : fig.noun ? text.slice(fig.noun.start, Math.min(fig.sentence.end, fig.noun.start + 40)) : '';
    const nounBased = np ? nounMetric(np) : null;
    const whole = w.partOf !== null && w.partOf < i ? work[w.partOf] : null;
    if (whole?.status?.strong && (!w.status || !w.status.strong) && (!nounBased || /^(women|children|women_and_children)$/.test(nounBased))) {
      // "The group included 98 children": a part of the returnees is returnees (children is its subgroup)
      w.metric = whole.metric;
      w.status = whole.status;
      w.metricReason = `as the figure it is part of ("${whole.status.words}")`;
    } else if (w.status && (w.status.strong || !nounBased)) {
      w.metric = w.status.metric;
      w.metricReason = `"${w.status.words}" near the figure`;
    } else if (fig.topic && !nounBased && statusesIn(text, fig.topic.start, fig.topic.end).length) {
      const t = statusesIn(text, fig.topic.start, fig.topic.end)[0];
      w.metric = t.metric;
      w.status = t;
      w.metricReason = `"${t.words}" in "${text.slice(fig.topic.start, fig.topic.end)}"`;
    } else if (nounBased) {
      w.metric = nounBased;
      w.metricReason = `counts "${fig.noun!.text}"`;
    } else if (w.partOf !== null && work[w.partOf].metric && w.partOf < i) {
      w.metric = work[w.partOf].metric;
      w.metricReason = 'as the figure it is part of';
    } else {
      const prev = work[i - 1];
      const close = prev && (text.slice(prev.fig.end, fig.start).match(/[.!?](\s|$)/g) ?? []).length <= 2;
      if (prev && close && prev.metric && !fig.noun && !fig.topic) {
        w.metric = prev.metric;
        w.metricReason = 'continues the figure before it';
      } else {
        w.metric = 'foreign_fighters';
        w.metricReason = fig.noun ? `counts "${fig.noun.text}"` : 'no status stated: travellers by default';
      }
    }
    const noun = fig.noun?.lower ?? '';
    const sentenceText = text.slice(fig.sentence.start, fig.sentence.end);
    if (w.metric === 'killed' && (/^(victims|casualties|civilians|soldiers|troops|servicemen|policemen|officers|guards|peacekeepers|villagers|worshippers|passengers|pupils|schoolchildren|students|residents|bystanders|pedestrians|shoppers|tourists)$/.test(noun)
      || /^(people|persons|dead)$/.test(noun) && /\b(attacks?|raids?|bombings?|shootings?|blasts?|explosions?|massacres?|ambush)\b/i.test(sentenceText) && !/\b(died|deaths)\b/i.test(w.status?.words ?? ''))) {
      w.metric = 'victims_killed';
      w.metricReason += '; victims';
    }
    else if (w.metric === 'killed' && /^(people|persons|civilians|refugees|residents)$/.test(noun) && /\b(died|deaths)\b/i.test(w.status?.words ?? '')) { w.metric = 'deaths'; w.metricReason += '; people who died'; }
    else if (w.metric === 'killed' && /\battacks?\b/i.test(text.slice(fig.sentence.start, fig.sentence.end)) && /^(people|persons|civilians)$/.test(noun)) w.metric = 'victims_killed';
  }
}

const WORLDWIDE = /^[^.;]*?(?:\bfrom\s+(?:more than |over |some |about |around |nearly |almost )?\S+\s+(?:different\s+)?countries\b|\b(?:worldwide|from around the world|from across the world|globally)\b)/i;

function placeCountries(text: string, work: Work[], names: NameMention[], lexicon: Lexicon, sentenceOf: (offset: number) => Sentence): void {
  const places = names.filter((n) => n.type === 'place');
  const groupList = names.filter((n) => n.type === 'group');
  const groupsIn = (from: number, to: number) => {
    const out: NameMention[] = [];
    for (let k = lowerBound(groupList, (g) => g.start, from); k < groupList.length && groupList[k].start < to; k++) if (groupList[k].end <= to) out.push(groupList[k]);
    return out;
  };
  // a demonym names whose nationals are counted when it is a plural ("Kazakhs") or qualifies people ("Kazakh
  // militants", "Belgian IS fighters"), not a thing ("the Syrian warzone", "a Syrian doctor")
  const demonymOfPeople = (n: NameMention) => {
    if (/s$/i.test(n.text) && !/(ss|sh|ch)$/i.test(n.text)) return true;
    const after = words(text, n.end, Math.min(text.length, n.end + 60)).slice(0, 4);
    for (const w of after) {
      if (/[.,;:!?]/.test(text.slice(n.end, w.start))) return false;
      const kind = nounKind(w.lower);
      if (kind) {
        // "Syrian refugee camps": the last noun of a compound decides
        const next = words(text, w.end, Math.min(text.length, w.end + 30))[0];
        const head = next && /^\s+$/.test(text.slice(w.end, next.start)) ? nounKind(next.lower) : null;
        return (head ?? kind) === 'people';
      }
      if (!/^[\p{Lu}]/u.test(w.text) && !/^(and|or|former|foreign|young|male|female|other|suspected|alleged|radical|islamist|jihadist|extremist)$/i.test(w.lower)) return false;
    }
    return false;
  };
  const within = (from: number, to: number) => {
    const out: NameMention[] = [];
    for (let k = lowerBound(places, (p) => p.start, from); k < places.length && places[k].start < to; k++) if (places[k].end <= to) out.push(places[k]);
    return out;
  };
  const asNationals = (n: NameMention) => {
    if (n.form === 'demonym') return demonymOfPeople(n);
    const before = text.slice(Math.max(0, n.start - 40), n.start);
    const after = text.slice(n.end, n.end + 24);
    // "militants from the Russian Federation", "were from Indonesia", "travelled from Germany to Syria": an origin;
    // "brought back from Syria": a place
    if (/\bfrom\s+(the\s+)?$/i.test(before)) {
      const head = /([\p{L}\p{N},.]+)\s+from\s+(?:the\s+)?$/u.exec(before)?.[1]?.toLowerCase() ?? '';
      const s = sentenceOf(n.start);
      if (/\b(repatriat\w*|(?:brought|brings?|bringing|took|taken|takes|flown|flew) (?:back|home)|returned|returning|deported|evacuated|rescued|flown)\b/i.test(text.slice(s.start, s.end))) return false;
      return nounKind(head) === 'people' || /^(\d[\d,.]*|hundreds|thousands|dozens|scores|several|many|some|most)$/.test(head) || /^(are|were|is|was|come|came|hail|hailed|originate|originated|originally)$/.test(head) || /^\s+(to|for)\b/.test(after);
    }
    if (/\b(citizens|nationals|natives|residents)\s+of\s+(the\s+)?$/i.test(before)) return true;
    // "flown back to Kazakhstan", "repatriated to Tajikistan": people brought home are its nationals
    if (/\b(?:back|home|repatriated|deported|extradited|returned|returning)\s+to\s+(the\s+)?$/i.test(before)) return true;
    if (/^[’']s\b/.test(after)) return true;
    // the state acting on its own nationals: "Kosovo brought back 110 of its citizens", "Tajikistan has repatriated…"
    if (/\b(in|into|to|from|at|on|across|for|of|with|by|near|inside|throughout|within|toward|towards)\s+(the\s+)?$/i.test(before)) return false;
    if (/^\s+(has|have|had|is|was|says|said|brings|brought|bringing|took|takes|repatriated|repatriates|returned|received|accepted|accepts|recently|also|already|will|now|estimates|estimated|counts|counted)\b/.test(after)) return true;
    return false;
  };
  // the nationality the text is mostly about: the fallback for figures that name none
  const counts = new Map<string, number>();
  for (const p of places) {
    if (lexicon.place(p.ref)?.kind === 'country' && asNationals(p)) counts.set(p.ref, (counts.get(p.ref) ?? 0) + 1);
  }
  // only a clear majority: a text about several nationalities has no default
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  const dominant = ranked.length && ranked[0][1] >= 2 && (ranked.length === 1 || ranked[0][1] >= 2 * ranked[1][1]) ? ranked[0][0] : null;
  for (let i = 0; i < work.length; i++) {
    const w = work[i];
    const { fig } = w;
    const nounEnd = fig.noun ? fig.noun.end : fig.end;
    const np = text.slice(fig.end, Math.max(nounEnd, fig.end));
    if (WORLDWIDE.test(text.slice(fig.end, Math.min(w.rightEnd, fig.end + 90))) && lexicon.place('001')) {
      // "40,000 foreign fighters from 110 countries": an aggregate over the world
      w.country = '001';
      w.countryReason = 'people from many countries: the world';
      continue;
    }
    if (/\bforeign(ers)?\b/i.test(np) || /\bother nationals\b/i.test(text.slice(fig.end, w.rightEnd)) || /\b(?:come|came|arrived|travell?ed)\s+from\s+(overseas|abroad)\b/i.test(text.slice(fig.end, w.rightEnd))) {
      w.foreign = true;
      w.country = null;
      w.countryReason = 'foreign nationals of several countries';
      continue;
    }
    let rightEnd = predicateEnd(text, work, i);
    if (w.partOf === i + 1) rightEnd = work[i + 1].fig.start;
    // "fewer than 1,000 Islamic State fighters remain": a group's strength, whoever its members are
    const groupFighters = fig.noun && FIGHTER_NOUNS.test(fig.noun.lower) && groupsIn(fig.end, fig.noun.start).length > 0
      && !within(fig.end, rightEnd).some((p) => asNationals(p));
    if (groupFighters) {
      w.country = null;
      w.countryReason = 'the group\'s fighters, of any nationality';
      w.metric = w.status && w.status.metric !== 'still_in_conflict_zone' && w.status.metric !== 'foreign_fighters' ? w.metric : 'members';
      continue;
    }
    const inNp = within(fig.end, Math.max(nounEnd, fig.end) + 1)[0];
    const right = within(fig.end, Math.min(rightEnd, fig.end + 90)).find((p) => asNationals(p));
    const left = within(w.leftStart, fig.start).filter((p) => asNationals(p)).pop();
    const hit = inNp ?? right ?? left ?? null;
    if (hit) {
      // a named set: "Dutch and Belgian fighters", "Tunisians, Moroccans and Algerians"
      const set = [hit];
      for (let k = places.indexOf(hit) + 1; k < places.length && places[k].form === hit.form; k++) {
        if (!/^\s*(?:,|and|or|,\s*and)\s*$/.test(text.slice(set[set.length - 1].end, places[k].start))) break;
        set.push(places[k]);
      }
      const codes = [...new Set(set.map((p) => p.ref))];
      w.country = codes.length > 1 ? codes : hit.ref;
      w.countryReason = `"${text.slice(hit.start, set[set.length - 1].end)}"`;
      continue;
    }

    const whole = w.partOf !== null ? work[w.partOf] : null;
    if (whole && (whole.country || whole.foreign) && w.partOf! < i) {
      w.country = whole.country;
      w.foreign = whole.foreign;
      w.countryReason = 'as the figure it is part of';
      continue;
    }
    const prev = work[i - 1];
    const close = prev && (text.slice(prev.fig.end, fig.start).match(/[.!?](\s|$)/g) ?? []).length <= 3;
    if (prev && close && prev.country) {
      w.country = prev.country;
      w.countryReason = 'as the figure before it';
      continue;
    }
    if (dominant) {
      w.country = dominant;
      w.countryReason = 'the nationality the text is about';
    }
  }
  for (const w of work) {
    const saysForeign = /foreign fighters|from (?:more than |over |some |about )?\S+ countries/i.test(text.slice(w.fig.end, w.rightEnd));
    if (!w.foreign && !saysForeign && (w.metric === 'foreign_fighters' || w.metric === 'still_in_conflict_zone') && !w.country && w.fig.noun && FIGHTER_NOUNS.test(w.fig.noun.lower)) {
      w.metric = 'members';
      w.metricReason += '; no nationality: the group\'s strength';
    }
  }
}
