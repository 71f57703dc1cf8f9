/**
 * Speaker labels of transcripts and interviews ("Senator PAYMAN:", "Mr Burgess:", "Q:", "ABYKAEV:"): the figures of a
 * turn are its speaker's, from the label to the next one, though no verb of saying is written.
 */
import { type Attribution, plainAttribution } from './attribution';
import type { NameMention } from './lexicon';
import { HONORIFICS, personName, ROLE_WORDS } from './persons';
import { type Sentence, TIME_CODE } from './text';

/** A rank, an honorific or an office before a speaker's name. */
const TITLES = `(?:${HONORIFICS}|Senator|Sen|Minister|Commissioner|Chair|Chairman|Chairwoman|Chairperson|General|Ambassador|Secretary|Director|President|Deputy|Rep|Representative|Earl|Viscount)\\.?`;
const NAME = "[\\p{Lu}][\\p{L}'’.-]*";
/** A reference number or code opening a field's value: "188/26", "W-05(H)-118-04/2025", "HO/2026/118", "MDE 11/4471/2026". */
const REFERENCE = /^(?:\p{Lu}{1,4}[\s/-]?)?\d+[/(-][\d\p{Lu}]/u;
/** A protected witness's code after the word for them: "WITNESS P-0431", "Witness TF1-334", "Witness K12". */
const CODE = '(?:[\\p{Lu}\\d]{1,4}-\\d{1,5}|\\p{Lu}{1,3}\\d{1,5})';
/**
 * A label opening a line: a title and a name, a name in capitals, or a role ("The CHAIR", "Minister for Justice
 * (Anders Krogh)", "Head of the Service"), then a colon.
 */
const LABEL = new RegExp(
  `^((?:The\\s+)?(?:${TITLES}\\s+)?${NAME}(?:\\s+(?:(?:of|for|and|on)\\s+(?:the\\s+)?)?${NAME}){0,4}(?:\\s+${CODE})?(?:\\s+\\([^)]{1,60}\\))?)\\s*:\\s+(?=\\S)`,
  'u',
);
/**
 * A label that is a line of its own, the turn on the lines after it, as parliamentary records and scripts print them
 * ("Baroness Whitcombe (LD)", "The Minister of State, Home Office (Lord Tremayne of Kerswell) (Lab)", "COLONEL SOMCHAI
 * (sync, subtitled)").
 */
const LINE_LABEL = new RegExp(
  `^((?:The\\s+)?(?:${TITLES}\\s+)?${NAME}(?:,?\\s+(?:(?:of|for|and|on)\\s+(?:the\\s+)?)?${NAME}){0,6}(?:\\s+\\([^)]{1,40}\\)){0,2})[ \\t\\r]*$`,
  'u',
);
/**
 * A written answer's line naming who gives it, its answer on the lines after it: "Answered by Lord Collins of Highbury,
 * Minister of State (FCDO), 2 December 2026:", "Answer given by Ms Johansson on behalf of the European Commission".
 */
const SLASHED = `${NAME}(?:/${NAME})*`;
const ANSWERED_BY = new RegExp(
  `^[ \\t]*(?:Answer(?:ed)?(?:\\s+given)?|Repl(?:y|ied)(?:\\s+given)?|Response\\s+given)\\s+by\\s+((?:The\\s+)?(?:${TITLES}\\s+)?${SLASHED}(?:\\s+(?:(?:of|for|and|on)\\s+(?:the\\s+)?)?${SLASHED}){0,5})`,
  'u',
);
/** A line that is a name, then a role or an employer after a dash: "Daniel Okoye -- Chief Executive Officer". */
const DASHED_LABEL = new RegExp(`^[ \\t]*(${NAME}(?:\\s+${NAME}){1,3})[ \\t]+(?:--|—|–)[ \\t]+[^\\n]{2,80}$`, 'u');
/** A title opening a label: "The Minister of State, …", "Baroness Whitcombe". */
const TITLE_FIRST = new RegExp(`^(?:The\\s+)?${TITLES}\\s`, 'u');
/** A party's or a direction's short tag after a label, no part of the speaker's name: "(Lab)", "(LD)", "(CB)". */
const PARTY_TAG = /\s+\([\p{Lu}][\p{L}]{0,4}\)$/u;
/** The writer's own voice in a script: its turns are nobody's ("NARRATOR (V.O.)", "VOICE-OVER"). */
const NARRATOR = /^(?:narrator|voice[- ]?over|v\.o\.|announcer)\b/i;
/** A title alone: "Chair", "Senator". */
const TITLE = new RegExp(`^${TITLES}$`, 'u');
/** A person named in brackets after a role: "Minister for Justice (Anders Krogh)" is Anders Krogh. */
const ROLE_THEN_PERSON = new RegExp(`^.+\\(\\s*(${NAME}(?:\\s+(?:of\\s+)?${NAME}){1,3})\\s*\\)$`, 'u');
/** A peer's title, which is a name of its own: "Lord Tremayne of Kerswell", "Baroness Whitcombe". */
const PEER = /^(?:Lord|Lady|Baroness|Earl|Viscount|Bishop)\s/;
/**
 * Labels that are no speaker: questions, answers, section headings, dates, and a wire's or a live page's slugs
 * ("URGENT:", "BREAKING:", "FLASH:", "INTERVIEW:"), the agency's own voice.
 */
const NOT_SPEAKER =
  /^(?:Q|A|Question|Answer|Urgent|Breaking|Breaking news|Flash|News ?flash|Alert|News alert|Bulletin|Developing|Exclusive|Advisory|Latest|Live|Factbox|Explainer|Timeline|Analysis|Editorial|Interview|Opinion|Comment|Commentary|Feature|Profile|Podcast|Transcript|Video|Watch|Listen|Fact ?check|Special report|In depth|Note|Notes|Source|Sources|Update|Updated|Editor'?s note|Related|Read more|See also|Photo|Caption|Summary|Background|Key findings|Super|Supers|Lower third|Date|Subject|Re|Tel|Phone|Email|Fax|Website|Address|Contact|Warning|Disclaimer|Correction|Table|Figure|Chart|Map|Annex|Article|Section|Paragraph|Resolution|Recommendation|Conclusion|Conclusions|Introduction|Methodology|Response|Reply|Finding|Findings|Outcome|Decision|Status|Result|Results)$/i;

/**
 * The speaker labels of a transcript, by the sentence that opens each turn. A text with fewer than two labelled
 * lines is no transcript ("BAGHDAD: Nine French…" is a dateline), and a place named as a label is none either.
 */
export function speakersOf(text: string, sents: Sentence[], names: NameMention[]): Map<Sentence, Attribution> {
  const out = new Map<Sentence, Attribution>();
  // places as labels: datelines and sections, which end a speaker's turn but make no transcript
  const ends = new Map<Sentence, Attribution>();
  const fullNames: string[] = [];
  // labels on lines of their own count only when one speaker takes several turns: a heading stands once
  const lineLabels = sents.map((s) => lineLabelAt(text, s));
  const turns = new Map<string, number>();
  for (const l of lineLabels) {
    const speaker = l && (l.unnamed ? l.mention : l.name).toLowerCase();
    if (speaker) turns.set(speaker, (turns.get(speaker) ?? 0) + 1);
  }
  const lineTranscript = [...turns.values()].some((n) => n >= 2);
  const surnames = surnameLabels(text);
  const labelNames: string[] = [];
  // the witness a question addresses by name answers the "A:" lines after it, until another is addressed; before that,
  // the one person the interview's lead names
  let witness: Attribution | null = intervieweeOf(text);
  // whether the line before was a question: a labelled turn right after one answers it
  let asked = false;
  // a written answer names who gives it once, and is a turn of its own
  let answered = false;
  for (const [k, s] of sents.entries()) {
    const answer = lineStartAt(text, s) ? answeredBy(text, s, sents[k + 1]) : null;
    if (answer) {
      out.set(answer.turn, answer.by);
      answered = true;
      continue;
    }
    const qa = questionOrAnswer(text, s);
    const wasAsked = asked;
    if (qa || lineStartAt(text, s)) asked = qa?.question ?? false;
    if (qa) {
      if (qa.question) {
        witness = qa.addressed ?? witness;
        // a question is the examiner's: it ends the answer before it
        ends.set(s, plainAttribution({ name: '', mention: qa.label, cue: '', at: s.start, unnamed: true }));
      } else if (witness) out.set(s, { ...witness, carried: true });
      continue;
    }
    // a label on a line of its own opens its turn at the line after it
    const colon = speakerAt(text, s, surnames);
    const onItsLine = !colon && lineTranscript && lineLabels[k] !== null && k + 1 < sents.length;
    let a = onItsLine ? lineLabels[k] : colon;
    const turn = onItsLine ? sents[k + 1] : s;
    // a place named as the label is a dateline ("BAGHDAD:"); one in its brackets is whom the speaker represents
    // ("Mr. Abdi (Somalia):")
    const named = a ? a.mention.replace(/\s*\([^)]*\)$/, '').length : 0;
    if (!a) continue;
    if (names.some((n) => n.type === 'place' && n.start >= a!.at && n.end <= a!.at + named)) {
      // …which ends the turn before it, as a section of a digest ("PAKISTAN: A suicide bomber…") is the writer's
      ends.set(turn, plainAttribution({ name: '', mention: a.mention, cue: '', at: a.at, unnamed: true }));
      continue;
    }
    // "SALEH:" after "DR. AMIRA SALEH:" is the same speaker, by the full name of the earlier label
    const surname = a.name.toLowerCase();
    const full = /\s/.test(a.name) ? null : fullNames.find((f) => f.toLowerCase().endsWith(` ${surname}`));
    // "MJ:" after "Mounir Jelassi:", as interviews shorten a speaker's label after the first turn: the earlier label
    // whose words' initials it is
    const initials = /^[\p{Lu}]{2,3}$/u.test(a.mention) ? labelNames.find((f) => /\s/.test(f) && initialsOf(f) === a!.mention) : undefined;
    if (full) a = { ...a, name: full };
    else if (initials) a = { ...a, name: initials };
    else if (personName(a.name) === a.name && /\s/.test(a.name)) fullNames.push(a.name);
    if (!initials) labelNames.push(a.name);
    out.set(turn, a);
    // …and a speaker who answers ("A (Deputy Minister …): …", or a labelled turn right after a question) answers the bare
    // "A:" lines that follow; a label that asks or presides ("MR COLLINS: Thank you, Your Honour.", then "Q: …", "A: …")
    // is the examiner's or the bench's, no witness
    if (/^(?:A|Answer)\s*\(/i.test(a.mention) || wasAsked) witness = { ...a, carried: true };
  }
  // one labelled answer is a transcript when the text asks its questions in labelled lines too ("Q: …" / "A (…): …")
  const interview = /^[ \t]*(?:Q|Question)[ \t]*[:.][ \t]+\S/m.test(text);
  if (out.size < (interview || answered ? 1 : 2)) return new Map();
  for (const [turn, end] of ends) out.set(turn, end);
  return out;
}

/** Capitalised word runs, each a name's candidate: "Dr Miriam Okafor", "Lake Chad Monitoring Group". */
const CAPITALISED_RUN = /[\p{Lu}][\p{L}’'.-]*(?:\s+(?:(?:de|van|der|von|al|bin|ibn|la|le|du|da|dos|del|el)\s+)?[\p{Lu}][\p{L}’'-]*)+/gu;
/** A lead that names whoever asks, not who answers: "interviewed by", "our correspondent", "reporter". */
const ASKER = /\b(?:interviewed\s+by|conducted\s+by|questions?\s+by|by\s+our|correspondent|reporter|interviewer|editor)\b/i;

/**
 * Who answers an interview's "A:" lines when no question addresses anyone: the one person, by full name, its lead names
 * before the first "Q:" line ("Dr Miriam Okafor heads the monitoring group. She spoke to us…", "Interview with the
 * minister, Salma Okafor"); none when the lead names several people, or names whoever asks.
 */
function intervieweeOf(text: string): Attribution | null {
  const first = /^[ \t]*(?:Q|Question)[ \t]*[:.][ \t]+\S/m.exec(text);
  if (!first || !/^[ \t]*(?:A|Answer)[ \t]*[:.][ \t]+\S/m.test(text.slice(first.index))) return null;
  const lead = text.slice(0, first.index);
  if (ASKER.test(lead)) return null;
  const found = new Map<string, number>();
  for (const m of lead.matchAll(CAPITALISED_RUN)) {
    const name = personName(m[0]);
    if (name && /\s/.test(name) && !found.has(name)) found.set(name, m.index + m[0].indexOf(name.split(/\s/)[0]));
  }
  if (found.size !== 1) return null;
  const [[name, at]] = [...found];
  return { ...plainAttribution({ name, mention: name, cue: '', at }), carried: true };
}

/** The giver of a written answer a sentence names, and the sentence their answer opens with (the next, on a line of its own). */
function answeredBy(text: string, s: Sentence, next: Sentence | undefined): { by: Attribution; turn: Sentence } | null {
  const m = ANSWERED_BY.exec(text.slice(s.start, s.end));
  if (!m) return null;
  const at = s.start + m[0].length - m[1].length;
  const by = personName(m[1]) ? plainAttribution({ name: personName(m[1])!, mention: m[1], cue: '', at }) : labelAttribution(m[1], at);
  const ownLine = /\n/.test(text.slice(s.end, next?.start ?? s.end)) || /:\s*$/.test(text.slice(s.start, s.end));
  return by && { by, turn: ownLine && next ? next : s };
}

/** A question's or an answer's label opening a line: "Q:", "A.", "Question:", "Answer:". */
const QA_LABEL = /^[ \t]*(Q|A|Question|Answer)[ \t]*[:.][ \t]+(?=\S)/;
/**
 * A name addressed at the start of a sentence, before its comma, with the title it may carry: "Daniel, you said…",
 * "Minister Karimov, you…", "Q: Ms Harlow, how many…".
 */
const ADDRESSED_NAME = new RegExp(
  `^\\s*(?:(?:${HONORIFICS}|Minister|Senator|General)\\.?\\s+)?(\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+)?),\\s`,
  'u',
);

/**
 * The name a sentence addresses at its start, after a question's label if it opens with one: "Daniel, you said…", "Q:
 * Mr Kamara, you told the court that 300…" (the examiner puts to the witness what the witness said).
 */
export function addressedName(opening: string): string | undefined {
  return ADDRESSED_NAME.exec(opening.replace(/^[ \t]*(?:Q|Question)[ \t]*[:.][ \t]+/, ''))?.[1];
}

/** Whether a sentence opens a line. */
function lineStartAt(text: string, s: Sentence): boolean {
  return s.start === 0 || /\n[ \t]*$/.test(text.slice(Math.max(0, s.start - 20), s.start));
}

/**
 * A line of a question-and-answer transcript: a question, with the witness it addresses by name (an honorific before a
 * surname, or a full name), or an answer. An answer labelled with whoever gives it ("A (Deputy Minister …):") is a
 * speaker's label, read by LABEL.
 */
function questionOrAnswer(text: string, s: Sentence): { question: boolean; label: string; addressed: Attribution | null } | null {
  if (!lineStartAt(text, s)) return null;
  const m = QA_LABEL.exec(text.slice(s.start, s.end));
  if (!m) return null;
  const question = /^Q/.test(m[1]);
  let addressed: Attribution | null = null;
  const from = s.start + m[0].length;
  const end = text.indexOf('\n', from);
  const line = text.slice(from, end < 0 ? text.length : end);
  // each sentence of the question's line may open with the name it addresses ("Thank you. Mr Devlin, you were…")
  for (const at of question ? [0, ...[...line.matchAll(/[.?!][ \t]+/g)].map((m) => m.index + m[0].length)] : []) {
    const v = ADDRESSED_NAME.exec(line.slice(at));
    if (!v) continue;
    const words = v[0].replace(/,\s$/, '').trim();
    const titled = v[0].trim() !== `${v[1]},`;
    const person = personName(v[1]);
    if (!ROLE_WORDS.test(words) && (titled || (person === v[1] && /\s/.test(v[1]))))
      addressed = labelAttribution(words, from + at + v[0].indexOf(words), new Set([words]));
  }
  return { question, label: m[1], addressed };
}

/** A label that is a whole line, followed by the turn's first line, as an attribution of its turn, or null. */
function lineLabelAt(text: string, s: Sentence): Attribution | null {
  const lineStart = s.start === 0 || text[s.start - 1] === '\n';
  const lineEnd = text.indexOf('\n', s.start);
  if (!lineStart || lineEnd < 0) return null;
  const line = text.slice(s.start, lineEnd);
  // a person's name, then their role after a dash, as transcripts of earnings calls and hearings print each turn's
  // speaker, often with a blank line before the turn ("Daniel Okoye -- Chief Executive Officer", "Peter Haas — Berenberg
  // — Analyst")
  const dashed = DASHED_LABEL.exec(line)?.[1];
  if (dashed && personName(dashed) === dashed && /^\s*\S/.test(text.slice(lineEnd + 1, lineEnd + 40)))
    return labelAttribution(dashed, s.start);
  if (!/^[ \t]*\S/.test(text.slice(lineEnd + 1, lineEnd + 40))) return null;
  const m = LINE_LABEL.exec(line);
  if (!m) return null;
  const mention = m[1].trim().replace(PARTY_TAG, '');
  // a speaker, not a heading: a title first, a name in capitals, or a bracket naming the person or the delivery
  if (!TITLE_FIRST.test(mention) && !/^[\p{Lu}'’.-]{2,}(?:\s|$)/u.test(mention) && !/\)$/.test(mention)) return null;
  if (NARRATOR.test(mention)) return plainAttribution({ name: '', mention, cue: '', at: s.start, unnamed: true });
  // a direction in brackets is no part of the name: "COLONEL SOMCHAI (sync, subtitled)"
  return labelAttribution(mention.replace(/\s+\(\p{Ll}[^)]*\)$/u, ''), s.start);
}

/** The capitals of a name's words: "Mounir Jelassi" → "MJ", "Le Quotidien" → "LQ". */
function initialsOf(name: string): string {
  return name
    .split(/\s+/)
    .map((w) => w[0])
    .filter((c) => /\p{Lu}/u.test(c))
    .join('');
}

/**
 * One-word labels that are a speaker's surname, not an infobox's field ("Strength:"): those that open two lines or
 * more ("Vollmer:", "Reinhold:"), or end a full name the text gives ("Lind:" after "police chief Eva Lind").
 */
function surnameLabels(text: string): Set<string> {
  const seen = new Map<string, number>();
  for (const m of text.matchAll(/^[ \t]*(\p{Lu}[\p{L}'’-]+):[ \t]+\S/gmu)) seen.set(m[1], (seen.get(m[1]) ?? 0) + 1);
  const named = (w: string) => new RegExp(`\\p{Lu}\\p{Ll}+[^\\S\\n]+${w}(?![\\p{L}:])`, 'u').test(text);
  return new Set([...seen].filter(([w, n]) => n >= 2 || named(w)).map(([w]) => w));
}

/** The speaker a line opens with, as an attribution of its turn, or null. */
function speakerAt(text: string, s: Sentence, surnames: Set<string>): Attribution | null {
  if (!lineStartAt(text, s)) return null;
  // a time code before the label, as transcripts of broadcasts print it: "[00:03:44] NASSAR:", "07:35 HOST:"
  const timed = TIME_CODE.exec(text.slice(s.start, Math.min(s.end, s.start + 20)))?.[0].length ?? 0;
  const m = LABEL.exec(text.slice(s.start + timed, Math.min(s.end, s.start + timed + 120)));
  if (!m) return null;
  // a field of a heading whose value is a reference, no turn of speech: "UA: 188/26 Index: …", "Criminal Appeals No:
  // W-05(H)-118-04/2025", "Ref: HO/2026/118"
  if (REFERENCE.test(text.slice(s.start + timed + m[0].length, s.end))) return null;
  return labelAttribution(m[1].trim(), s.start + timed, surnames);
}

/** A speaker's label as written, as the attribution of its turn: null when it is a heading, a field or a question. */
function labelAttribution(mention: string, at: number, surnames: Set<string> = new Set()): Attribution | null {
  // a title in capitals too: "DR. KARIM NASSAR" is Karim Nassar
  const bare = mention.replace(new RegExp(`^(?:The\\s+)?(?:${TITLES}\\s+)?`, 'iu'), '').replace(/\s*\([^)]*\)$/, '');
  // an answer labelled with whoever gives it: "A (Deputy Minister Rustam Nazarzoda):" is Rustam Nazarzoda's turn
  const answerer = /^(?:A|Answer)\s*\((.+)\)$/i.exec(mention)?.[1];
  if (answerer) {
    const a = labelAttribution(answerer, at + mention.indexOf('(') + 1, surnames);
    return a && { ...a, name: personName(answerer) ?? a.name };
  }
  if (NOT_SPEAKER.test(mention) || NOT_SPEAKER.test(bare) || !bare) return null;
  // words joined by "of", "for", "and" are an office only with a role in them ("Minister for Justice", "Head of the
  // Service"), else a section heading ("Countering the Financing of Terrorism:"); a peer's title is a name ("Lord
  // Tremayne of Kerswell")
  if (/\s(?:of|for|and|on)\s/.test(mention) && !ROLE_WORDS.test(mention.replace(/\s*\([^)]*\)$/, '')) && !PEER.test(mention)) return null;
  // one word in mixed case that is no title or role ("Strength: 800", "Leader: Abu …", "Active: 2007") is an infobox's
  // field, not a speaker, whom transcripts print with a title, in capitals or by full name, or by a surname that opens
  // several turns or that the text gives with a given name
  if (
    !/\s/.test(mention) &&
    !/^[\p{Lu}'’.-]{2,}$/u.test(mention) &&
    !TITLE.test(mention) &&
    !ROLE_WORDS.test(mention) &&
    !surnames.has(mention)
  )
    return null;
  // "SMITH" → "Smith": a name in capitals as a transcript prints it
  const titleCase = (words: string) =>
    words
      .split(/\s+/)
      .map((w) => (/^[\p{Lu}'’.-]{2,}$/u.test(w) ? w[0] + w.slice(1).toLowerCase() : w))
      .join(' ');
  const name = titleCase(bare);
  // (only after a role: after a person's own name the brackets hold whom they speak for, "DR SARAH MERCER (King's
  // College London)")
  const person = ROLE_WORDS.test(mention.replace(/\s*\([^)]*\)$/, '')) ? ROLE_THEN_PERSON.exec(mention)?.[1] : undefined;
  // the person in the brackets without a title of their own: "Minister for Justice (Deputy Siobhán Kehoe)" is Siobhán
  // Kehoe, as a full name needs no title; a peer's title is part of the name
  const bracketed = person && !PEER.test(person) ? personName(person) : null;
  return plainAttribution({
    // a full name needs no title ("DR. KARIM NASSAR" is Karim Nassar); a surname keeps it ("Senator Payman")
    name:
      person && (personName(person) || PEER.test(person))
        ? bracketed?.includes(' ')
          ? bracketed
          : person
        : mention === bare || (personName(name) === name && name.includes(' '))
          ? name
          : titleCase(mention).replace(/^The\s+/, ''),
    mention,
    cue: '',
    at,
  });
}

/** A body's name ending in the word for what it is: "Interior Ministry", "Kenya Police", "National Security Council". */
const BODY_LABEL_HEAD =
  /\s(?:Ministry|Police|Army|Agency|Service|Office|Committee|Court|Government|Forces|Directorate|Department|Council|Commission|Command|Prosecution)$/u;

/**
 * A body named as a line's label, as a headline gives its source ("Interior Ministry: three cells dismantled, 27
 * arrested"): the source of that line's figures alone, though the text is no transcript. A place is a dateline and a
 * heading's words are no body ("Countering Violent Extremism:", "Operation Tríplice:"), nor is a label alone on its line.
 */
export function bodyLabel(text: string, s: Sentence, names: NameMention[]): Attribution | null {
  if (!lineStartAt(text, s)) return null;
  const m = LABEL.exec(text.slice(s.start, Math.min(s.end, s.start + 120)));
  if (!m) return null;
  const mention = m[1].trim();
  if (!BODY_LABEL_HEAD.test(mention) || NOT_SPEAKER.test(mention)) return null;
  // a label that ends its line heads what follows, a section or a list ("Foreign Forces:" over its items): no source
  if (m[0].slice(m[1].length).includes('\n')) return null;
  if (names.some((n) => n.type === 'place' && n.start === s.start && n.end === s.start + mention.length)) return null;
  return plainAttribution({ name: mention.replace(/^The\s+/, ''), mention, cue: '', at: s.start, local: true });
}
