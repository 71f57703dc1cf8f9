/**
 * The other plausible readings of a figure's country, where the rule that decided it chose between readings that
 * annotators themselves split on: a state's own cases with no nationality said (the state, or no country; listed under
 * a country, that country), a carry
 * from the figure before (or the figure's own sentence), a list item's heading (or the nationality in the item),
 * foreign nationals (or the one country named beside them), the text's nationality as a default (or none), a
 * subdivision counted apart as the people's origin (or the country it is within). Read from
 * the rule's tag once every rule has run (work.ts's CountryRule), never from the words of its reason: the chosen
 * country is not changed, and an editor takes another reading in one step.
 */
import type { Candidate, CandidateReading } from './candidate';
import { authorityCountry } from './countryFrames';
import type { Lexicon, NameMention } from './lexicon';
import { SUBDIVISION_CODE } from '../subdivisionCode';
import { namesWithin, type Work } from './work';

export type CountryReading = CandidateReading<Candidate['country']>;

/** What the country rules found of the whole text that a figure's other reading may fall back on. */
export interface TextCountries {
  /** The nationality the text is mostly about (countries.ts), or null when it is about several. */
  textNationality: string | null;
  /** The country heading the list item of each figure of a police's or court's cases taken as of no nationality. */
  listItems: ReadonlyMap<Work, { country: string | string[]; reason: string }>;
}

/**
 * Words before a place that say where people went or are, not whose they are: "to Syria", "in Iraq", "inside Syria",
 * "near Mosul" (the text's nationality counts no such place, `countries.ts`).
 */
export const WHERE = /\b(?:to|for|into|in|inside|near)\s+(?:the\s+)?$/i;

const NO_NATIONALITY = "a state's own cases: no nationality stated";

/** The other readings of work[i]'s country, most plausible first; none when its rule read it one way only. */
export function countryReadings(
  text: string,
  work: Work[],
  i: number,
  places: NameMention[],
  lexicon: Lexicon,
  { textNationality, listItems }: TextCountries,
): CountryReading[] {
  const w = work[i];
  const prev = work[i - 1];
  const s = w.fig.sentence;
  // the countries its own sentence names as whose people (a place inside a country, or where people went or are, says
  // where, not whose), the chosen one left out
  const ownSentence = () =>
    namesWithin(places, s.start, s.end).filter(
      (p) =>
        !p.within &&
        lexicon.place(p.ref)?.kind === 'country' &&
        !WHERE.test(text.slice(Math.max(s.start, p.start - 12), p.start)) &&
        !sameCountry(p.ref, w.country),
    );
  const named = (p: NameMention, where: string): CountryReading => ({ value: p.ref, reason: `"${p.text}" named ${where}` });
  const readings: CountryReading[] = [];
  switch (w.countryRule) {
    // a state's authorities counting people whose nationality the text does not say: the state, or no country
    case 'own-cases': {
      const state = authorityCountry(text, w, places, lexicon);
      if (state) readings.push({ value: state.country, reason: state.reason });
      break;
    }
    case 'cases-not-framed':
      if (textNationality) readings.push({ value: textNationality, reason: 'the nationality the text is about' });
      break;
    // a police's or court's cases listed under the country that made them: that country's own
    case 'list-item-cases': {
      const item = listItems.get(w);
      if (item) readings.push({ value: item.country, reason: item.reason });
      break;
    }
    case 'brought-home': {
      const country = countryWithin(w.country, lexicon);
      if (country) readings.push(country);
      readings.push({ value: null, reason: NO_NATIONALITY });
      break;
    }
    // a carry stopped, or a figure after the text turned to another country: the figure before's country
    case 'turned-away':
    case 'carry-stopped':
      if (prev?.country) readings.push({ value: prev.country, reason: 'as the figure before it' });
      else if (textNationality) readings.push({ value: textNationality, reason: 'the nationality the text is about' });
      break;
    // a carry from the figure before: what its own sentence names, else no country
    case 'carried': {
      if (prev?.fig.sentence === s) break;
      const own = ownSentence()[0];
      readings.push(own ? named(own, 'in its own sentence') : { value: null, reason: 'its own sentence names no nationality' });
      break;
    }
    // a list item's heading: the nationality named in the item
    case 'list-item': {
      const own = ownSentence().find((p) => p.form === 'demonym') ?? ownSentence()[0];
      if (own) readings.push(named(own, 'in the item'));
      break;
    }
    // foreign nationals of several countries: the one country named beside them
    case 'foreign': {
      const countries = [...new Set(ownSentence().map((p) => p.ref))];
      if (countries.length === 1) readings.push(named(ownSentence()[0], 'in its sentence'));
      break;
    }
    // a subdivision the ledger counts apart, named as the people's origin (RU-CE for "Chechens"): the README's code, or
    // the country it is within, as annotators code a subdivision's people as often
    case 'named':
    case 'list-destination':
    case 'subdivision-anaphor': {
      const country = countryWithin(w.country, lexicon);
      if (country) readings.push(country);
      break;
    }
    // a default for the whole text, a section or the country named most: no country of its own words
    case 'text-nationality':
    case 'most-named':
    case 'came-home':
    case 'section':
      readings.push({ value: null, reason: 'its own sentence names no nationality' });
      break;
    default:
      break;
  }
  return readings.filter((r) => !sameCountry(r.value, w.country));
}

/**
 * For a subdivision the ledger counts apart (RU-CE), the country it is within: the other reading of its people, whom
 * annotators code by the subdivision as often as by its country.
 */
function countryWithin(code: Candidate['country'], lexicon: Lexicon): CountryReading | null {
  const place = typeof code === 'string' ? lexicon.place(code) : undefined;
  if (place?.kind === 'subdivision' && place.within)
    return { value: place.within, reason: `${place.name}'s country: its people counted as its nationals` };
  // a subdivision the ledger does not hold yet (ES-CE): the country its code names
  const within = typeof code === 'string' && !place ? SUBDIVISION_CODE.exec(code)?.[1] : undefined;
  const country = within ? lexicon.place(within) : undefined;
  return country?.kind === 'country'
    ? { value: country.code, reason: `${code}'s country, ${country.name}: its people counted as its nationals` }
    : null;
}

/** Whether two country fields name the same country or set. */
function sameCountry(a: Candidate['country'], b: Candidate['country']): boolean {
  const key = (c: Candidate['country']) => (c === null ? '' : [c].flat().sort().join(','));
  return key(a) === key(b);
}
