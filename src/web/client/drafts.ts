/**
 * Unsaved changes to the workspace's forms survive the page being left. Each candidate of a review is its own form and
 * every decision reloads the page, so without this an editor who had corrected one candidate and then rejected another
 * lost the correction; so did a reload, and a form sent after the session had ended (the sign-in page came back, the
 * form did not). Forms marked `data-draft` (its value: the page the form belongs to) keep what the editor changed, per
 * tab, in sessionStorage, and put it back when that page shows the same form again.
 *
 * A change is kept as the value the server had rendered and the value the editor left: it is put back only where the
 * page renders the same value as before (the extractor proposing again, or a refused form showing the editor's own
 * input, wins). A form sent is done with once the page that answers it is not one saying it was not saved
 * (`data-form-not-saved`: the session had ended, the form's token had expired, …): saved, or refused with the input
 * shown back. Signing out forgets every draft.
 *
 * A form resumed after signing in (the page answering the sign-in's POST shows the form as it was sent, and takes the
 * form's own address: body's data-address) renders the editor's input as its values: against those the draft held no
 * change, and was dropped, so a reload of that address, which renders the form as stored, lost them. There each field
 * the draft had changed to the value rendered keeps the draft's "from" (the value of the form's page before): the
 * draft stays, and a reload puts the input back.
 */

const PREFIX = 'cl-draft:';

interface Draft {
  /** The page the form belongs to (its data-draft). */
  page: string;
  /** Field name → the value the server rendered and the value the editor left. */
  fields: Record<string, { from: string; to: string }>;
  /** Sent, with no answer seen yet. */
  sent: boolean;
}

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/**
 * One of the form's fields, by its name: a text field, a select, or a group of radios or checkboxes sharing the name,
 * whose value is what is checked (never their value attributes, which the page renders and a draft must not rewrite).
 */
interface Field {
  name: string;
  controls: Control[];
}

const checkable = (el: Control): el is HTMLInputElement =>
  el instanceof HTMLInputElement && (el.type === 'radio' || el.type === 'checkbox');

/** The form's fields the editor fills in: not its tokens, not its buttons. */
function fieldsOf(form: HTMLFormElement): Field[] {
  const byName = new Map<string, Control[]>();
  for (const el of Array.from(form.elements)) {
    const control =
      (el instanceof HTMLInputElement && !['hidden', 'submit', 'button', 'reset', 'file', 'password'].includes(el.type)) ||
      el instanceof HTMLSelectElement ||
      el instanceof HTMLTextAreaElement;
    if (!control) continue;
    const name = (el as Control).name;
    byName.set(name, [...(byName.get(name) ?? []), el as Control]);
  }
  return [...byName].map(([name, controls]) => ({ name, controls }));
}

/** A field's value: a text's or select's own; a group's checked values, one a line ('' for none checked). */
const valueOf = (f: Field): string =>
  f.controls.every(checkable)
    ? f.controls
        .filter((el) => el.checked)
        .map((el) => el.value)
        .join('\n')
    : f.controls[0].value;

function setValue(f: Field, value: string): boolean {
  if (f.controls.every(checkable)) {
    const chosen = new Set(value === '' ? [] : value.split('\n'));
    // (a value the page no longer offers leaves the group as rendered)
    if ([...chosen].some((v) => !f.controls.some((el) => el.value === v))) return false;
    for (const el of f.controls) el.checked = chosen.has(el.value);
  } else f.controls[0].value = value;
  return valueOf(f) === value;
}

/**
 * Puts a value back into a field as the editor's own change would: each control is told (a change event), so what the
 * page's script does on a change follows (a country's reading chosen fills its Country field: put back without it, the
 * reading was sent and stored while the field showed another country).
 */
function restore(f: Field, value: string): boolean {
  const done = setValue(f, value);
  for (const el of f.controls) el.dispatchEvent(new Event('change', { bubbles: true }));
  return done;
}

