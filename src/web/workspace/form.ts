import type { Candidate } from '../../extract/candidate';
import type { ActorKind } from '../../closedSets';
import type { Review } from './review';
import { actorNameOf } from '../../extract/names';
import { DomainError, FieldError } from '../../errors';

/** A urlencoded body as express.urlencoded({ extended: false }) leaves it: strings, or arrays of them for repeated names. */
export type FormBody = Record<string, unknown>;

/** Relation rows a claim form offers: the suggested ones and a few blank ones. */
export const MAX_RELATION_ROWS = 12;

/** Reads one field of a form; a field sent twice or as anything but text is a 400 naming it, not a guess. */
export function field(body: FormBody, name: string, maxLength = 100_000): string {
  const raw = body[name];
  if (raw === undefined) return '';
  if (typeof raw !== 'string')
    throw new DomainError('invalid_input', 'The form is not valid.', [{ field: name, message: 'must be sent once, as text' }]);
  if (raw.length > maxLength)
    throw new DomainError('invalid_input', 'The form is not valid.', [{ field: name, message: `must be at most ${maxLength} characters` }]);
  return raw;
}

/** The fields of a claim form, as text, exactly as the editor left them (they are shown again when saving fails). */
export interface ClaimForm {
  value_text: string;
  value: string;
  value_low: string;
  value_high: string;
  approximation: string;
  metric: string;
  country: string;
  group: string;
  location: string;
  /** "actor:<id>", or "new" to create the actor named in claimant_name. */
  claimant: string;
  claimant_name: string;
  claimant_kind: string;
  as_of: string;
  stated_on: string;
  context: string;
  quote: string;
  notes: string;
  /** Rows of (type, target): target is a candidate id ("c3") or "claim:<id>"; an empty type drops the row. */
  relations: { type: string; target: string }[];
  /** For "add as a source of": "claim:<id>". */
  source_of: string;
  /** "yes": save a claim entered by hand even though the ledger already holds the same statement. */
  separate: string;
  /** A candidate's choice among the other readings of its country, as sent (KEEP_COUNTRY: the Country field's): see claimCountry. */
  use_country: string;
}

export const TEXT_FIELDS = [
  'value_text',
  'value',
  'value_low',
  'value_high',
  'approximation',
  'metric',
  'country',
  'group',
  'location',
  'claimant',
  'claimant_name',
  'claimant_kind',
  'as_of',
  'stated_on',
  'context',
  'quote',
  'notes',
  'source_of',
  'separate',
] as const;

/** What the editor sent in a claim form's field (a relation row's too), or undefined for a name that is none of its fields. */
export function claimFormValue(form: ClaimForm, name: string): string | undefined {
  if ((TEXT_FIELDS as readonly string[]).includes(name)) return form[name as (typeof TEXT_FIELDS)[number]];
  const row = /^rel_(type|target)_(\d{1,2})$/.exec(name);
  return row ? form.relations[Number(row[2])]?.[row[1] as 'type' | 'target'] : undefined;
}

/**
 * A candidate form's choice among the readings of its country ("Use: no country — …"): any value but KEEP_COUNTRY is
 * the country the claim takes (empty: none), in place of the field as proposed; KEEP_COUNTRY, or none sent, keeps the
 * field. The form carries the country proposed (PROPOSED_COUNTRY): a field the editor changed from it and a reading
 * naming another country contradict each other (without script the field does not follow the choice), and the form is
 * refused (countryConflict) rather than one of them silently winning. The form keeps both as sent (a form shown again,
 * refused or carried through signing in, is exactly the editor's); the claim's country is read from them by claimCountry.
 */
export const USE_COUNTRY = 'use_country';
export const KEEP_COUNTRY = 'field';
export const PROPOSED_COUNTRY = 'proposed_country';

/** The reading of its country a candidate form chose: KEEP_COUNTRY when none was sent. */
const chosenReading = (body: FormBody): string => (body[USE_COUNTRY] === undefined ? KEEP_COUNTRY : field(body, USE_COUNTRY, 2_000));

/** A country field's codes, compared as a set: "ke, UG" is "UG,KE". */
const countryKey = (v: string): string =>
  v
    .split(',')
    .map((c) => c.trim().toUpperCase())
    .filter(Boolean)
    .sort()
    .join(',');

