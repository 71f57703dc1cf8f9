/** The workspace's place forms read and saved through the vocabulary service, as POST /v1/countries and …/words are. */
import { DomainError, type FieldError } from '../../errors';
import type { Services } from '../../services';
import type { Validator } from '../../validate';
import type { PlaceWordsInput, SubdivisionInput } from '../../vocab/service';
import type { CountryRow } from '../../vocab/store';
import { field, type FormBody } from './form';
import { FormError } from './review';
import type { Editor } from './session';

const SUBDIVISION_FIELDS = ['code', 'name', 'aliases', 'demonyms'] as const;
const WORDS_FIELDS = ['place', 'words_aliases', 'words_demonyms'] as const;
const DELETE_FIELDS = ['delete_place'] as const;

/** What the editor typed in a form of these fields, as typed: shown again on a refused form. */
const reader =
  (fields: readonly string[]) =>
  (body: FormBody): Record<string, string> =>
    Object.fromEntries(fields.map((name) => [name, field(body, name, 20_000)]));
export const readSubdivisionForm = reader(SUBDIVISION_FIELDS);
export const readPlaceWordsForm = reader(WORDS_FIELDS);
export const readDeletePlaceForm = reader(DELETE_FIELDS);

/** One word per line, blank lines left out. */
const lines = (text: string): string[] =>
  text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');

/** A code as typed ("tj-su ") as the API takes it. */
const codeOf = (text: string): string => text.trim().toUpperCase();

const WORD_SHOWN = 40;

/**
 * An error at one word of a list (`/aliases/1`) names the word and its line, unless its message opens with it: a field holds a
 * word a line, and "Aliases: must have two letters at least" did not say which of them (walk45).
 */
function aboutWord(pointer: string, message: string, sent: Record<string, unknown>): string {
  const [, member, index] = /^\/(\w+)\/(\d+)$/.exec(pointer) ?? [];
  const list = member === undefined ? undefined : sent[member];
  const word = Array.isArray(list) ? list[Number(index)] : undefined;
  // A message opening with a quoted word names it already (the word as the ledger read it: "Kazakhs" for Kazakh).
  if (typeof word !== 'string' || message.startsWith('"')) return message;
  const shown = word.length > WORD_SHOWN ? `${word.slice(0, WORD_SHOWN)}…` : word;
  return `"${shown}" (line ${Number(index) + 1}) ${message}`;
}

/** What a refused form says above its fields: a conflict (the place or word is another's, or in use), or any other refusal. */
interface Refusal {
  conflict: string;
  refused: string;
}
const SAVE_REFUSED: Refusal = {
  conflict: 'A word already names another place or a group: nothing was saved.',
  refused: 'This could not be saved.',
};
/** A refused delete says that nothing was deleted (it had said "This could not be saved."). */
const DELETE_REFUSED: Refusal = { conflict: 'The place is in use: nothing was deleted.', refused: 'Nothing was deleted.' };

/**
 * The service's errors (API pointers: /code, /aliases/1) on the form's fields, a word's naming the word (`sent`: the body
 * the service was given); refusals the form can show become a FormError saying `refusal`'s words.
 */
async function asForm<T>(
  save: () => Promise<T>,
  fieldOf: (pointer: string) => string,
  sent: Record<string, unknown>,
  refusal: Refusal = SAVE_REFUSED,
): Promise<T> {
  try {
    return await save();
  } catch (e) {
    if (!(e instanceof DomainError) || !['invalid_input', 'invalid_record', 'conflict', 'not_found'].includes(e.code)) throw e;
    const errors: FieldError[] = (e.errors.length > 0 ? e.errors : [{ field: 'code', message: e.message }]).map((x) => ({
      field: fieldOf(x.field),
      message: aboutWord(x.field, x.message, sent),
    }));
    throw new FormError(e.code === 'conflict' ? refusal.conflict : refusal.refused, errors);
  }
}

const memberOf = (pointer: string): string => pointer.replace(/^\//, '').split('/')[0];

export function saveSubdivision(services: Services, validator: Validator, values: Record<string, string>): Promise<CountryRow> {
  const body = { code: codeOf(values.code), name: values.name.trim(), aliases: lines(values.aliases), demonyms: lines(values.demonyms) };
  return asForm(
    () => services.vocabulary.createSubdivision(validator.body<SubdivisionInput>('vocabulary.json#/$defs/SubdivisionCreate', body)),
    (pointer) => {
      const member = memberOf(pointer);
      return (SUBDIVISION_FIELDS as readonly string[]).includes(member) ? member : 'code';
    },
    body,
  );
}

export function savePlaceWords(services: Services, validator: Validator, values: Record<string, string>): Promise<CountryRow> {
  const code = codeOf(values.place);
  const [aliases, demonyms] = [lines(values.words_aliases), lines(values.words_demonyms)];
  if (code === '') throw new FormError('This could not be saved.', [{ field: 'place', message: 'must be the code of a place' }]);
  if (aliases.length + demonyms.length === 0)
    throw new FormError('This could not be saved.', [{ field: 'words_aliases', message: 'must name at least one alias or demonym' }]);
  const body = { ...(aliases.length ? { aliases } : {}), ...(demonyms.length ? { demonyms } : {}) };
  return asForm(
    () => services.vocabulary.addPlaceWords(code, validator.body<PlaceWordsInput>('vocabulary.json#/$defs/PlaceWords', body)),
    (pointer) => {
      const member = memberOf(pointer);
      return member === 'aliases' || member === 'demonyms' ? `words_${member}` : 'place';
    },
    body,
  );
}

/** An admin's deletion of a subdivision an editor added that nothing names, as DELETE /v1/countries/{code}; the code deleted. */
export async function deletePlace(services: Services, editor: Editor, values: Record<string, string>): Promise<string> {
  const code = codeOf(values.delete_place);
  if (editor.principal.role !== 'admin')
    throw new FormError(DELETE_REFUSED.refused, [{ field: 'delete_place', message: 'only an admin deletes a place' }]);
  if (code === '') throw new FormError(DELETE_REFUSED.refused, [{ field: 'delete_place', message: 'must be the code of a subdivision' }]);
  await asForm(
    () => services.vocabulary.deletePlace(code),
    () => 'delete_place',
    { code },
    DELETE_REFUSED,
  );
  return code;
}