function read(storage: Storage, key: string): Draft | null {
  try {
    const draft = JSON.parse(storage.getItem(key) ?? 'null') as Draft | null;
    return draft && typeof draft.page === 'string' && draft.fields && typeof draft.fields === 'object' ? draft : null;
  } catch {
    return null;
  }
}

function write(storage: Storage, key: string, draft: Draft | null): void {
  try {
    if (draft && Object.keys(draft.fields).length > 0) storage.setItem(key, JSON.stringify(draft));
    else storage.removeItem(key);
  } catch {
    // Storage full or refused (a private window): the form still works; only the draft is not kept.
  }
}

function draftKeys(storage: Storage): string[] {
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key?.startsWith(PREFIX)) keys.push(key);
  }
  return keys;
}

/** The label an editor sees for a field: a group's legend (else its checked control's label), a control's own label. */
function labelOf(f: Field): string {
  const el = f.controls.find((c) => checkable(c) && c.checked) ?? f.controls[0];
  const legend = f.controls.length > 1 ? el.closest('fieldset')?.querySelector('legend') : null;
  if (legend && f.controls.every((c) => legend.parentElement?.contains(c))) return (legend.textContent ?? f.name).trim();
  const label = el.id ? el.ownerDocument.querySelector(`label[for="${CSS.escape(el.id)}"]`) : el.closest('label');
  return (label?.textContent ?? el.name).trim();
}

/** A form's draft is kept under the path it posts to. (Not `form.action`: the forms' buttons named "action" shadow it.) */
const keyOf = (form: HTMLFormElement): string => PREFIX + new URL(form.getAttribute('action') ?? '', location.href).pathname;

/**
 * Keeps the form's draft; returns whether the form holds changes not sent yet. `resumed`: the form is one carried
 * through signing in, rendered with the editor's input (its values before are the draft's).
 */
function keepForm(storage: Storage, form: HTMLFormElement, resumed = false): () => boolean {
  const page = form.dataset.draft ?? '';
  const key = keyOf(form);
  const fields = fieldsOf(form);
  const draft = read(storage, key);
  const rendered = new Map(
    fields.map((f) => {
      const change = draft?.fields[f.name];
      return [f.name, resumed && change && change.to === valueOf(f) ? change.from : valueOf(f)];
    }),
  );

  const restored: Field[] = [];
  if (draft) {
    for (const el of fields) {
      const change = draft.fields[el.name];
      // (A resumed form shows the input already: nothing comes back to it.)
      if (change && rendered.get(el.name) === change.from && change.to !== valueOf(el) && restore(el, change.to)) restored.push(el);
    }
  }

  const save = (sent: boolean) => {
    const changed: Draft['fields'] = {};
    for (const el of fields) {
      const from = rendered.get(el.name) ?? '';
      const to = valueOf(el);
      if (to !== from) changed[el.name] = { from, to };
    }
    write(storage, key, { page, fields: changed, sent });
  };
  save(false);
  form.addEventListener('input', () => save(false));
  form.addEventListener('change', () => save(false));
  form.addEventListener('submit', () => save(true));
  const changed = () => fields.some((el) => valueOf(el) !== rendered.get(el.name));

  if (restored.length === 0) return changed;
  const note = document.createElement('div');
  note.className = 'ws-draft-note';
  note.setAttribute('role', 'status');
  const words = document.createElement('p');
  words.textContent = `Your unsaved changes are back: ${restored.map(labelOf).join(', ')}. They are saved when you send this form.`;
  const discard = document.createElement('button');
  discard.type = 'button';
  discard.className = 'secondary';
  discard.textContent = 'Discard these changes';
  discard.addEventListener('click', () => {
    for (const el of restored) restore(el, rendered.get(el.name) ?? '');
    save(false);
    note.remove();
  });
  note.append(words, discard);
  const summary = form.querySelector('.error-summary');
  if (summary) summary.after(note);
  else form.prepend(note);
  return changed;
}