/**
 * The error of a form whose chosen reading of its country contradicts a Country field changed from the proposal, or
 * null: the reading is taken (or the field kept).
 */
export function countryConflict(body: FormBody): FieldError | null {
  const reading = chosenReading(body);
  if (reading === KEEP_COUNTRY || body[PROPOSED_COUNTRY] === undefined) return null;
  const typed = countryKey(field(body, 'country', 2_000));
  if (typed === countryKey(field(body, PROPOSED_COUNTRY, 2_000)) || typed === countryKey(reading)) return null;
  return {
    field: 'country',
    message:
      'differs from the other reading chosen below it: choose "As in the Country field" to keep what you typed, or clear your change',
  };
}

/** The country a claim form gives its claim: the reading chosen, else the Country field. */
export const claimCountry = (form: Pick<ClaimForm, 'country' | 'use_country'>): string =>
  form.use_country === KEEP_COUNTRY ? form.country : form.use_country;

/** The parts of a claim a proposal may leave out (the extractor found none), each of which every claim must have. */
export type ProposalGap = 'metric' | 'country' | 'claimant';

/**
 * What a form leaves empty of what every claim needs and a proposal may lack: a form lacking any is refused as it
 * stands ("must be filled in"), so "accept all high-confidence" leaves it to the editor rather than try it.
 */
export function gapsOf(form: ClaimForm): ProposalGap[] {
  const gaps: ProposalGap[] = [];
  if (form.metric.trim() === '') gaps.push('metric');
  if (claimCountry(form).trim() === '') gaps.push('country');
  if (!form.claimant.startsWith('actor:') && form.claimant_name.trim() === '') gaps.push('claimant');
  return gaps;
}

export function readClaimForm(body: FormBody): ClaimForm {
  const form = Object.fromEntries(
    TEXT_FIELDS.map((name) => [name, field(body, name, name === 'quote' || name === 'notes' ? 10_000 : 2_000)]),
  ) as Omit<ClaimForm, 'relations' | 'use_country'>;
  return { ...form, use_country: chosenReading(body), relations: readRelationRows(body) };
}

/**
 * The claim a form's field names by number, as the workspace's forms write it ("claim:12", "#12" or "12", spaces
 * around allowed), or null: a relation's "to", the claim a quote is a source of.
 */
export function claimRef(written: string): number | null {
  const m = /^(?:claim:)?#?(\d{1,15})$/.exec(written.trim());
  return m ? Number(m[1]) : null;
}

/** A claim form's relation rows as sent (`rel_type_0`, `rel_target_0`, …): a candidate's, a claim by hand, a claim's edit. */
export function readRelationRows(body: FormBody, rows = MAX_RELATION_ROWS): ClaimForm['relations'] {
  const relations: ClaimForm['relations'] = [];
  for (let i = 0; i < rows; i++) {
    const type = field(body, `rel_type_${i}`, 40);
    const target = field(body, `rel_target_${i}`, 40);
    if (body[`rel_type_${i}`] !== undefined || body[`rel_target_${i}`] !== undefined) relations.push({ type, target });
  }
  return relations;
}

const fmt = (n: number | null): string => (n === null ? '' : String(n));
/** A candidate's places as a form's field holds them: codes separated by commas, empty for none. */
export const list = (v: string | string[] | null): string => (v === null ? '' : Array.isArray(v) ? v.join(', ') : v);

/** The value a candidate proposes: its own, or for a verbal share the part of its whole's value it names. */
export function proposedValue(c: Candidate, all: Candidate[]): number | null {
  if (c.value !== null || c.fraction === null) return c.value;
  const whole = c.relations
    .filter((r) => r.type === 'part_of')
    .map((r) => all.find((o) => o.id === r.target))
    .find((o) => o && o.value !== null);
  return whole ? Math.round(whole.value! * c.fraction) : null;
}

/**
 * The form a candidate starts as. A verbal share ("around half of whom") gets the value its whole implies, since
 * the ledger stores figures, not fractions; the editor sees the share's words beside it.
 */
