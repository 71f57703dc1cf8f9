/**
 * When a figure that names no nationality takes the country of the figure before it. The country carries only while
 * the same people are counted: it stops where the text turns to people of no one nationality — a camp's whole
 * population, a group's fighters in a sentence about the group, victims — and a state's own case count (its police,
 * prosecutors or courts) says which state counts, not whose nationals are counted (the README's rule: "Kenyan police
 * arrested 14" names no nationality).
 */
import { SUBDIVISION_CODE } from '../subdivisionCode';
import { CASE_METRICS, ITEM_LABEL } from './countryFrames';
import { saysForeign } from './foreigners';
import type { NameMention } from './lexicon';
import { lineStart } from './tableColumns';
import type { CountryRule, Work } from './work';
import { FIGHTER_NOUNS } from './work';

/** Nouns for everyone in a place, whatever their nationality. */
const WHOLE_POPULATION =
  /^(people|persons|individuals|residents|inhabitants|population|detainees|internees|occupants|families|households)$/i;

/** "of over 50 nationalities", "of several nationalities", "of different nationalities". */
const SEVERAL_NATIONALITIES =
  /^[^.;]*?\bof\s+(?:(?:over|more than|some|about|around|at least|nearly)\s+)?(?:\d+|[\p{L}-]+)\s+(?:different\s+)?nationalities\b/iu;

/** Nouns for the people who carried out an attack, named by the act: "attackers", "gunmen", "assailants". */
const ATTACKER_NOUNS = /^(attackers|assailants|gunmen|raiders|bombers|hostage-takers)$/i;

/** Nouns that count people as persons or cases only, saying nothing of who they are: "41 persons were convicted". */
const PERSONS_ONLY = /^(people|persons|person|individuals|individual|offenders|arrests|members)$/i;

/**
 * Words before a figure that take its people from people counted before: a fronted whole ("Of the returnees, 54 …", "Of
 * those returned, 52 women …"), a definite restatement ("The four men have been detained"), "another", "a further".
 */
const TAKEN_FROM_BEFORE = /(?:\bof\s+(?:the|them|these|those|whom)\b[^.;]*?,\s*|\b(?:the|another|a\s+further)\s+)$/i;

/**
 * Verbs of going abroad to fight or coming back, the one list of them: "travelled", "left", "went", "departed", "headed",
 * "joined", "returned".
 */
export const TRAVEL_VERBS = 'travel(?:l?ed|l?ing|s)?|left|went|gone|departed|headed|joined|returned';
/** Words that make a case count one of travellers: "travel offences", "attempting to travel", "joining groups abroad". */
const TRAVEL_CASE = new RegExp(`^[^.;]*?\\b(?:${TRAVEL_VERBS}|abroad|overseas|war\\s+zones?|conflict\\s+zones?)\\b`, 'i');

/**
 * Whether a figure is a state's own case count (its arrests, charges, verdicts, investigations…) whose people its words
 * name only as persons ("41 persons were convicted", "449 arrests", "47 people convicted of terrorist offences") and not
 * as a part of people counted before: the README's "EU-wide arrest counts", of no stated nationality.
 */
export function personsOnlyCases(text: string, w: Work): boolean {
  const { fig } = w;
  return (
    // (people stopped from leaving are counted where they come from, as travellers are)
    CASE_METRICS.has(w.metric ?? '') &&
    w.metric !== 'prevented_from_travelling' &&
    fig.noun !== null &&
    PERSONS_ONLY.test(fig.noun.lower) &&
    !PARTITIVE.test(text.slice(fig.end, fig.end + 12)) &&
    !MORE_OF_THEM.test(text.slice(fig.end, fig.end + 12)) &&
    !TAKEN_FROM_BEFORE.test(text.slice(fig.sentence.start, fig.start)) &&
    // (people charged for travelling or trying to are travellers, counted where they come from: "12 individuals have been
    // charged with terrorism travel offences in relation to their attempts to join extremist groups in foreign war zones")
    !TRAVEL_CASE.test(text.slice(fig.end, w.rightEnd))
  );
}

