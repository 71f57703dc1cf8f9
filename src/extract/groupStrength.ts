/**
 * Fighters and members that nothing says travelled are a group's strength (`members`), not travellers: when their own
 * sentence names no nationality (a country carried from the figure before says where they are, not where they come
 * from), or when it names the group they belong to and neither an origin ("from Britain") nor nationals counted as
 * such ("Hundreds of Moroccans still fight for Islamic State").
 */
import type { NameMention } from './lexicon';
import { CHANGED_TO, datedApart, FIGHTER_NOUNS, listedBefore, namesWithin, type CountryRule, type Work } from './work';

/** Words that say people travelled: a status of travel, not of fighting where they are. */
const TRAVEL = /travel|went|gone|left|headed|join/i;
/** Words that set people apart as come from abroad: "foreign fighters", "had come from overseas", "travelled". */
const ABROAD = /\b(?:foreign|foreigners|overseas|abroad|came|come|coming|travel\w*|went|joined)\b/i;
/** Words between two figures of one quantity at two times: "300 fighters, down from as many as 2,500 at its peak". */
const SAME_QUANTITY =
  /\b(?:(?:down|up)\s+from|compared\s+(?:with|to)|against|versus|from\s+(?:a\s+)?(?:peak|high|low)|previous(?:ly)?|earlier)\b/i;