export function candidateForm(c: Candidate, all: Candidate[], claimant: string): ClaimForm {
  const value = proposedValue(c, all);
  return {
    value_text: c.value_text,
    value: fmt(value),
    value_low: fmt(c.value_low),
    value_high: fmt(c.value_high),
    approximation: c.approximation,
    metric: c.metric ?? '',
    country: list(c.country),
    group: c.group ?? '',
    location: list(c.location),
    claimant,
    // a new actor is named as the ledger names its actors: without the acronym the text brackets after the name
    claimant_name: c.claimant ? actorNameOf(c.claimant.name) : '',
    claimant_kind: guessKind(c.claimant?.name ?? '', c.claimant?.mention ?? ''),
    as_of: c.as_of ?? '',
    stated_on: c.stated_on ?? '',
    context: '',
    quote: c.quote.exact,
    notes: '',
    relations: c.relations.map((r) => ({ type: r.type, target: r.target })),
    source_of: c.existing_claim_ids.length > 0 ? `claim:${c.existing_claim_ids[0]}` : '',
    separate: '',
    use_country: KEEP_COUNTRY,
  };
}

/** The form of a review's candidate as proposed: what its card is filled with, and what "accept as proposed" sends. */
export const proposedForm = (review: Review, c: Candidate): ClaimForm =>
  candidateForm(c, review.extraction.candidates, review.claimantChoice.get(c.id) ?? 'new');

/**
 * The claim by hand started from a candidate's sentence ("Start a claim by hand from its sentence", `from=`): its quote,
 * and its claimant when the review matched it to an actor of the ledger. The sentence's other figure is most often said
 * by the same actor; the form had started as a new person, so the editor had to find the actor again (review53).
 */
export function handFormFrom(review: Review, from: Candidate | undefined): ClaimForm {
  return { ...emptyClaimForm(from?.quote.exact ?? ''), claimant: handClaimant(review, from) };
}

/** The claimant a claim by hand from a candidate's sentence starts with: the actor the review matched it to, else new. */
export const handClaimant = (review: Review, from: Candidate | undefined): string => (from && review.claimantChoice.get(from.id)) || 'new';

export const emptyClaimForm = (quote = ''): ClaimForm => ({
  value_text: '',
  value: '',
  value_low: '',
  value_high: '',
  approximation: 'exact',
  metric: '',
  country: '',
  group: '',
  location: '',
  claimant: 'new',
  claimant_name: '',
  claimant_kind: 'person',
  as_of: '',
  stated_on: '',
  context: '',
  quote,
  notes: '',
  relations: [],
  source_of: '',
  separate: '',
  use_country: KEEP_COUNTRY,
});

/**
 * Words of a newspaper's, a broadcaster's or a news agency's name, whole ("The Moscow Times", "Radio Azattyq", "the
 * news agency") or as the end of a name run together ("Kazinform", "Interfax", "AKIpress", "Trendnews").
 */
const MEDIA_WORDS =
  /\b(?:news|newspapers?|times|press|radio|television|tv|broadcast(?:er|ing)|reuters|interfax|gazette|herald|tribune|journal|daily|magazine|channel|wire)\b|\B(?:inform|press|news|media)\b/i;
/** A newspaper named a Post ("The Washington Post", "Jakarta Post"), not a post of lower case ("the border post"). */
const NAMED_POST = /\b\p{Lu}[\p{L}-]*\s+Post\b/u;
/**
 * A body's own press words, which say whose voice it is, not that a newspaper spoke: "the press service of the Interior
 * Ministry", "the FSB press office", "a press release from the Prosecutor General" (review49: each was offered as a media
 * outlet); not read for MEDIA_WORDS.
 */
const OWN_PRESS =
  /\bpress[\s-]+(?:service|office|secretary|secretariat|release|centre|center|department|unit|statement|spokes(?:man|woman|person)|conference|briefing)s?\b/gi;
/** Words of a research body's name. */
const RESEARCH_WORDS =
  /\b(?:institute|institution|university|college|academy|think[\s-]tank|research|studies|(?:centre|center)\s+(?:for|of|on))\b/i;
