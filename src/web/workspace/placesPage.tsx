/** The workspace's page for places: an editor adds a subdivision, or aliases and demonyms to a country or subdivision. */
import type { FieldError } from '../../errors';
import { ErrorSummary, titleOfForm } from '../components/errorSummary';
import { useFormFocus } from '../components/formFocus';
import { Layout } from '../layout';
import type { Editor } from './session';
import { Field, FormTokens } from './formParts';

/** The two forms' fields, with the labels the forms show: the words form's own fields start with `words_`. */
export const SUBDIVISION_FIELD_LABELS: Readonly<Record<string, string>> = {
  code: 'ISO 3166-2 code',
  name: 'Name',
  aliases: 'Aliases',
  demonyms: 'Demonyms',
};
export const PLACE_WORDS_FIELD_LABELS: Readonly<Record<string, string>> = {
  place: 'Country or subdivision',
  words_aliases: 'Aliases to add',
  words_demonyms: 'Demonyms to add',
};

export const DELETE_PLACE_FIELD_LABELS: Readonly<Record<string, string>> = {
  delete_place: 'Subdivision to delete',
};

const fieldId = (field: string) => `place-${field.replace(/_/g, '-')}`;

export interface PlaceFormState {
  values: Record<string, string>;
  errors: FieldError[];
  message?: string;
}

/** The page's three forms, each a part of the page's state: a subdivision, words, a deletion. */
export type PlaceFormPart = 'subdivision' | 'words' | 'removal';

const EMPTY: PlaceFormState = { values: {}, errors: [] };

function WordsArea({ id, name, label, state, hint }: { id: string; name: string; label: string; state: PlaceFormState; hint: string }) {
  return (
    <Field id={id} label={label} name={name} errors={state.errors} hint={hint}>
      {(a) => (
        <textarea rows={3} {...a}>
          {state.values[name] ?? ''}
        </textarea>
      )}
    </Field>
  );
}

const refusedOf = (state: PlaceFormState): boolean => state.errors.length > 0 || state.message !== undefined;

/** A form's refusal above it: its message and errors, each linked to its field by the form's labels. */
function PlaceErrors({
  id,
  state,
  labels,
  focus,
}: {
  id: string;
  state: PlaceFormState;
  labels: Readonly<Record<string, string>>;
  focus: boolean;
}) {
  return (
    <ErrorSummary
      id={id}
      errors={state.errors}
      message={state.message}
      fields={Object.keys(labels)}
      fieldId={fieldId}
      fieldLabel={(f) => labels[f] ?? f}
      focus={focus}
    />
  );
}

