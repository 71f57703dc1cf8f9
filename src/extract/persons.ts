/**
 * Persons and organisations as claimants: what a person's name looks like, role and body words, and the names seen
 * so far in a text that pronouns ("he"), surnames and role nouns ("the minister", "the report") point back to.
 */
import { institutionsNamed, ORG_WORDS } from './wordLists';
import { lowerBound } from './sorted';

export { ORG_WORDS };

export const ROLE_WORDS =
  /\b(minister|secretary|chief|chairman|chairwoman|director|president|head|spokesman|spokeswoman|spokesperson|official|officials|general|prosecutor|attorney|agent|commissioner|commander|coordinator|envoy|ambassador|leader|governor|mayor|senator|deputy|officer|analyst|expert|researcher|source|sources|agency|ministry|report|committee|service|services|government|police|army|military|office|department|council|court|judge|coalition|authorities|agencies|intelligence|study|survey|data|figures|estimates|statistics|team|mission|group|organisation|organization|institute|centre|center|bureau|commission|prime minister|paper|newspaper|site|outlet)\b/i;
export const PRONOUNS = /^(he|she|they|it|we)$/i;

/** Nouns for what a person is, in a description after a name ("a former prosecutor", "a lawyer for the families"). */
const PERSON_NOUNS =
  'prosecutor|lawyer|attorney|judge|researcher|analyst|expert|scholar|academic|professor|lecturer|journalist|reporter|writer|author|activist|official|officer|diplomat|minister|spokesman|spokeswoman|spokesperson|director|founder|commander|mother|father|brother|sister|son|daughter|widow|wife|husband|resident|survivor|doctor|nurse|teacher|imam|cleric|social\\s+worker|campaigner|adviser|advisor|consultant|investigator|negotiator|fighter|member|veteran';
/** A noun phrase whose head is what a person is: "regional police official", "independent researcher". */
const PERSON_NOUN_HEAD = new RegExp(`(?:^|\\s)(?:${PERSON_NOUNS})$`, 'i');
/** …and the plural of one ("officials", "local researchers"): what a later "they" may stand for, never "it" or "the report". */
const PERSONS_NOUN_HEAD = new RegExp(`(?:^|\\s)(?:${PERSON_NOUNS})s$`, 'i');
const TITLE_BEFORE = new RegExp(
  `\\b(?:${ROLE_WORDS.source.slice(3, -3)}|Sir|Dr\\.?|Mr\\.?|Mrs\\.?|Ms\\.?|General|Gen\\.?)\\s+([\\p{Lu}][\\p{L}’'-]+)`,
  'giu',
);
/** Ranks and honorifics before a name, written out or abbreviated with a full stop ("Col. Ibrahim Sall", "Dr. Halima Yusuf"). */
export const HONORIFICS =
  'Sir|Dame|Lord|Lady|Baroness|Dr|Mr|Mrs|Ms|Miss|Hon|Gen|Col|Colonel|Maj|Major|Capt|Captain|Lt|Lieutenant|Brig|Brigadier|Adm|Admiral|Sgt|Sergeant|Insp|Inspector|Supt|Superintendent|Prof|Professor|Judge|Justice|Sheikh|Imam|Father|Bishop|Rabbi';
const TITLES = `${ROLE_WORDS.source
  .slice(3, -3)
  .split('|')
  .map((w) => `[${w[0].toUpperCase()}${w[0]}]${w.slice(1)}`)
  .join('|')}`;
/** What a person is, written before the name, capitalised or not ("Lawyer Martin Pradel", "defence lawyer Martin Pradel"). */
const PERSON_NOUN_TITLES = PERSON_NOUNS.split('|')
  .map((w) => `[${w[0].toUpperCase()}${w[0]}]${w.slice(1)}`)
  .join('|');
/**
 * A full name after a title, an honorific or what the person is ("Interior Minister Adil Karimov", "Defence lawyer Martin
 * Pradel", "journalist Anna Petrova"), a rank of two words one title ("Major General Edward Buba"): a later "he" or "she"
 * is this person.
 */