/** Words of a non-governmental organisation's name. */
const NGO_WORDS = /\b(?:ngo|watch|amnesty|foundation|charity|trust|human\s+rights|red\s+(?:cross|crescent)|observatory|project)\b/i;
/**
 * Words of a state body's name (or of any other organisation's, which an editor corrects), a body of several people too:
 * "UN panel of experts" (walk49: offered as a person), "monitoring team", "the French Senate"; a body of several bodies,
 * "the Radicalisation Awareness Network" (review52: offered as a person), a coalition, an alliance.
 */
const ORGANISATION_WORDS =
  /\b(agency|committee|service|ministry|office|council|police|department|government|bureau|army|forces?|directorate|intelligence|court|prosecutors?|commission|organi[sz]ation|union|nations|cent(er|re)|group|state|panel|team|mission|board|tribunal|parliament|senate|assembly|junta|administration|authorit(y|ies)|secretariat|inspectorate|network|coalition|alliance)\b/i;

/**
 * An office named by its title and remit, with nobody's name in it: "National Coordinator for Security and
 * Counterterrorism", "Commissioner for Human Rights", "Independent Reviewer of Terrorism Legislation" (review53: accept all
 * had made the first a person). A holder named after it is a person, and the extractor gives that name alone.
 */
const OFFICE_BY_REMIT =
  /^(?:the\s+)?(?:\p{Lu}\p{L}+\s+){0,3}(?:Coordinator|Commissioner|Rapporteur|Reviewer|Ombudsm[ae]n|Inspector|Controller|Registrar|Advocate)(?:\s+General)?\s+(?:for|of|on)\s+\p{Lu}/u;

/**
 * The one of those words a claimant is named by alone, "Ministry", "Police", "the Agency" (Agency), else null: words about
 * a body, not its name (the extractor gives them when it finds no body named before; review52: "Accept all" created an
 * actor "Ministry").
 */
export function bodyNounAlone(name: string): string | null {
  const bare = name.trim().replace(/^the\s+/i, '');
  return !/\s/.test(bare) && ORGANISATION_WORDS.exec(bare)?.[0].length === bare.length ? bare : null;
}

/**
 * A new claimant's likely kind, for the picker's first choice, from its name and the words that named it in the text
 * ("the Kazinform news agency"): a news outlet's, a research body's or an NGO's words say so; another organisation's
 * word or an acronym is taken for a state body; else a person.
 */
export function guessKind(name: string, mention = ''): ActorKind {
  const words = `${name} ${mention}`;
  if (!name) return 'person';
  if (MEDIA_WORDS.test(words.replace(OWN_PRESS, ' ')) || NAMED_POST.test(words)) return 'media_outlet';
  if (OFFICE_BY_REMIT.test(name)) return 'government_agency';
  if (RESEARCH_WORDS.test(words)) return 'research_institute';
  if (NGO_WORDS.test(words)) return 'ngo';
  if (ORGANISATION_WORDS.test(words) || /^[A-Z]{2,}(\/[A-Z]{2,})?$/.test(name.trim())) return 'government_agency';
  return 'person';
}

/** A figure typed as the editor would write it: digits with thousands separators or spaces, a decimal point. */
function number(text: string, name: string, errors: FieldError[]): number | null {
  const t = text.trim().replace(/[,\s\u00a0\u202f_]/g, '');
  if (t === '') return null;
  if (!/^\d{1,15}(\.\d{1,6})?$/.test(t)) {
    errors.push({ field: name, message: 'must be a number such as 1500 or 1,500' });
    return null;
  }
  return Number(t);
}

const orNull = (s: string): string | null => (s.trim() === '' ? null : s.trim());

/** How a claim form's fields and the API body's JSON Pointers name each other, so the service's errors land on the form. */
export interface FieldMap {
  /** Index of the relations in the body → the form's row index. */
  relationRows: number[];
}

/** The form's field for a JSON Pointer into a ClaimCreate body. */
export function formFieldOf(pointer: string, map: FieldMap): string {
  const parts = pointer.split('/').filter(Boolean);
  switch (parts[0]) {
    case 'sources':
      return 'quote';
    case 'claimant_id':
      return 'claimant';
    case 'location':
      return 'location';
    case 'relations':
      return parts[1] !== undefined && map.relationRows[Number(parts[1])] !== undefined
        ? `rel_target_${map.relationRows[Number(parts[1])]}`
        : 'relations';
    case undefined:
      return 'form';
    default:
      return parts[0];
  }
}