export function PlacesPage({
  editor,
  subdivision = EMPTY,
  words = EMPTY,
  removal = EMPTY,
}: {
  editor: Editor;
  subdivision?: PlaceFormState;
  words?: PlaceFormState;
  /** An admin's deletion of a subdivision: its form is shown to admins only. */
  removal?: PlaceFormState;
}) {
  const refused = refusedOf(subdivision);
  const wordsRefused = refusedOf(words);
  const removalRefused = refusedOf(removal);
  const focus = useFormFocus(refused || wordsRefused || removalRefused);
  const sv = (name: string) => subdivision.values[name] ?? '';
  return (
    <Layout title={titleOfForm('Places: add a subdivision or words', refused || wordsRefused || removalRefused)}>
      <h1>Places</h1>
      <p>
        Claims count the people of a country or of a first-level subdivision (ISO 3166-2). Add a subdivision the text treats as where people
        come from, or a name or demonym of a place the ledger lacks: filters, new claims and the extractor read it at once. A word that
        already names another place is refused; only an admin corrects a place (PATCH /v1/countries/…).
      </p>
      <section aria-labelledby="subdivision-h">
        <h2 id="subdivision-h">Add a subdivision</h2>
        <PlaceErrors id="subdivision-errors" state={subdivision} labels={SUBDIVISION_FIELD_LABELS} focus={refused && focus.summary} />
        <form method="post" action="/workspace/places#subdivision-errors" class="ws-form">
          <FormTokens token={editor.csrfToken} />
          <Field
            id={fieldId('code')}
            label={SUBDIVISION_FIELD_LABELS.code}
            name="code"
            errors={subdivision.errors}
            hint="the country's two letters, a hyphen, then one to three letters or digits: TJ-SU for Sughd"
          >
            {(a) => <input type="text" required maxLength={6} value={sv('code')} {...a} />}
          </Field>
          <Field id={fieldId('name')} label={SUBDIVISION_FIELD_LABELS.name} name="name" errors={subdivision.errors}>
            {(a) => <input type="text" required maxLength={200} value={sv('name')} {...a} />}
          </Field>
          <WordsArea
            id={fieldId('aliases')}
            name="aliases"
            label={SUBDIVISION_FIELD_LABELS.aliases}
            state={subdivision}
            hint="other names and spellings, one per line"
          />
          <WordsArea
            id={fieldId('demonyms')}
            name="demonyms"
            label={SUBDIVISION_FIELD_LABELS.demonyms}
            state={subdivision}
            hint="words for its people, one per line (Chechen for Chechnya)"
          />
          <button type="submit">Add the subdivision</button>
        </form>
      </section>
      <section aria-labelledby="words-h">
        <h2 id="words-h">Add aliases or demonyms to a place</h2>
        <PlaceErrors id="words-errors" state={words} labels={PLACE_WORDS_FIELD_LABELS} focus={!refused && wordsRefused && focus.summary} />
        <form method="post" action="/workspace/places/words#words-errors" class="ws-form">
          <FormTokens token={editor.csrfToken} />
          <Field
            id={fieldId('place')}
            label={PLACE_WORDS_FIELD_LABELS.place}
            name="place"
            errors={words.errors}
            hint="its code: XK for Kosovo, TJ-SU for Sughd"
          >
            {(a) => <input type="text" required maxLength={6} value={words.values.place ?? ''} {...a} />}
          </Field>
          <WordsArea
            id={fieldId('words_aliases')}
            name="words_aliases"
            label={PLACE_WORDS_FIELD_LABELS.words_aliases}
            state={words}
            hint="one per line"
          />
          <WordsArea
            id={fieldId('words_demonyms')}
            name="words_demonyms"
            label={PLACE_WORDS_FIELD_LABELS.words_demonyms}
            state={words}
            hint="one per line (Kosovar for Kosovo)"
          />
          <button type="submit">Add the words</button>
        </form>
      </section>
      {editor.principal.role === 'admin' || removalRefused ? (
        <section aria-labelledby="delete-h">
          <h2 id="delete-h">Delete a subdivision</h2>
          <p>
            A subdivision an editor added by mistake, which no claim or actor names (now or in any revision), is deleted with its words. The
            subdivisions the ledger ships with are kept, and so is one any claim has ever counted: a claim's history keeps its places, so
            correct the subdivision's words instead.
          </p>
          <PlaceErrors
            id="delete-errors"
            state={removal}
            labels={DELETE_PLACE_FIELD_LABELS}
            focus={!refused && !wordsRefused && removalRefused && focus.summary}
          />
          <form method="post" action="/workspace/places/delete#delete-errors" class="ws-form">
            <FormTokens token={editor.csrfToken} />
            <Field
              id={fieldId('delete_place')}
              label={DELETE_PLACE_FIELD_LABELS.delete_place}
              name="delete_place"
              errors={removal.errors}
              hint="its code: TJ-SX"
            >
              {(a) => <input type="text" required maxLength={6} value={removal.values.delete_place ?? ''} {...a} />}
            </Field>
            <button type="submit">Delete the subdivision</button>
          </form>
        </section>
      ) : null}
      <p>
        <a href="/workspace">Back to the workspace</a>
      </p>
    </Layout>
  );
}