/** The drafts of the page's forms: its storage, and whether each form kept holds changes not sent. */
const kept: { storage: Storage | null; changed: Map<HTMLFormElement, () => boolean> } = { storage: null, changed: new Map() };

/** A review's compact rows: their candidates' full forms post where the review's form of rows says (data-candidates). */
const ROWS = 'article.cand-row[data-candidate]';

/** The draft's key of a compact row's candidate: its full form's, which posts to `data-candidates` + the candidate. */
function keyOfRow(row: HTMLElement): string {
  const base = document.querySelector<HTMLFormElement>('form[data-candidates]')?.dataset.candidates ?? '';
  return PREFIX + new URL(base + (row.dataset.candidate ?? ''), location.href).pathname;
}

/** Whether a compact row's candidate has a draft of its full form not sent yet. */
export function hasDraft(row: HTMLElement): boolean {
  const draft = kept.storage ? read(kept.storage, keyOfRow(row)) : null;
  return draft !== null && !draft.sent && Object.keys(draft.fields).length > 0;
}

/** Keeps the draft of a form put into the page after it loaded (a candidate's full form opened in place). */
export function keepInsertedForm(form: HTMLFormElement): void {
  if (kept.storage && form.dataset.draft !== undefined) kept.changed.set(form, keepForm(kept.storage, form));
}

export function keepDrafts(root: Document): void {
  let storage: Storage;
  try {
    // Reading it throws where storage is refused (cookies blocked): then forms simply keep no drafts.
    storage = window.sessionStorage;
  } catch {
    return;
  }
  kept.storage = storage;
  const notSaved = root.querySelector('[data-form-not-saved]') !== null;
  const forms = Array.from(root.querySelectorAll<HTMLFormElement>('form[data-draft]'));
  const pages = new Set(forms.map((f) => f.dataset.draft));
  // A candidate shown as a compact row keeps its draft for when its form is opened again.
  const present = new Set([...forms.map(keyOf), ...Array.from(root.querySelectorAll<HTMLElement>(ROWS)).map(keyOfRow)]);
  for (const key of draftKeys(storage)) {
    const draft = read(storage, key);
    if (!draft) write(storage, key, null);
    // A sent form was answered by this page: its draft is done with, unless the page says the form was not saved.
    else if (draft.sent) write(storage, key, notSaved ? { ...draft, sent: false } : null);
    // A form of this page that is no longer on it (its candidate was decided meanwhile) has nothing to come back to.
    else if (pages.has(draft.page) && !present.has(key)) write(storage, key, null);
  }
  const resumed = root.body.dataset.address !== undefined;
  for (const form of forms) kept.changed.set(form, keepForm(storage, form, resumed));
  // "Accept all high-confidence" accepts candidates as proposed: it is told which the editor is correcting (a full form
  // changed, or a row whose full form has a draft), and leaves those open.
  for (const all of Array.from(root.querySelectorAll<HTMLFormElement>('form[data-leaves-drafts]')))
    all.addEventListener('submit', () => {
      const editing = [
        ...[...kept.changed].filter(([f, changed]) => f.isConnected && changed()).map(([f]) => f),
        ...Array.from(root.querySelectorAll<HTMLElement>(ROWS)).filter(hasDraft),
      ].map((f) => f.closest<HTMLElement>('[data-candidate]')?.dataset.candidate);
      const input = all.elements.namedItem('editing');
      if (input instanceof HTMLInputElement) input.value = editing.filter(Boolean).join(' ');
    });
  // Signing out forgets the drafts: the next person at this browser does not see them.
  for (const signOut of Array.from(root.querySelectorAll<HTMLFormElement>('form[action="/sign-out"]')))
    signOut.addEventListener('submit', () => draftKeys(storage).forEach((key) => write(storage, key, null)));
}
