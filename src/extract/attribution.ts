/**
 * Who states a figure: the subject of a cue verb ("X said that…"), a closing tag ("…, X told RFE/RL"),
 * "according to X", "X quoted Y as saying"; pronouns and role nouns ("he", "the minister", "the agency")
 * resolved to the last matching name; carried into following sentences that have no cue of their own.
 */
import type { Sentence } from './text';

export interface Attribution {
  /** The normalised name: a person's full name when one is known, else the words as written without "the". */
  name: string;
  /** The words at the attribution point, exactly as written. */
  mention: string;
  cue: string;
  relayed_by: string | null;
  /** True when carried over from an earlier sentence. */
  carried: boolean;
  /** Offset of the mention in the text. */
  at: number;
}

const CUE_VERBS = 'said|says|say|told|tells|tell|added|adds|stated|states|estimated|estimates|estimate|believes|believe|believed|reported|reports|'
  + 'noted|notes|warned|warns|confirmed|confirms|claimed|claims|announced|announces|revealed|reveals|explained|explains|disclosed|discloses|'
  + 'wrote|writes|show|shows|showed|indicated|indicates|suggested|suggests|put|puts|puts the number at|counted|counts|recorded|records|'
  + 'acknowledged|admitted|insisted|argued|asserted|appealed|declared|testified|informed|calculated|calculates|found|finds|cited';
const AUX = '(?:(?:has|have|had|was|were|is|are|will|would|could|also|earlier|previously|recently|already|now|then|on\\s+\\w+day|last\\s+\\w+|in\\s+a\\s+statement)\\s+){0,3}';
const CUE = new RegExp(`\\b${AUX}(${CUE_VERBS})\\b`, 'gi');
const ROLE_WORDS = /\b(minister|secretary|chief|chairman|chairwoman|director|president|head|spokesman|spokeswoman|spokesperson|official|officials|general|prosecutor|commissioner|commander|coordinator|envoy|ambassador|leader|governor|mayor|senator|deputy|officer|analyst|expert|researcher|source|sources|agency|ministry|report|committee|service|services|government|police|army|military|office|department|council|court|judge|coalition|authorities|agencies|intelligence|study|survey|data|figures|estimates|statistics|team|mission|group|organisation|organization|institute|centre|center|bureau|commission|prime minister|paper|newspaper|site|outlet)\b/i;
const PRONOUNS = /^(he|she|they|it|we)$/i;
const ORG_WORDS = /\b(agency|ministry|committee|service|services|government|police|army|military|office|department|council|court|coalition|authorities|institute|centre|center|bureau|commission|nations|union|news|times|post|press|network|europol|interpol|front|forces|organisation|organization|group|foundation|university|parliament|assembly|directorate|unit|branch|security|intelligence|report)\b/i;
const CONNECTOR = /^(?:and|but|while|whereas|although|though|however|yet|so|also|meanwhile|moreover|furthermore|earlier|later|in\s+\w+(?:\s+\d{4})?|on\s+\w+|last\s+\w+)\s*,?\s+/i;

