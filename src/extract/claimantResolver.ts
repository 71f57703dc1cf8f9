/**
 * The claimant an attribution names, in the ledger's normal form: a described body ("Kazakhstan's main intelligence
 * agency") or an acronym is the organisation the text names, an abbreviation the actor or the name the text spells out,
 * and the name written as claimants.normalisedClaimant writes it.
 */
import { expandAbbreviation, spelledOut } from './acronyms';
import type { Attribution } from './attribution';
import { bracketedNames, normalisedClaimant } from './claimants';
import type { Lexicon, NameMention } from './lexicon';
import { CITING_OPENING, HONORIFICS, ORG_WORDS, ROLE_WORDS } from './persons';
import { bodyFacts, organisationsIn, resolveOrganisation } from './organisations';

/**
 * Words before a surname that are no given name: an article, a preposition or a conjunction, a participle of citing
 * ("Citing Ramadan, the minister said"), a rank or an honorific.
 */
const NOT_GIVEN = new RegExp(
  `^(?:The|A|An|In|On|At|By|For|From|With|As|After|Under|Per|To|Of|Since|During|Across|When|While|But|And|${CITING_OPENING}|${HONORIFICS})\\.?$`,
);

export function claimantResolver(text: string, names: NameMention[], lexicon: Lexicon): (a: Attribution) => Attribution {
  const orgs = organisationsIn(text, names);
  // (the names the text spells out are read only when an abbreviation no actor holds asks for them)
  let spelled: Map<string, string> | null = null;
  const spelledNames = () => (spelled ??= spelledOut(text));
  const bracketed = bracketedNames(text);
  const body = bodyFacts(orgs, names, lexicon);
  const resolvedOrg = new Map<Attribution, Attribution>();
  // (the full name a surname stands for is the text's, whichever attribution asks: asked once per name)
  const fullNames = new Map<string, string | null>();
  const fullName = (name: string): string | null => {
    const known = fullNames.get(name);
    if (known !== undefined) return known;
    const found = fullNameOf(text, name);
    fullNames.set(name, found);
    return found;
  };
  return (a: Attribution): Attribution => {
    if (resolvedOrg.has(a)) return resolvedOrg.get(a)!;
    let out = a;
    // a person's name is no description
    // a person ("Nurtai Abykaev", named with the KNB's title) stays the person
    const orgLike =
      /[’']s\b|\(|\b[A-Z]{2,8}\b/.test(a.name) ||
      /\b(agency|agencies|service|services|committee|ministry|bureau|directorate|department|police|intelligence|security)\b/i.test(a.name);
    if (orgLike && !/^(he|she|they|it|we)$/i.test(a.mention)) {
      const org =
        resolveOrganisation(a.mention, a.at, orgs, names) ?? (a.name !== a.mention ? resolveOrganisation(a.name, -1, orgs, []) : null);
      if (org && org.name !== a.name) out = { ...a, name: org.name, resolvedFrom: a.name };
    }
    // "UN", "the U.N.", "UN monitors": the actor or the name the text spells out for the abbreviation
    const expanded = expandAbbreviation(out.name, lexicon.actors, spelledNames);
    if (expanded && expanded !== out.name) out = { ...out, name: expanded, resolvedFrom: out.name };
    const normal = normalisedClaimant(out.name, bracketed, body);
    if (normal !== out.name) out = { ...out, name: normal };
    const full = fullName(out.name);
    if (full) out = { ...out, name: full, resolvedFrom: out.resolvedFrom ?? out.name };
    resolvedOrg.set(a, out);
    return out;
  };
}

/**
 * A person named by a surname alone ("Murray") is the full name the text gave them first ("…, Clive Murray, …"): given
 * names are capitalised words before the surname that are no title, role or body ("Commissioner Murray" is no name).
 */
function fullNameOf(text: string, name: string): string | null {
  if (!/^\p{Lu}[\p{Ll}’'-]+$/u.test(name) || ORG_WORDS.test(name) || ROLE_WORDS.test(name)) return null;
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  for (const m of text.matchAll(new RegExp(`(?<![\\p{L}.])((?:\\p{Lu}[\\p{Ll}’'-]+[^\\S\\n]+){1,2})${escaped}(?![\\p{L}\\p{N}])`, 'gu'))) {
    // a title before the given name is no part of it: "Federal Minister Katrin Vollmer" is Katrin Vollmer
    const words = m[1].trim().split(/\s+/);
    const notGiven = (w: string) => ROLE_WORDS.test(w) || ORG_WORDS.test(w) || NOT_GIVEN.test(w);
    let first = words.length;
    while (first > 0 && !notGiven(words[first - 1])) first--;
    const given = words.slice(first);
    if (!given.length) continue;
    return `${given.join(' ')} ${name}`;
  }
  return null;
}