/** Nouns for people counted as an institution's cases. */
const CASE_NOUNS = /^(suspects|defendants|accused|detainees|prisoners|inmates|convicts|arrestees)$/i;

/** An authority as the subject of its own arrests, charges or verdicts, right before the figure. */
const AUTHORITY_ACTS =
  /\b(?:police|policemen|prosecutors?|prosecution|courts?|judges?|tribunals?|authorities|security (?:forces|services)|investigators|gendarmerie)\s+(?:(?:has|have|had)\s+)?(?:(?:also|already|so far|since)\s+)?(?:detained|arrested|charged|indicted|convicted|sentenced|jailed|prosecuted)\s+(?:(?:a further|another|some|about|around|at least|more than|over|nearly)\s+)?$/i;

/**
 * A state or an agency named as the subject of its own arrests, charges or verdicts: "Spain has arrested 71 people",
 * "Densus 88 detained 19" (a proper noun, in capitals, as AUTHORITY_ACTS's nouns are common ones).
 */
const NAMED_AUTHORITY_ACTS =
  /(?<![\p{L}-])\p{Lu}[\p{L}-]+(?:\s+\d+)?\s+(?:(?:has|have|had)\s+)?(?:(?:also|already|so far|since)\s+)?(?:detained|arrested|charged|indicted|convicted|sentenced|jailed|prosecuted)\s+(?:(?:a further|another|some|about|around|at least|more than|over|nearly)\s+)?$/u;

/** "two more", "five further": more of the people counted before. */
export const MORE_OF_THEM = /^\s+(?:more|further)\b/i;

/** "Around 100 of the returnees", "25 of them": a part taken from people counted before, right after the figure. */
export const PARTITIVE = /^\s+of\s+(?:the|them|these|those|whom)\b/i;

