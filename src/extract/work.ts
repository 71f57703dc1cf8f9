/**
 * The extractor's working record of one figure while its fields are assigned, and helpers the field passes share.
 */
import type { Attribution } from './attribution';
import type { CandidateRelation } from './candidate';
import type { DateMention } from './dates';
import type { Figure } from './figureContext';
import type { StatusHit } from './metric';
import { lowerBound } from './sorted';

export const FIGHTER_NOUNS =
  /^(fighters?|militants?|jihadists?|jihadis?|terrorists?|insurgents?|rebels?|combatants?|members?|extremists?)$/i;

/**
 * Where the clause that ends at `at` opens, looking back no further than `from` (a sentence's start, a figure's left
 * reach): after the last semicolon between them, else `from` ("…fighters from Russia; 760 of the 3,244…").
 */
export function clauseOpening(text: string, from: number, at: number): number {
  return from + text.slice(from, at).lastIndexOf(';') + 1;
}

/** The names of `sorted` (ordered by start) that lie wholly within [from, to): a sentence's groups, a span's places. */
export function namesWithin<T extends { start: number; end: number }>(sorted: T[], from: number, to: number): T[] {
  const out: T[] = [];
  for (let k = lowerBound(sorted, (n) => n.start, from); k < sorted.length && sorted[k].start < to; k++)
    if (sorted[k].end <= to) out.push(sorted[k]);
  return out;
}

/**
 * The rule that decided a figure's country, or found it has none. Later rules read this tag (a list item's country is
 * not carried past its sentence; a group's strength takes no country framed by the text; a country carried from a
 * strength is taken back), never the words of the reason, which are for the editor.
 */
export type CountryRule =
  /** "people from 110 countries": the world, or foreign nationals of several countries */
  | 'world'
  | 'foreign'
  /** "went from the region": the region named before */
  | 'region-named-before'
  /** "from the four countries": the set named before in its sentence */
  | 'set-referred-back'
  /** a group's fighters, of any nationality, read from the figure's own words */
  | 'group-fighters'
  /** the nationality its list's lead names */
  | 'list-lead'
  /** the country heading its list item ("France: 41") */
  | 'list-item'
  /** the country people are brought to in their list item ("three to Canada") */
  | 'list-destination'
  /** "residents of the republic": the subdivision named before */
  | 'subdivision-anaphor'
  /** a nationality or origin named by the figure in its clause ("Kazakh militants", "from Belgium") */
  | 'named'
  /** a whole its sentence breaks down at once by nationality, the parts adding up to it: the named set */
  | 'broken-down'
  /** as the figure it is part of */
  | 'part-of'
  /** the country heading its section */
  | 'section'
  /** a state's authorities counting their own cases: no nationality */
  | 'own-cases'
  /** a state's forces counting their own soldiers */
  | 'forces-of-source'
  /** a state's soldiers, gendarmes or police killed or wounded: the state whose forces they are */
  | 'state-forces'
  /** a carry stopped (countryCarry.ts): no nationality */
  | 'carry-stopped'
  /** a state's source, or a state acting, bringing home its own nationals */
  | 'brought-home'
  /** a country opening its sentence as its subject or frame */
  | 'opens-sentence'
  /** the nationality a question before it asks about */
  | 'asked'
  /** a state's cases or people killed after the text turned to another country: no nationality */
  | 'turned-away'
  /** as the figure before it */
  | 'carried'
  /** "citizens" of the country the text names most */
  | 'most-named'
  /** people come back home whom nothing else places: the country the text names most, where people went or are held aside */
  | 'came-home'
  /**
   * a police's or court's cases, people killed, or fighters or members counted where they are (no travel told), in a text
   * about one nationality: no nationality
   */
  | 'cases-not-framed'
  /** a police's or court's cases listed under the country that made them ("• Paraguay: 17 arrests"): no nationality */
  | 'list-item-cases'
  /** the nationality the text is about */
  | 'text-nationality'
  /** the region the text's people are from, named as the origin of a figure before it */
  | 'text-region'
  /** a group's strength (groupStrength.ts and its sequel): no nationality */
  | 'group-fighters-untravelled'
  | 'strength'
  | 'after-strength';

export interface Work {
  fig: Figure;
  leftStart: number;
  rightEnd: number;
  metric: string | null;
  metricReason: string;
  /** Whether the metric is the default of a figure no rule says more of (travellers, or a group's strength). */
  metricByDefault: boolean;
  status: StatusHit | null;
  country: string | string[] | null;
  /** Which rule decided the country (null: none yet): what later rules read; `countryReason` is for people only. */
  countryRule: CountryRule | null;
  countryReason: string;
  /** The words of the text that named the country ("Iraqis", "Dutch and Belgian"), when rule `named` read them. */
  countryNamedBy: { start: number; end: number } | null;
  foreign: boolean;
  partOf: number | null;
  relations: { type: CandidateRelation['type']; target: number }[];
  attribution: Attribution | null;
  /** Why a figure has no claimant though one was named nearby. */
  unattributed: string | null;
  when: DateMention | null;
}