/** Capitalised word runs that look like a person's name ("Pieter De Crem", "Ayob Khan Mydin Pitchay"). */
function personName(np: string): string | null {
  const cleaned = np.replace(/\([^)]*\)/g, ' ');
  const runs = cleaned.match(/(?:\b[\p{Lu}][\p{L}’'-]+(?:\s+(?:(?:de|van|der|von|al|bin|ibn|la|le|du|da|dos|del|el)\s+)?[\p{Lu}][\p{L}’'-]+)*)/gu) ?? [];
  for (let i = runs.length - 1; i >= 0; i--) {
    const run = runs[i].trim();
    if (ORG_WORDS.test(run) || ROLE_WORDS.test(run.split(/\s+/)[0]) && run.split(/\s+/).length === 1) continue;
    if (/[’']s$/.test(run)) continue;
    const parts = run.split(/\s+/).filter((p) => !ROLE_WORDS.test(p) && !/^(Sir|Dr|Mr|Mrs|Ms|Gen|General|Prof|The|A|An|Home|Affairs|Public|Safety|Defense|Defence|Foreign|Interior|Justice|Security|Immigration|Senior|Deputy|Prime|Vice|Chief|Special)$/.test(p));
    if (parts.length >= 1 && parts.every((p) => /^[\p{Lu}]/u.test(p) || /^(de|van|der|von|al|bin|ibn|la|le|du|da|dos|del|el)$/.test(p))) {
      if (parts.length === 1 && np.trim().split(/\s+/).length > 1 && !/^[\p{Lu}][\p{Ll}]+$/u.test(parts[0])) continue;
      return parts.join(' ');
    }
  }
  return null;
}

function trimNp(np: string): string {
  return np.replace(/^[\s,;:“”"‘’'–—-]+|[\s,;:“”"‘’'–—-]+$/g, '').replace(/\s+/g, ' ');
}

/** The noun phrase that ends just before `at`: back to the clause start (a comma, a quote, "that", or the sentence start). */
function subjectBefore(text: string, s: Sentence, at: number): { np: string; start: number } | null {
  const head = text.slice(s.start, at);
  // skip a trailing comma directly before the cue: "…, Nurtai Abykaev, said"
  const body = head.replace(/[,\s]+$/, '');
  const cut = Math.max(body.lastIndexOf(','), body.lastIndexOf('“'), body.lastIndexOf('”'), body.lastIndexOf('"'), body.lastIndexOf(':'),
    body.lastIndexOf(';'), body.lastIndexOf(' that '), body.lastIndexOf(' – '), body.lastIndexOf(' — '));
  let np = body.slice(cut + 1);
  let start = s.start + cut + 1;
  const lead = CONNECTOR.exec(np.trimStart());
  if (lead) {
    const skip = np.length - np.trimStart().length + lead[0].length;
    np = np.slice(skip);
    start += skip;
  }
  np = trimNp(np);
  if (!np || np.split(/\s+/).length > 9 || /^(that|which|who|it|there)$/i.test(np)) return null;
  // the subject must be a name, a pronoun or a noun phrase, not a clause with its own verb
  if (/\b(is|are|was|were|has|have|had|will|would|could|can|may|might)\b/i.test(np)) return null;
  const offset = text.indexOf(np, start);
  return { np, start: offset >= 0 ? offset : start };
}

/** Names seen so far in the text: the last person and the last organisation, for pronouns and role nouns. */
export class Referents {
  private readonly persons: { name: string; np: string }[] = [];
  private readonly nps: { name: string; np: string }[] = [];

  note(name: string, np: string): void {
    if (personName(np) || PRONOUNS.test(np)) this.persons.push({ name, np });
    this.nps.push({ name, np });
  }

  /** A full name for a surname or a pronoun or role noun ("he", "the minister", "Ayob"). */
  resolve(np: string): string | null {
    const bare = np.replace(/^(the|a|an)\s+/i, '').toLowerCase();
    if (PRONOUNS.test(np)) return this.persons.length ? this.persons[this.persons.length - 1].name : null;
    for (let i = this.nps.length - 1; i >= 0; i--) {
      const seen = this.nps[i];
      const words = bare.split(/\s+/);
      const head = words[words.length - 1];
      if (seen.np.toLowerCase() !== bare && new RegExp(`\\b${head.replace(/[^\p{L}\p{N}]/gu, '')}\\b`, 'iu').test(seen.np)) return seen.name;
      if (seen.name.toLowerCase().split(/\s+/).includes(bare) && seen.name.includes(' ')) return seen.name;
    }
    return null;
  }
}

/** The attribution stated in one sentence, or null. */
export function attributionIn(text: string, s: Sentence, refs: Referents, closingTag: Attribution | null): Attribution | null {
  const body = text.slice(s.start, s.end);
  const make = (np: string, at: number, cue: string, relayed: string | null): Attribution => {
    const mention = trimNp(np);
    const person = personName(mention);
    let name = person ?? mention.replace(/^(the|a|an)\s+/i, '');
    if (PRONOUNS.test(mention) || !person || person.split(' ').length === 1) {
      const resolved = refs.resolve(person ?? mention);
      if (resolved) name = resolved;
    }
    refs.note(name, mention);
    return { name, mention, cue: cue.trim(), relayed_by: relayed, carried: false, at };
  };
  // "X quoted Y as saying"
  let m = /\b([A-Z][\w\s.'’-]{0,60}?)\s+(?:report\s+)?quoted\s+(.{2,80}?)\s+as\s+saying\b/.exec(body);
  if (m) {
    const relayer = m[1].replace(/^(A|An|The)\s+/, '').replace(/\s+report$/i, '');
    return make(m[2], s.start + m.index + m[0].indexOf(m[2]), 'as saying', relayer);
  }
  // "according to X"
  m = /\baccording\s+to\s+((?:the\s+)?[^,.;:()“”"]{2,100}?)(?=\s*(?:[,.;:()“”"]|$|\s+(?:who|which|that|in\s+a|on\s+\w+day)\b))/i.exec(body);
  if (m) {
    const relayed = /,\s*([A-Z][\w\s.'’-]{1,40}?)\s+reported\b/.exec(body.slice(m.index))?.[1] ?? null;
    return make(m[1], s.start + m.index + m[0].indexOf(m[1]), m[0].slice(0, m[0].indexOf(m[1])).trim(), relayed);
  }
  // "(is|was) revealed in a report by X", "report issued by X", "figures released by X"
  m = /\b(?:revealed|published|issued|released|compiled|produced|provided)\s+(?:in\s+)?(?:by\s+)?((?:the\s+|a\s+)?(?:[\w’'-]+\s+){0,3}?(?:report|study|figures|data|survey|statistics|estimates)?\s*(?:issued|produced|published|released|compiled)?\s*by\s+(?:the\s+)?[A-Z][^,.;:()“”"]{1,80}?)(?=\s*(?:[,.;:()“”"]|$|\s+(?:provides|shows|says|which|that|who|on|in)\b))/.exec(body);
  if (m) {
    const by = /\bby\s+(?:the\s+)?(.+)$/.exec(m[1]);
    const np = by ? by[1] : m[1];
    return make(np, s.start + m.index + m[0].indexOf(np), m[0].slice(0, m[0].indexOf(m[1])).trim() || 'by', null);
  }
  // closing tag after a quotation or a clause: "…,” he said", "…, Kadyrov said", "…, the US-led coalition told Reuters"
  const cues = [...body.matchAll(CUE)];
  for (let k = cues.length - 1; k >= 0; k--) {
    const c = cues[k];
    const cueStart = c.index!;
    const subj = subjectBefore(text, s, s.start + cueStart);
    if (!subj) continue;
    if (/^(which|who|that|this|it|there|they)$/i.test(subj.np) && !/^they$/i.test(subj.np)) continue;
    if (/^(estimates?|figures?)$/i.test(c[1]) && !/^(?:[\p{Lu}]|the\b|other|officials|experts|researchers|analysts|authorities|sources)/iu.test(subj.np)) continue;
    let cue = c[0];
    let relayed: string | null = null;
    const told = /^\s+((?:the\s+)?[A-Z][\w.’'/-]*(?:\s+[A-Z][\w.’'/-]*){0,3}|reporters|the\s+paper|the\s+court|journalists)/.exec(body.slice(cueStart + c[0].length));
    if (/^(told|tells|tell|informed)$/i.test(c[1]) && told) {
      cue = `${c[0]} ${told[1]}`;
      if (/^[A-Z]|^the\s+[A-Z]/.test(told[1]) && !/^(the\s+)?(court|paper)$/i.test(told[1])) relayed = told[1].replace(/^the\s+/i, '');
      if (/paper/i.test(told[1]) && closingTag?.relayed_by) relayed = closingTag.relayed_by;
    }
    const trailing = /,\s*((?:the\s+)?[A-Z][\w\s.'’-]{1,40}?)\s+(?:reported|reports|said)\b[^,]*$/.exec(body.slice(cueStart + c[0].length));
    if (trailing) relayed = trailing[1].replace(/^the\s+/i, '');
    // a subject that is a figure ("295 of them are still there") is no claimant
    if (/^[\d\W]/.test(subj.np) || /^(most|many|some|all|none|each|both|several|few)\b/i.test(subj.np)) continue;
    return make(subj.np, subj.start, cue.replace(/\s+/g, ' '), relayed);
  }
  // a headline ending with the speaker: "Jakarta tracking at least 100 citizens…: Spy chief", "… – Lorenzana"
  if (s.headline) {
    m = /(?::|\s[–—-])\s*([A-Z][\w\s.'’-]{1,40})$/.exec(body);
    if (m && m[1].split(/\s+/).length <= 4) return make(m[1], s.start + m.index + m[0].indexOf(m[1]), '', null);
  }
  return null;
}