/**
 * A service's error of a claim body as the form says it: at the form's field (formFieldOf), and a relation its message
 * names by JSON Pointer ("where /relations/0 says it contradicts it") named as the form labels its row ("relation 1").
 */
export function formErrorOf(err: FieldError, map: FieldMap): FieldError {
  const message = err.message.replace(/\/relations\/(\d{1,2})\b/g, (pointer, i: string) => {
    const row = map.relationRows[Number(i)];
    return row === undefined ? pointer : `relation ${row + 1}`;
  });
  return { ...err, field: formFieldOf(err.field, map), message };
}

/** The member of a claim body a form's field fills in (formFieldOf the other way): what a later check skips when the field is at fault. */
export function bodyMemberOf(formField: string): string {
  if (formField === 'quote') return 'sources';
  if (formField.startsWith('claimant')) return 'claimant_id';
  if (/^rel_(type|target)_\d+$/.test(formField)) return 'relations';
  return formField;
}

/** The fields of a claim form that say the figure, what it counts and who said it: the grid every claim form begins with. */
export type FigureForm = Pick<
  ClaimForm,
  | 'value_text'
  | 'value'
  | 'value_low'
  | 'value_high'
  | 'approximation'
  | 'metric'
  | 'country'
  | 'group'
  | 'location'
  | 'claimant'
  | 'claimant_name'
  | 'claimant_kind'
  | 'as_of'
  | 'stated_on'
  | 'context'
  | 'notes'
>;

/**
 * The fields of a claim body (POST or PATCH /v1/claims) a form's figure stands for, before the claimant is resolved.
 * Fields that cannot be read are errors named as the form names them.
 */
export function figureBody(form: FigureForm, errors: FieldError[]): Record<string, unknown> {
  const location = form.location
    .split(/[,;]/)
    .map((s) => s.trim())
    .filter(Boolean);
  return {
    metric: form.metric.trim(),
    country: form.country.trim(),
    group: orNull(form.group),
    location,
    value: number(form.value, 'value', errors),
    value_low: number(form.value_low, 'value_low', errors),
    value_high: number(form.value_high, 'value_high', errors),
    approximation: form.approximation,
    value_text: form.value_text.trim(),
    as_of: orNull(form.as_of),
    stated_on: orNull(form.stated_on),
    context: orNull(form.context),
    notes: orNull(form.notes),
  };
}

/**
 * The body of POST /v1/claims a form stands for, before the claimant and candidate relations are resolved (the
 * service does that). Fields that cannot be read are errors named as the form names them.
 */
export function claimBody(form: ClaimForm, documentId: number, errors: FieldError[]): Record<string, unknown> {
  return {
    ...figureBody({ ...form, country: claimCountry(form) }, errors),
    // The quote is kept as typed (a trimmed quote might not be the document's exact words any more), but for the
    // line breaks browsers send as CRLF.
    sources: [{ document_id: documentId, quote: form.quote.replace(/\r\n?/g, '\n') }],
  };
}

/**
 * Whether a form's Accept saves a new claim while its "add this quote as a source of" field names a claim: one rule for
 * the candidates' forms and the claim by hand. Enter in that field sends the form's first button; where that is
 * Accept, a claim typed there and Enter saved a duplicate of it (walk42), so Accept is refused while the field names a
 * claim, unless the editor chose a new claim explicitly: ticked "a separate claim" (the claim by hand, once refused as
 * a duplicate), or pressed "Accept as a new claim anyway", the Accept of a form the ledger offers a held claim in
 * (`offered`: its proposal's field; its first button adds the source). A choice made explicitly wins and the field is
 * left unused (walk43: "a separate claim" ticked was still refused at the field).
 */
export function sourceOfRefusal(form: ClaimForm, offered: string): FieldError | null {
  const named = form.source_of.trim();
  if (named === '' || form.separate === 'yes' || offered !== '') return null;
  return {
    field: 'source_of',
    message: `names ${named}: press “Add as source” to add this quote to it, or empty this field to save a new claim`,
  };
}