/** Words that take a part from the figure just before: ", of whom \"", ", among them ". */
const OF_WHOM = /^\s*,?\s*(?:of|among)\s+(?:whom|them)\s+["“]?$/i;
/** Words that tell a group's strength: its size where it is, not people who travelled. */
const STRENGTH =
  /\b(?:strength|membership|(?:is|are|was|were|be|to)\s+number|number(?:s|ed|ing)?\s+(?:about|around|some|roughly|between|fewer|more|less|up to|an estimated|approximately|\d)|consists?\s+of|personnel potential|in (?:its|their) ranks)\b/i;

/**
 * Countries read for the figure itself (its own words, its list item, its section, its whole, its sentence's opening or
 * the question it answers), not carried from the figure before nor framed by the text as a whole: a group's fighters
 * keep them.
 */
const READ_FOR_THE_FIGURE = new Set<CountryRule>([
  'region-named-before',
  'set-referred-back',
  'list-item',
  'subdivision-anaphor',
  'named',
  'part-of',
  'section',
  'forces-of-source',
  'opens-sentence',
  'asked',
]);

/**
 * Men counted as armed are a group's fighters as its fighters are: "around 150 armed men", "\"thousands\" of armed men",
 * "a group of about ten gunmen" (the attackers themselves, not people who travelled).
 */
function armedMen(text: string, w: Work): boolean {
  const noun = w.fig.noun;
  if (!noun) return false;
  if (/^gunm[ae]n$/.test(noun.lower)) return true;
  return /^(?:men|people|individuals)$/.test(noun.lower) && /\barmed\s+$/i.test(text.slice(w.fig.end, noun.start));
}

export function groupStrength(text: string, work: Work[], names: NameMention[]): void {
  const groups = names.filter((n) => n.type === 'group');
  for (const [i, w] of work.entries()) {
    const saysForeign = /foreign fighters|from (?:more than |over |some |about )?\S+ countries/i.test(text.slice(w.fig.end, w.rightEnd));
    // fighters that nothing says travelled, and whose own sentence names no nationality, are a group's strength: a
    // country carried from the figure before says where they are, not where they come from
    // (a country from the figure before it in the same sentence is theirs: "militants from Russia had jumped to 1,500
    // from around 1,100")
    const s = w.fig.sentence;
    const groupsInSentence = namesWithin(groups, s.start, s.end);
    const sameSentence = w.countryRule === 'carried' && work[i - 1]?.fig.sentence === s;
    const untravelled =
      w.metricReason.endsWith('travellers by default') &&
      !(w.countryRule !== null && READ_FOR_THE_FIGURE.has(w.countryRule)) &&
      !sameSentence &&
      !names.some((n) => n.type === 'place' && n.form === 'demonym' && n.start >= s.start && n.end <= s.end);
    const before = /^(?:continues|set against) the figure before it$/.test(w.metricReason) ? listedBefore(work, i) : undefined;
    const whole = w.partOf !== null && w.partOf < i ? work[w.partOf] : undefined;
    if (
      w.metric === 'foreign_fighters' &&
      w.metricReason === 'as the figure it is part of' &&
      whole?.metric === 'members' &&
      whole.metricReason.endsWith("the group's strength") &&
      !w.foreign &&
      !ABROAD.test(text.slice(s.start, s.end))
    ) {
      // "between 500 and 1,000 fighters in Iraq … About 300 of them are in the mountains": a part took its metric from
      // its whole before the whole was found to be the group's strength (not foreigners, "among them roughly 2,000
      // non-Syrians", nor a part its sentence sets apart as come from abroad: "as many as 40 had come from overseas")
      w.metric = 'members';
      w.metricReason += "; the whole is the group's strength";
    } else if (
      w.metric === 'foreign_fighters' &&
      before?.metric === 'members' &&
      before.metricReason.endsWith("the group's strength") &&
      (SAME_QUANTITY.test(text.slice(before.fig.end, w.fig.start)) ||
        datedApart(text, before, w) ||
        CHANGED_TO.test(text.slice(before.fig.end, w.fig.start)) ||
        (w.foreign && OF_WHOM.test(text.slice(before.fig.end, w.fig.start))))
    ) {
      // (…and foreigners counted as a part of it, "its strength at 700 to 1,000, of whom "several hundred" were
      // foreigners": members too, as the strength they are taken from)
      // "between 300 and 500 fighters, down from as many as 2,500 at its peak": the figure it goes on from was found to
      // be the group's strength after the figure's own metric was taken from it
      w.metric = 'members';
      w.metricReason += "; as the figure before it: the group's strength";
    } else if (
      !w.foreign &&
      !saysForeign &&
      (w.metric === 'still_in_conflict_zone' || (w.metric === 'foreign_fighters' && !TRAVEL.test(w.status?.words ?? ''))) &&
      (!w.country || untravelled) &&
      w.fig.noun &&
      (FIGHTER_NOUNS.test(w.fig.noun.lower) || armedMen(text, w))
    ) {
      if (w.country) {
        w.country = null;
        w.countryRule = 'group-fighters-untravelled';
        w.countryReason = "a group's fighters: no nationality stated";
      }
      w.metric = 'members';
      w.metricReason += "; no nationality: the group's strength";
    } else if (
      !w.foreign &&
      !saysForeign &&
      w.metric === 'foreign_fighters' &&
      !TRAVEL.test(w.status?.words ?? '') &&
      STRENGTH.test(text.slice(s.start, w.rightEnd))
    ) {
      // "estimate its strength at 600 fighters", "the militants number 300", "the movement consists of 1,350 people"
      w.metric = 'members';
      w.metricReason += "; the sentence tells a strength: the group's strength";
    } else if (
      !w.foreign &&
      !saysForeign &&
      w.metricReason.endsWith('travellers by default') &&
      w.fig.noun &&
      !sameSentence &&
      // (people "from" a country named with the group left it: "fighters from Britain hiding in Turkey")
      !/\bfrom\s+(?:the\s+)?\p{Lu}/u.test(text.slice(w.fig.end, w.rightEnd)) &&
      // (nor nationals counted as such: "Hundreds of Moroccans still fight for Islamic State", "over 300 Kazakh militants")
      !names.some((p) => p.type === 'place' && p.form === 'demonym' && p.start >= w.fig.end && p.end <= w.fig.noun!.end) &&
      groupsInSentence.length > 0
    ) {
      w.metric = 'members';
      w.metricReason += `; "${groupsInSentence[0].text}" named, nothing says they travelled: the group's strength`;
    }
  }
}
