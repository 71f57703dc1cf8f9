/**
 * Named organisations of a text, and descriptive mentions resolved to them: "Kazakhstan's main intelligence agency"
 * is the one security body of Kazakhstan the text names ("the Kazakh National Security Committee (KNB)",
 * "Kazakhstan's KNB"), when exactly one such body is named.
 */
import type { BodyFacts } from './claimants';
import type { Lexicon, NameMention } from './lexicon';
import { bracketedMatches } from './text';
import { institutionsNamed, PEOPLE_OF_THE_BODY } from './wordLists';

export interface NamedOrganisation {
  /** The full proper name when the text gives one ("Kazakh National Security Committee"), else the acronym. */
  name: string;
  acronym: string | null;
  /** Whose organisation: the place code of its possessor or of a demonym in its name. */
  country: string | null;
}

const ORG_HEAD =
  /\b(agency|agencies|ministry|committee|service|services|bureau|directorate|department|office|council|commission|police|guard|army|forces|intelligence|security|prosecutor's office|court|centre|center|institute)\b/i;
const CAP = "[\\p{Lu}][\\p{L}’'-]+";
/** "the Kazakh National Security Committee (KNB)": a capitalised name, small joining words allowed, then its acronym. */
const FULL_WITH_ACRONYM = new RegExp(
  `(${CAP}(?:[^\\S\\n]+(?:(?:of|for|and|on|the)[^\\S\\n]+)*${CAP}){1,8})[^\\S\\n]+\\(([\\p{Lu}]{2,8})\\)`,
  'gu',
);
/** "Kazakhstan's KNB", "Russia's FSB security agency". */
const POSSESSED_ACRONYM = new RegExp(`(${CAP})[’']s\\s+([\\p{Lu}]{2,8})\\b`, 'gu');

function placeWithin(names: NameMention[], from: number, to: number): string | null {
  const p = names.find((n) => n.type === 'place' && n.start >= from && n.end <= to);
  return p ? p.ref : null;
}

/**
 * The country a sentence opens with as its frame, before a body it names: "In neighbouring Morocco, the Central Bureau
 * of Judicial Investigations (BCIJ) said…" (the bureau is Morocco's, whichever country the text names most).
 */
function framingCountry(text: string, names: NameMention[], at: number): string | null {
  const from = Math.max(text.lastIndexOf('.', at), text.lastIndexOf('\n', at)) + 1;
  if (!/^\s*(?:In|Across)\s+[^,.;:]{1,40},\s*(?:the\s+)?$/.test(text.slice(from, at))) return null;
  const country = placeWithin(names, from, at);
  return country && /^[A-Z]{2}$/.test(country) ? country : null;
}

export function organisationsIn(text: string, names: NameMention[]): NamedOrganisation[] {
  const out: NamedOrganisation[] = [];
  const add = (org: NamedOrganisation) => {
    const same = out.find((o) => (org.acronym && o.acronym === org.acronym) || o.name.toLowerCase() === org.name.toLowerCase());
    if (!same) {
      out.push(org);
      return;
    }
    if (!same.country) same.country = org.country;
    // the full name outranks the acronym
    if (same.acronym && same.name === same.acronym && org.name !== org.acronym) same.name = org.name;
  };
  for (const m of bracketedMatches(text, FULL_WITH_ACRONYM, /[\p{Lu}]{2,8}\)/uy, /^(?:[\p{L}’'-]|[^\S\n])$/u)) {
    const full = m[1].replace(PEOPLE_OF_THE_BODY, '').replace(/^(?:The|A|An|the)\s+/, '');
    if (!ORG_HEAD.test(full)) continue;
    const at = m.index! + m[0].indexOf(full);
    add({ name: full, acronym: m[2], country: placeWithin(names, at, at + full.length) ?? framingCountry(text, names, at) });
  }
  for (const m of text.matchAll(POSSESSED_ACRONYM)) {
    const country = placeWithin(names, m.index!, m.index! + m[1].length);
    if (!country) continue;
    add({ name: m[2], acronym: m[2], country });
  }
  return out;
}

/** "Kazakhstan's main intelligence agency", "the Russian security service", "the agency": a body described, not named. */
const DESCRIPTIVE = new RegExp(
  `^(?:the\\s+)?(?:(${CAP})[’']s\\s+|(${CAP})\\s+)?((?:[\\p{Ll}-]+\\s+){0,3})(agency|agencies|service|services|committee|ministry|bureau|directorate|department|police|intelligence)$`,
  'u',
);

/**
 * The named organisation a claimant's words stand for: an acronym or full name of one named in the text, or a
 * description with the same possessor when exactly one named organisation fits. Null when none or several fit.
 */
export function resolveOrganisation(words: string, at: number, orgs: NamedOrganisation[], names: NameMention[]): NamedOrganisation | null {
  if (!orgs.length) return null;
  const bare = words.trim();
  // a mention holding a named organisation's acronym or full name: "Kazakhstan's KNB", "the KNB report"
  const named = orgs.filter(
    (o) => (o.acronym && new RegExp(`\\b${o.acronym}\\b`).test(bare)) || bare.toLowerCase().includes(o.name.toLowerCase()),
  );
  if (named.length === 1) return named[0];
  if (named.length > 1) return null;
  const d = DESCRIPTIVE.exec(bare);
  if (!d) return null;
  const possessor = d[1] ?? d[2] ?? null;
  let country: string | null = null;
  if (possessor) {
    const off = at + bare.indexOf(possessor);
    country = placeWithin(names, off, off + possessor.length);
    // a capitalised word that is no place ("Federal security service") is a name of its own, not a description
    if (!country) return null;
  }
  const head = d[4].toLowerCase();
  const institutions = institutionsNamed(bare);
  const family = (w: string) =>
    /^(ministry)$/.test(w) ? 'ministry' : /^(police)$/.test(w) ? 'police' : /^(department)$/.test(w) ? 'department' : 'security';
  const fits = orgs.filter((o) => {
    if (country && o.country !== country) return false;
    if (institutions.some((stem) => !o.name.toLowerCase().includes(stem))) return false;
    const words =
      o.name === o.acronym
        ? []
        : o.name
            .toLowerCase()
            .split(/\s+/)
            .map((w) =>
              /^(agency|agencies|service|services|committee|intelligence|security|bureau|directorate)$/.test(w) ? 'security' : w,
            );
    // a body named only by its acronym fits a description that names its country
    if (!words.length) return country !== null;
    return words.includes(family(head)) || words.includes(head);
  });
  return fits.length === 1 ? fits[0] : null;
}

/**
 * What the text says of a body, by name: whether the name names a place itself ("Syrian Democratic Forces", "Kazakh
 * National Security Committee"), and the state it belongs to — the possessor or demonym the text gives the
 * organisation ("Indonesia's BIN"), else the one country the text names clearly most often; null when the name names
 * a place or no state stands out.
 */
export function bodyFacts(orgs: NamedOrganisation[], names: NameMention[], lexicon: Lexicon): BodyFacts {
  const counts = new Map<string, number>();
  for (const n of names)
    if (n.type === 'place' && lexicon.place(n.ref)?.kind === 'country') counts.set(n.ref, (counts.get(n.ref) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const main = ranked.length && (ranked.length === 1 || ranked[0][1] >= 2 * ranked[1][1]) ? ranked[0][0] : null;
  const namesPlace = (name: string) => lexicon.find(name, 0, name.length).some((n) => n.type === 'place');
  return {
    namesPlace,
    stateOf: (name) => {
      if (namesPlace(name)) return null;
      const org = orgs.find(
        (o) => name === o.name || name.startsWith(`${o.name} (`) || (o.acronym !== null && name.endsWith(`(${o.acronym})`)),
      );
      const code = org?.country ?? main;
      return code ? (lexicon.place(code)?.name ?? null) : null;
    },
  };
}
