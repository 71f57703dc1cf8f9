/**
 * The claimant an attribution names, in the ledger's normal form: a described body ("Kazakhstan's main intelligence
 * agency") or an acronym is the organisation the text names, an abbreviation the actor or the name the text spells out,
 * and the name written as claimants.normalisedClaimant writes it.
 */
import { expandAbbreviation, spelledOut } from './acronyms';
import type { Attribution } from './attribution';
import { bracketedNames, normalisedClaimant } from './claimants';
import type { Lexicon, NameMention } from './lexicon';
import { bodyFacts, organisationsIn, resolveOrganisation } from './organisations';

export function claimantResolver(text: string, names: NameMention[], lexicon: Lexicon): (a: Attribution) => Attribution {
  const orgs = organisationsIn(text, names);
  const spelled = spelledOut(text);
  const bracketed = bracketedNames(text);
  const body = bodyFacts(orgs, names, lexicon);
  const resolvedOrg = new Map<Attribution, Attribution>();
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
    const full = expandAbbreviation(out.name, lexicon.actors, spelled);
    if (full && full !== out.name) out = { ...out, name: full, resolvedFrom: out.name };
    const normal = normalisedClaimant(out.name, bracketed, body);
    if (normal !== out.name) out = { ...out, name: normal };
    resolvedOrg.set(a, out);
    return out;
  };
}