/** Words that give another figure for the quantity just counted: "put the figure at ", "puts the number at \"". */
const RESTATED =
  /\b(?:put|puts|putting|placed|places|gave|gives|set|sets)\s+(?:the|that|this|its|their)\s+(?:figure|number|total|count|estimate)\s+at\s+["“]?$/i;

/** Words that say people travelled to join a group: "who left for Syria", "travelled to Iraq", "went to fight". */
export const TRAVELLED = new RegExp(`^[^.;]*?\\b(?:${TRAVEL_VERBS})\\b`, 'i');

export interface CarryDecision {
  country: string | string[] | null;
  rule: CountryRule;
  reason: string;
}

/**
 * Why the figure does not take its predecessor's country, nor the nationality the text is mostly about: the text states
 * no nationality for these people.
 */
export interface CarryStop {
  reason: string;
}

const stops = (reason: string): CarryStop => ({ reason });

/** Why the figure does not take its predecessor's country, or null when it does. */
export function carryStops(
  text: string,
  work: Work[],
  i: number,
  groupsInSentence: NameMention[],
  placeLabelled: (line: number) => boolean = () => false,
): CarryStop | null {
  const w = work[i];
  const { fig } = w;
  // the same quantity at another time ("jumped to 1,500 from around 1,100 militants") counts the same people
  const prev = work[i - 1];
  // (…and "about 140 Sudanese had joined IS; a NISS official put the figure at between 150 and 200": another source's
  // or another time's figure for the quantity just counted)
  const sameQuantity =
    prev !== undefined &&
    ([...prev.relations, ...w.relations].some((r) => r.type === 'supersedes' && (r.target === i || r.target === i - 1)) ||
      (prev.metric === w.metric && RESTATED.test(text.slice(Math.max(prev.fig.end, fig.start - 60), fig.start))));
  // "Around 100 of the returnees": a part taken from people counted before is of the same people
  const partitive = PARTITIVE.test(text.slice(fig.end, fig.end + 12));
  const noun = fig.noun?.lower ?? '';
  // "detained 312 people, among them 86 foreign nationals", "67 militants, a third of them foreigners", "40,000 people of
  // over 50 nationalities": people of several nationalities, not those the figure before counted
  if (
    SEVERAL_NATIONALITIES.test(text.slice(fig.end, w.rightEnd)) ||
    work.some((p, j) => j > i && p.partOf === i && p.fig.sentence === fig.sentence && saysForeign(text, p))
  )
    return stops('people of several nationalities: no one nationality stated');
  // "- Dagestan: some 1,200 residents …\n- Chechnya: 600 to 700 residents …": an item of a list opened by a label of its
  // own is about what its label names, not the item before (a label the gazetteer does not know names no country)
  // (in a list whose item before is labelled by a place: "- Returns: 27 …" after "- Travellers: …" is more of the same)
  if (
    prev !== undefined &&
    ITEM_LABEL.test(text.slice(lineStart(text, fig.start), fig.start)) &&
    lineStart(text, prev.fig.start) !== lineStart(text, fig.start) &&
    placeLabelled(lineStart(text, prev.fig.start))
  )
    return stops('a list item labelled of its own, after an item labelled by a place: not the item before');
  // "14 Iraqis and nine others": others listed beside people named by their nationality are not of it
  if (
    /^\s+others\b/i.test(text.slice(fig.end, fig.end + 10)) &&
    prev?.fig.sentence === fig.sentence &&
    prev.fig.noun !== null &&
    prev.countryNamedBy?.start === prev.fig.noun.start &&
    prev.countryNamedBy.end === prev.fig.noun.end &&
    // (…coordinated with them as one list; "500 Tajiks were killed and 700 others detained" are other Tajiks)
    /^\s*(?:,|and|or|,\s*and)\s*$/.test(text.slice(prev.fig.noun.end, fig.start))
  )
    return stops(`others than the "${prev.fig.noun.text}" before them: no nationality stated`);
  // victims of an attack are of whatever nationality they were, neither the attackers' nor the one the text is about
  // (a part taken from people counted before is of them, killed or not: "nine of the recruited persons were killed")
  if (/^victims_/.test(w.metric ?? '') && !partitive) return stops('victims: no nationality stated');
  // "11 children have died in al-Hol": deaths in a camp or on the way to one are of its people, of many nationalities
  if (w.metric === 'deaths' && !partitive) return stops('deaths in or on the way to a camp: no nationality stated');
  // "the army killed 2,000 militants": fighters killed, with no nationality of their own words, are of any
  // (…as are an attack's attackers killed: "five attackers were killed by security forces")
  if (w.metric === 'killed' && (FIGHTER_NOUNS.test(noun) || ATTACKER_NOUNS.test(noun)) && !partitive)
    return stops('fighters killed: no nationality stated');
  // "al-Hol holds 56,000 people": a camp's whole population, of many nationalities
  // (a figure with no noun after people of a nationality counted before is more of them: "1,500 Russians still fight, and a
  // further 700 are held in camps")
  if (w.metric === 'in_camps' && (WHOLE_POPULATION.test(noun) || (!noun && !prev?.country)))
    return stops("a camp's whole population: no nationality stated");
  // (…but residents counted right after people of a sub-national region are that region's people, whose origin the text
  // gives as the region: "31 people from Adiyaman have joined the group … Another 12 residents have come back")
  const regionBefore = typeof prev?.country === 'string' && SUBDIVISION_CODE.test(prev.country);
  if (/^(residents|inhabitants|population)$/.test(noun) && !(noun === 'residents' && regionBefore))
    return stops("a place's whole population: no nationality stated");
  // "14 suspects", "11 defendants", "300 prisoners": an institution's cases, whoever they are, unless taken from people
  // counted before ("14 of the suspects")
  if (CASE_NOUNS.test(noun) && !partitive) return stops("an institution's cases: no nationality stated");
  // "41 persons were convicted", "449 arrests": a state's case count in a sentence of its own counts persons, not the
  // people the figure before counted (in the figure's own sentence a case count is most often of those same people:
  // "detained 32 Singaporeans and placed a further 16 on Restriction Orders")
  // (…but a case count no larger than the returnees counted just before may be of them, a state prosecuting its returnees:
  // "Four have come home. … As to prosecutions, two people have been charged")
  const ofReturnees =
    prev?.metric === 'returnees' &&
    (fig.value ?? fig.value_high ?? Infinity) <= (prev.fig.value ?? prev.fig.value_high ?? prev.fig.value_low ?? 0);
  if (prev !== undefined && prev.fig.sentence !== fig.sentence && !ofReturnees && personsOnlyCases(text, w))
    return stops("a state's cases counted as persons: no nationality stated");
  // "police have detained 36 people", "the court convicted 12", "the security services detained 64 members of banned
  // organisations": an authority counting its own cases names no nationality,
  // whatever the figure before counted (people it names by what they did, "indicted 27 returnees", are those people)
  if (
    !partitive &&
    (!noun || WHOLE_POPULATION.test(noun) || /^(men|women|youths|suspects|members)$/.test(noun)) &&
    [AUTHORITY_ACTS, NAMED_AUTHORITY_ACTS].some((acts) => acts.test(text.slice(Math.max(w.leftStart, fig.start - 80), fig.start)))
  )
    return stops("an authority's own cases: no nationality stated");
  // "23 suspects were arrested in Mombasa and Lamu", "47 individuals have been arrested in seven European countries":
  // arrests counted by where they were made are of whoever was there
  if (
    !partitive &&
    w.metric === 'arrested' &&
    /^[^.;]*?\b(?:were|was|have been|has been|had been|are being)\s+(?:arrested|detained|captured|apprehended|held)\s+in\b/i.test(
      text.slice(fig.end, w.rightEnd),
    )
  )
    return stops('arrests counted where they were made: no nationality stated');
  // a security service's count of the dangerous persons in its country is of residents, whatever their nationality
  if (w.metric === 'classified_threat' && !partitive) return stops('classified as a threat at home: no nationality stated');
  // "ISIS has 3,000 fighters in Somalia": a group's fighters are of mixed origin, whatever the figure before counted
  // (people said to have left or travelled to join it are travellers, of the country the text counts them from)
  if (
    !sameQuantity &&
    !TRAVELLED.test(text.slice(fig.end, w.rightEnd)) &&
    groupsInSentence.length > 0 &&
    (w.metric === 'foreign_fighters' || w.metric === 'members') &&
    (!noun || FIGHTER_NOUNS.test(noun) || WHOLE_POPULATION.test(noun))
  )
    return stops(`"${groupsInSentence[0].text}" named: its fighters, of mixed origin`);
  return null;
}

/**
 * Whether the figure before, in another sentence, is one item of a breakdown by nationality: its sentence counts the same
 * kind of people under another country too ("43 detained, including nine Saudi nationals and two Somalis", "19 Kyrgyz
 * nationals on 8 October, 24 Russian nationals on 16 October"). The text has then counted several nationalities, and
 * the one it named last is no more the next sentence's people than the others: the carry would pick one item of a set.
 */
export function afterBreakdownItem(work: Work[], i: number): boolean {
  const prev = work[i - 1];
  if (prev === undefined || prev.country === null || prev.fig.sentence === work[i].fig.sentence) return false;
  const code = JSON.stringify(prev.country);
  // (the figures are in the text's order: only those of the figure before's own sentence are read)
  for (let j = i - 2; j >= 0 && work[j].fig.sentence === prev.fig.sentence; j--) {
    const o = work[j];
    if (o.metric === prev.metric && o.country !== null && JSON.stringify(o.country) !== code) return true;
  }
  return false;
}

/** A state's own case count names the state that counts, not the nationality of those counted. */
export function ownCases(found: { country: string | string[]; reason: string }): CarryDecision {
  return {
    country: null,
    rule: 'own-cases',
    reason: found.reason.replace(
      /: the state whose authorities count their own cases$/,
      ': counted by its own authorities, no nationality stated',
    ),
  };
}