const TITLED_NAME = new RegExp(
  `\\b(?:${TITLES}|${PERSON_NOUN_TITLES}|(?:${HONORIFICS})\\.?)\\s+(?:(?:${HONORIFICS}|General)\\.?\\s+)*([\\p{Lu}][\\p{L}’'-]+(?:\\s+[\\p{Lu}][\\p{L}’'-]+){1,2})`,
  'gu',
);
/**
 * Whether a lower-case noun read as a name's title is an indefinite noun phrase of its own, the name opening another
 * clause: "A fighter Abu Omar recruited was killed" (the fighter whom Abu Omar recruited), "an official Islamic State
 * channel" (an adjective). A title before a name is definite or bare ("defence lawyer Martin Pradel", "the journalist
 * Anna Petrova"); a capitalised one is a title wherever it stands.
 */
function indefiniteNoun(sentence: string, m: RegExpMatchArray): boolean {
  return /^\p{Ll}/u.test(m[0]) && /\b(?:a|an|one|another|any|each|every|some|no)\s+$/i.test(sentence.slice(0, m.index));
}

/**
 * A full name opening a sentence as the subject of a verb: "Colonel Abdiaziz Warsame oversaw the programme", "Halima
 * Yusuf runs a centre" (a later "he" or "she" is this person; "Boko Haram fighters killed…" has a noun, not a verb, after
 * the name).
 */
const SUBJECT_NAME = new RegExp(
  `^\\s*(?:(?:${HONORIFICS}|General)\\.?\\s+)*([\\p{Lu}][\\p{Ll}’'-]+(?:\\s+[\\p{Lu}][\\p{Ll}’'-]+){1,2})\\s+(?:(?:also|now|then|later|once)\\s+)?(?:[a-z]{3,}ed|is|was|has|had|runs|ran|leads|led|heads|headed|oversaw|oversees|became|joined|left|took|spent|served|serves|works|worked|spoke|met|went|came|wrote|founded)\\b`,
  'u',
);
/**
 * A full name opening a sentence, described after a comma as people are: "Abdiaziz Warsame, a former officer, …" (not
 * "Boko Haram fighters killed…", a group named before its noun).
 */
const OPENING_NAME = /^\s*([\p{Lu}][\p{Ll}’'-]+(?:\s+[\p{Lu}][\p{Ll}’'-]+){1,2}),\s+(?:a|an|the|who|whose|now|once|formerly)\s/u;
/**
 * A full name anywhere in a sentence with a description of a person after its comma: "talks to Timur Rakhimov, a former
 * prosecutor in Osh", "met Amina Yusuf, a lawyer for the families" (a later "Timur" or "he" is this person; "Kabul
 * Airport, a target…" describes no person).
 */
const DESCRIBED_PERSON = new RegExp(
  `(?<![\\p{L}’'])([\\p{Lu}][\\p{Ll}’'-]+(?:\\s+[\\p{Lu}][\\p{Ll}’'-]+){1,2}),\\s+(?:a|an)\\s+(?:[\\p{Ll}-]+\\s+){0,3}?(?:${PERSON_NOUNS})\\b`,
  'gu',
);
/** Words of a title or an office before a name that are no part of it: "Brigadier General Juma Otieno" is Juma Otieno. */
const NOT_A_NAME_WORD = new RegExp(
  `^(?:(?:${HONORIFICS})\\.?|General|The|A|An|Home|Affairs|Public|Safety|Defense|Defence|Foreign|Interior|Security|Immigration|Senior|Deputy|Prime|Vice|Chief|Special|Detective|Constable|Acting|Assistant)$`,
);
function titled(np: string, name: string): boolean {
  for (const m of np.matchAll(TITLE_BEFORE)) if (m[1] === name) return true;
  return false;
}

/**
 * A participle of citing, which names the source a clause's subject cites ("Citing NATO, the minister said…", "The agency,
 * quoting the army, said…", "…, Reuters reported, citing police"): never a part of a name nor of the subject's.
 */