/**
 * Where the words that tell about a figure end: the next figure of the sentence, or past a part set in it ("74 people,
 * among them 54 children, have been flown back to Kazakhstan": the whole's verb and place come after the part).
 */
export function predicateEnd(text: string, work: Work[], i: number): number {
  const w = work[i];
  const next = work[i + 1];
  if (!next || next.partOf !== i) return w.rightEnd;
  const gap = text.slice(w.fig.end, next.fig.start);
  // the part before its "of them", the whole's verb after it: "14 citizens, nine of them children, were brought back"
  const partFirst =
    /^[^.;:]{0,40},\s*$/.test(gap) &&
    /^\s+of\s+(?:them|whom)\b[^.;:,()]{0,40},\s*(?:[\p{L}-]+\s+)?(?:are|were|is|was|have|has|had|will|remain|remained)\b/iu.test(
      text.slice(next.fig.end, next.fig.end + 90),
    );
  if (!partFirst && !/^[^.;:]{0,40},\s*(?:among\s+(?:them|whom)|including|of\s+(?:them|whom))\s*$/i.test(gap)) return w.rightEnd;
  // the last part of the list set in the whole ("including 25 women and 68 children,")
  let last = i + 1;
  while (work[last + 1]?.partOf === i && work[last + 1].fig.sentence === w.fig.sentence) last++;
  return /^[^,]*,/.test(text.slice(work[last].fig.end, work[last].rightEnd)) ? work[last].rightEnd : w.rightEnd;
}

/** The figure a list's item goes on from: the one before it, past that figure's breakdown ("142 (27 women and 115 …)"). */
/** What sets a bare figure against the one before it: ", against 48 in the whole of 2025", ", compared with 38". */
const SET_AGAINST = /,\s+(?:against|compared\s+(?:with|to)|versus|vs\.?)\s+(?:[\p{L}]+\s+){0,2}$/iu;
/**
 * A bare figure set against the one before it in its sentence: the same count at another time or place ("arrested 61
 * persons …, against 48 in the whole of 2025"), which counts what that one counts.
 */
export function setAgainst(text: string, before: Work, w: Work): boolean {
  return w.fig.sentence === before.fig.sentence && !w.fig.noun && SET_AGAINST.test(text.slice(before.fig.end, w.fig.start));
}

/**
 * A figure told as the new value of a number given before: "the number had risen again, to about 500", "their strength
 * has since fallen to fewer than 300" (the same quantity later).
 */
export const CHANGED_TO =
  /\b(?:the|their|its)\s+(?:number|figure|total|count|strength|estimate)\s+(?:(?:had|has|have)\s+)?(?:(?:since|again|now)\s+)?(?:risen|rose|grown|grew|fallen|fell|dropped|climbed|increased|decreased|declined|shrunk|shrank|jumped|swelled|doubled)(?:\s+again)?,?\s+to\s+(?:(?:about|around|some|roughly|nearly|almost|an\s+estimated|more\s+than|over|fewer\s+than|less\s+than|at\s+least)\s+)?$/i;

/**
 * Two figures of one sentence dated apart, the later with no noun of its own: one quantity at two times, "some 2,500
 * fighters at its peak in 2020 and fewer than 300 by 2023" (a year after each, the second later).
 */
export function datedApart(text: string, before: Work, w: Work): boolean {
  if (w.fig.sentence !== before.fig.sentence || w.fig.noun) return false;
  const YEAR = String.raw`(?:in|by|at\s+the\s+end\s+of|as\s+of)\s+((?:19|20)\d\d)\b`;
  const gap = text.slice(before.fig.end, w.fig.start);
  // (a clause of its own between them tells of other people: "down from 520 in 2024, and that 18 had been repatriated")
  if (/[.;:]|\b(?:that|which|who|whom|is|are|was|were|had|has|have)\b/i.test(gap)) return false;
  const first = new RegExp(String.raw`\b${YEAR}`, 'i').exec(gap)?.[1];
  // the second's date right after it, no verb between: "fewer than 300 by 2023"
  const second = new RegExp(String.raw`^\s+${YEAR}`, 'i').exec(text.slice(w.fig.end, w.fig.sentence.end))?.[1];
  return first !== undefined && second !== undefined && Number(second) > Number(first);
}

export function listedBefore(work: Work[], i: number): Work | undefined {
  let p = i - 1;
  while (p >= 0 && work[p].partOf !== null && work[p].partOf! < p) p = work[p].partOf!;
  return work[p];
}