export const CITING_PARTICIPLE = 'citing|quoting';
/** The same, as it opens a sentence: "Citing", "Quoting". */
export const CITING_OPENING = CITING_PARTICIPLE.replace(/\b\p{Ll}/gu, (c) => c.toUpperCase());
/** Words opening a sentence that are no part of a name after them: a capitalised preposition or conjunction, a participle of citing. */
const NOT_OF_THE_NAME = new RegExp(
  `^(?:In|On|At|For|From|By|With|As|After|Since|When|While|But|And|Of|To|Across|Inside|Within|Amid|During|${CITING_OPENING})\\s+`,
);

/** Capitalised word runs that look like a person's name ("Pieter De Crem", "Ayob Khan Mydin Pitchay"). */
export function personName(np: string): string | null {
  // (a title with "in charge" in it is one title: "Special Agent in Charge Daniel Ortiz", "Officer in Charge Ana Cruz")
  const cleaned = np.replace(/\([^)]*\)/g, ' ').replace(/\b(Agent|Officer)\s+in\s+(?=Charge\b)/g, '$1-in-');
  const found = [
    ...cleaned.matchAll(
      /(?:\b[\p{Lu}][\p{L}’'-]+(?:\s+(?:(?:de|van|der|von|al|bin|ibn|la|le|du|da|dos|del|el)\s+)?[\p{Lu}][\p{L}’'-]+)*)/gu,
    ),
  ];
  // a name that qualifies a noun ("a New York-based consultancy") or follows a preposition ("agencies in Central Asia") is no person
  const runs = found
    .filter(
      (m) =>
        !/^\s+[\p{Ll}]/u.test(cleaned.slice(m.index! + m[0].length)) &&
        // "Armed Conflict Location & Event Data": words joined by "&" name an organisation
        !/^\s*&/.test(cleaned.slice(m.index! + m[0].length)) &&
        !/&\s*$/.test(cleaned.slice(0, m.index)) &&
        !/\b(?:in|at|from|for|of|on|to|with|across|inside)\s+(?:the\s+)?$/.test(cleaned.slice(0, m.index)),
    )
    .map((m) => m[0]);
  for (let i = runs.length - 1; i >= 0; i--) {
    const run = runs[i].trim();
    if (ORG_WORDS.test(run) || (ROLE_WORDS.test(run.split(/\s+/)[0]) && run.split(/\s+/).length === 1)) continue;
    // "Kosovo's President Hashim Thaci": the name follows the possessor
    if (/[’']s\b/.test(run)) {
      const after = run.slice(run.search(/[’']s\b/) + 2).trim();
      const person = after && !/[’']s\b/.test(after) ? personName(after) : null;
      if (person && person.includes(' ')) return person;
      continue;
    }
    // a capitalised preposition or conjunction opening a sentence is no part of a name: "In Kenya, police say", nor a
    // participle of citing: "Citing NATO, the minister said"
    const words = run.replace(NOT_OF_THE_NAME, '').split(/\s+/);
    // the name follows its title, with whatever qualifies the title: "Coast Regional Commissioner Rhoda Onyancha" is
    // Rhoda Onyancha
    let titleAt = words.length - 2;
    while (titleAt >= 0 && !ROLE_WORDS.test(words[titleAt])) titleAt--;
    const parts = words.slice(titleAt + 1).filter((p) => !ROLE_WORDS.test(p) && !NOT_A_NAME_WORD.test(p));
    if (parts.length >= 1 && parts.every((p) => /^[\p{Lu}]/u.test(p) || /^(de|van|der|von|al|bin|ibn|la|le|du|da|dos|del|el)$/.test(p))) {
      // one capitalised word inside a longer phrase is a name only after a title: "Spy chief Sutiyoso", not "the Malaysian police"
      if (parts.length === 1 && np.trim().split(/\s+/).length > 1 && !titled(np, parts[0])) continue;
      return parts.join(' ');
    }
  }
  return titledPerson(cleaned);
}

/** Titles that a person holds (not the bodies they head): what a full name after them is the holder of. */
const PERSON_TITLE =
  'minister|secretary|chief|chairman|chairwoman|director|president|head|spokesman|spokeswoman|spokesperson|prosecutor|attorney|agent|commissioner|commander|coordinator|envoy|ambassador|governor|mayor|senator|deputy|officer|judge|general|inspector|superintendent';
/**
 * A title, with the body or office it is of, then a full name: "Police Commissioner Daniel Mutua", "Commissioner of
 * Police Mohamed Hameed", "Governor Ana Ruiz of Lagos state" (the holder, whatever body the title names).
 */
const TITLE_THEN_NAME = new RegExp(
  `(?<![\\p{L}])(?:${PERSON_TITLE.replace(/\b\p{Ll}/gu, (c) => `[${c.toUpperCase()}${c}]`)})(?:\\s+(?:of|for)(?:\\s+the)?)?((?:\\s+\\p{Lu}[\\p{L}’'.-]*){2,7})(?![\\p{L}’'-])`,
  'gu',
);
/**
 * A full name, then "of" a body, a description of the person maybe before it: "Amina Farah of the Centre for Security
 * Studies", "a researcher, Amina Farah of the Centre…" are Amina Farah (a body's own name, "Ministry of the Interior",
 * has a body's word in the words before "of").
 */
const NAME_OF_BODY =
  /^\s*(?:(?:(?:[Aa]n?|[Tt]he)\s+)?\p{Ll}[\p{Ll}\s-]*,\s+)?(\p{Lu}[\p{Ll}’'-]+(?:\s+\p{Lu}[\p{Ll}’'-]+){1,2})\s+(?:of|at|from)\s+(?:the\s+)?\p{Lu}/u;

/** Nouns that end a body's name, not a person's: "Joint Command of the Armed Forces", "Border Guard of …". */
const BODY_HEAD =
  /^(?:Command|Authority|Staff|Corps|Guard|Forces?|Bank|Academy|State|Republic|Division|Brigade|Battalion|Regiment|Headquarters|Secretariat|Inspectorate|Association|Federation|Union|Party|Movement|Church|Diocese|Province|County|City|District|Region|Office|Board|Cabinet|Senate|Congress|Parliament|Assembly|Chamber)$/;

/** The holder named after a title, or the person named before "of" a body, when no plainer reading found one. */
function titledPerson(np: string): string | null {
  // (an acronym is a body's name, the title's body: "Deputy Chairman of the GKNB Tashtemir Aitbaev" is Tashtemir Aitbaev)
  const notName = (w: string) =>
    ROLE_WORDS.test(w) || ORG_WORDS.test(w) || NOT_A_NAME_WORD.test(w.replace(/\.$/, '')) || /^\p{Lu}{2,}$/u.test(w);
  for (const m of np.matchAll(TITLE_THEN_NAME)) {
    const words = m[1].trim().split(/\s+/);
    let first = words.length;
    while (first > 0 && !notName(words[first - 1])) first--;
    const name = words.slice(first);
    if (name.length >= 2 && name.length <= 3 && name.every((w) => /^\p{Lu}[\p{Ll}’'-]+$/u.test(w))) return name.join(' ');
  }
  const m = NAME_OF_BODY.exec(np);
  // (the body by a word of a body's or by a name of two capitalised words: "of the Beirut Bar Association")
  const body = m && np.slice(m[0].length - 1);
  if (
    m &&
    body &&
    !m[1].split(/\s+/).some((w) => notName(w) || BODY_HEAD.test(w)) &&
    (ORG_WORDS.test(body) || /^\p{Lu}[\p{L}’'-]*\s+\p{Lu}/u.test(body))
  )
    return m[1];
  return null;
}

/** A noun phrase without its article or demonstrative: "the ministry", "That ministry" → "ministry". */
export const withoutDeterminer = (np: string): string => np.replace(/^(the|a|an|that|those|these)\s+/i, '');

/** A body's capitalised name, its particles between: "the Prison Service", "the Office for National Statistics". */
const BODY_NAME = /(?<![\p{L}’'])((?:\p{Lu}[\p{L}’'.&-]*[^\S\n]+(?:(?:of|for|and|on|the)[^\S\n]+)*){0,5}\p{Lu}[\p{L}’'.&-]*)/gu;

/** Ranks written short, as the words a later role noun uses: "Brig. Gen. Musa Danladi" is "the general". */
const RANK_WORDS: Record<string, string> = {
  gen: 'general',
  brig: 'brigadier',
  col: 'colonel',
  lt: 'lieutenant',
  maj: 'major',
  capt: 'captain',
  cmdr: 'commander',
  supt: 'superintendent',
  insp: 'inspector',
  sgt: 'sergeant',
  adm: 'admiral',
  prof: 'professor',
};
/** Titles of a body's head: a "police chief" is the police's commissioner, director, commander or inspector general. */
const HEAD_TITLE = /^(?:commissioner|director|commander|chief|head|inspector|superintendent|general)$/;

/** Names seen so far in the text, for pronouns ("he"), surnames ("Ayob") and role nouns ("the minister", "the report"). */
export class Referents {
  private readonly persons: { name: string; np: string }[] = [];
  // (each in lower case as noted: every resolve walks back over the last few dozen)
  private readonly nps: { name: string; np: string; words: Set<string>; named: string; npLower: string; nameWords: string[] }[] = [];
  private readonly organisations: string[] = [];

  /**
   * A name as a mention wrote it, with the description set beside it in apposition ("Musa Danladi, the army spokesman"):
   * a later role noun may name the person by the description's role ("the army spokesman", "the spokesman") or by a rank
   * the name was written with ("the general" for "Brig. Gen. Musa Danladi"); the body in the description ("the army") is
   * no name of the person.
   */
  note(name: string, np: string, described = ''): void {
    const person = personName(np) !== null && !ORG_WORDS.test(name);
    // a pronoun left unresolved ("He", "she", a possessive "its") names nobody a later "he" or "it" could stand for
    if (/^(?:he|she|they|it|you|his|her|its|their)$/i.test(name)) return;
    if (person || PRONOUNS.test(np)) this.persons.push({ name, np });
    // (a person described by what they are, "a regional police official", "the researcher", is no body a later "it" or
    // "the report" stands for)
    else if (!PRONOUNS.test(name) && !/^(report|study|survey|source|statement)$/i.test(name) && !PERSON_NOUN_HEAD.test(name))
      this.organisations.push(name);
    // (of the description, its role noun only: "the army" is no spokesman of the army)
    const role = described.trim().split(/\s+/).pop() ?? '';
    const words = `${np} ${role}`.toLowerCase().split(/[^\p{L}\p{N}]+/u);
    const named = name.toLowerCase();
    this.nps.push({
      name,
      np,
      words: new Set([...words, ...words.map((w) => RANK_WORDS[w]).filter(Boolean)]),
      named,
      npLower: np.toLowerCase(),
      nameWords: named.split(/\s+/),
    });
  }

  /**
   * Persons named with a title in a sentence ("Interior Minister Adil Karimov spoke…"), or by their full name and a
   * description as its subject ("Abdiaziz Warsame, a former officer, thinks…"), for a later "he".
   */
  noteTitled(sentence: string): void {
    for (const m of sentence.matchAll(TITLED_NAME)) if (!indefiniteNoun(sentence, m)) this.persons.push({ name: m[1], np: m[0] });
    for (const m of /,\s+an?\s/.test(sentence) ? sentence.matchAll(DESCRIBED_PERSON) : [])
      if (personName(m[1]) === m[1] && !ORG_WORDS.test(m[1])) this.persons.push({ name: m[1], np: m[1] });
    const subject = OPENING_NAME.exec(sentence)?.[1] ?? SUBJECT_NAME.exec(sentence)?.[1];
    if (subject && personName(subject) === subject && !ORG_WORDS.test(subject)) this.persons.push({ name: subject, np: subject });
  }

  /**
   * Bodies named by a capitalised name earlier in a sentence whose "it" is a subject ("I asked the Prison Service how
   * many…; it said 9"): the last of them is what the "it" stands for.
   */
  noteBodies(sentence: string): void {
    for (const m of sentence.matchAll(BODY_NAME)) if (ORG_WORDS.test(m[1])) this.organisations.push(m[1]);
  }

  /** A full name for a surname, a pronoun or a role noun; null when nothing earlier matches. */
  resolve(np: string): string | null {
    // "a police spokesman", "an official": an indefinite noun phrase brings in somebody new, whoever was named before
    if (/^(?:a|an)\s/i.test(np.trim())) return null;
    const bare = withoutDeterminer(np).toLowerCase();
    // (…and as the object of "according to him", "according to them")
    if (/^(he|she|him|her)$/i.test(np)) return this.persons.length ? this.persons[this.persons.length - 1].name : null;
    if (/^(?:they|them)$/i.test(np)) return this.organisations.length ? this.organisations[this.organisations.length - 1] : null;
    if (/^it$/i.test(np)) return this.lastBody();
    const words = bare.split(/\s+/);
    const head = words[words.length - 1].replace(/[^\p{L}\p{N}]/gu, '');
    if (!head) return null;
    // an acronym is a name, not a role noun: "Kazakhstan's KNB" is not the person last named with a KNB title
    const acronym = /^[A-Z]{2,8}$/.test(
      np
        .trim()
        .split(/\s+/)
        .pop()!
        .replace(/[^\p{L}\p{N}]/gu, ''),
    );
    // the names a role noun is qualified by say whose it is: "Uzbekistan's government" is not the Somali government named
    // before it, "the Interior Minister" is the one named "Interior Minister Adil Karimov"
    const qualifiers = np
      .trim()
      .split(/\s+/)
      .slice(0, -1)
      .filter((w) => /^\p{Lu}/u.test(w) && !/^(the|a|an)$/i.test(w))
      .map((w) =>
        w
          .replace(/['’]s$/, '')
          .replace(/[^\p{L}\p{N}]/gu, '')
          .toLowerCase(),
      );
    // …and so does a word in lower case that names another institution: "parliament's security committee", "the
    // parliamentary committee" are not the State Committee for National Security named before
    qualifiers.push(...institutionsNamed(np));
    // the last few dozen names are the ones a pronoun or role noun can point back to
    for (let i = this.nps.length - 1; i >= Math.max(0, this.nps.length - 40); i--) {
      const seen = this.nps[i];
      const { named } = seen;
      if (qualifiers.some((q) => !seen.words.has(q) && !named.includes(q))) continue;
      if (seen.npLower !== bare && seen.words.has(head) && named !== bare && !(acronym && !named.includes(head))) return seen.name;
      if (seen.nameWords.includes(bare) && seen.name.includes(' ')) return seen.name;
    }
    // "the police chief", "the army chief" for the person named with the title of a body's head and that body's word
    // ("Police Commissioner Daniel Mutua", "Commander of the Army Juma Otieno")
    if (words.length >= 2 && /^(?:chief|head|boss)$/.test(head)) {
      const body = words[words.length - 2];
      for (let i = this.nps.length - 1; i >= Math.max(0, this.nps.length - 40); i--) {
        const seen = this.nps[i];
        if (seen.words.has(body) && [...seen.words].some((w) => HEAD_TITLE.test(w)) && personName(seen.np) === seen.name) return seen.name;
      }
    }
    // "Timur" for the Timur Rakhimov a sentence described before ("talks to Timur Rakhimov, a former prosecutor"): one
    // name of a person's full name, the last person so named
    if (words.length === 1 && /^\p{Lu}\p{Ll}/u.test(np.trim())) {
      for (let i = this.persons.length - 1; i >= 0; i--) {
        const full = this.persons[i].name;
        if (full.includes(' ') && full.toLowerCase().split(/\s+/).includes(bare)) return full;
      }
    }
    // "the report", and a bare "the organisation", "the watchdog": the organisation last named as a source (not "the
    // Soufan Center", a name of its own)
    const bareBody =
      words.length === 1 && /^(organisation|organization|ngo|charity|watchdog|monitor|institute|centre|center|body)$/.test(head);
    // …and so do "the figures", "these data" alone: a named source's figures referred back to
    const referredFigures =
      words.length === 1 && /^(?:the|these|those)\s/i.test(np.trim()) && /^(figures|data|statistics|numbers)$/.test(head);
    if (/^(report|study|survey|statement|it)$/.test(head) || bareBody || referredFigures) return this.lastBody();
    return null;
  }

  /** The organisation last named, people named by what they are ("officials") left out: what "it" or "the report" is. */
  private lastBody(): string | null {
    for (let i = this.organisations.length - 1; i >= 0; i--)
      if (!PERSONS_NOUN_HEAD.test(this.organisations[i])) return this.organisations[i];
    return null;
  }
}

/** The head of a body's name a capitalised role noun may stand for: "the Committee", "the Agency", "the Office". */
const ROLE_NOUN_HEAD =
  'Committee|Commission|Agency|Office|Directorate|Service|Ministry|Department|Council|Bureau|Authority|Institute|Centre|Center|Unit|Division|Command|Secretariat|Tribunal|Observatory|Foundation|Mission|Coalition|Board|Panel|Administration|Inspectorate';
const CAPITALISED_ROLE_NOUN = new RegExp(`^[Tt]he\\s+(${ROLE_NOUN_HEAD})$`, 'u');
const NAME_WORD = "\\p{Lu}[\\p{L}’'.&-]*";
/** Between two words of a name: a space, or "of", "for", "and", "on" and "the" after them ("Ministry of the Interior"). */
const JOIN = '[^\\S\\n]+(?:(?:of|for|and|on)[^\\S\\n]+(?:the[^\\S\\n]+)?)?';

/**
 * The body a capitalised role noun stands for when no source named it: the last name ending in that head the text
 * wrote before it ("the Government created the National Disarmament, Demobilization and Reintegration Committee …
 * According to the Committee" is the Committee so named), or null. A role noun in lower case ("the committee") may be
 * any committee, a name of one word ("The Committee" opening a sentence) is no name, and a head the name goes on after
 * ("the State Committee for National Security") is no end of one: "the Ministry" is not read back to "the Ministry of
 * Justice" (measured: that cost an aggregate set a figure and gained none).
 */
export function bodyNamedBefore(text: string, at: number, mention: string): string | null {
  const role = CAPITALISED_ROLE_NOUN.exec(mention.trim());
  if (!role) return null;
  const names = namesEndingIn(text, role[1]);
  // (the last that ends before the mention: offsets are whole numbers)
  const after = lowerBound(names, (n) => n.end, at + 1);
  return after > 0 ? names[after - 1].name : null;
}

/**
 * The names of two words or more ending in `head` the text writes, in order, with where each ends: found once a text and
 * head (each attribution to "the Committee" asks for those before it, and a search of the text up to each had made a
 * 250,000-character text of them some ten times slower to read).
 */
function namesEndingIn(text: string, head: string): { end: number; name: string }[] {
  if (namesRead?.text !== text) namesRead = { text, byHead: new Map() };
  const held = namesRead.byHead.get(head);
  if (held) return held;
  const named = new RegExp(
    `(?<![\\p{L}’'])((?:${NAME_WORD},?${JOIN}){0,8}${head}(?:[^\\S\\n]+\\(\\p{Lu}{2,8}\\))?)(?![\\p{L}]|[^\\S\\n]+(?:of|for|on)[^\\S\\n]+(?:the[^\\S\\n]+)?\\p{Lu})`,
    'gu',
  );
  const out: { end: number; name: string }[] = [];
  for (const m of text.matchAll(named)) {
    // (not a capitalised word opening the sentence: "In", "The")
    const name = m[1].replace(/^(?:The|In|On|For|At|By|From|With|To|As|After|Since|Under|And|But|Of)\s+/, '').replace(/,$/, '');
    if (name.split(/\s+/).length >= 2) out.push({ end: m.index + m[0].length, name });
  }
  namesRead.byHead.set(head, out);
  return out;
}

/** The last text `namesEndingIn` read, and its names by head. */
let namesRead: { text: string; byHead: Map<string, { end: number; name: string }[]> } | null = null;
