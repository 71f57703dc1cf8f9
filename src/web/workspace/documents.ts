import type { ActorKind } from '../../closedSets';
import type { DocumentInput } from '../../documents/service';
import type { DocumentView } from '../../documents/store';
import type { ActorInput } from '../../actors/service';
import { DomainError, FieldError } from '../../errors';
import { sha256 } from '../../hash';
import type { Validator } from '../../validate';
import type { Principal } from '../../keys/principal';
import type { Services } from '../../services';
import { field, FormBody } from './form';
import { refusedFields } from './messages';
import { ActorChoice, FormError } from './review';
import type { RecentDocument, WorkspaceStore } from './store';

/**
 * The text an editor pasted, as the ledger keeps it: every line break as LF (a browser sends CRLF), and the page and
 * line breaks that text copied from a PDF or a word processor carries (form feed, vertical tab, NEL) as line breaks
 * too, where the API would refuse them as control characters. Any other control character is left for the document
 * schema to refuse, naming it: it is not text an editor meant to paste.
 */
function pastedText(body: FormBody): string {
  return field(body, 'text', 2_000_000).replace(/\r\n?|[\f\v\u0085]/g, '\n');
}

/** The document form's field for a JSON Pointer into a DocumentCreate body. */
const documentFormField = (pointer: string): string => pointer.replace(/^\//, '').replace('publisher_id', 'publisher') || 'form';

/** The workspace's documents: a new one from the form, the text of one stored without it, and what the home page lists. */
export class WorkspaceDocuments {
  constructor(private readonly deps: { services: Services; store: WorkspaceStore; validator: Validator }) {}

  /**
   * Adds the text of a document that has none, through DocumentService (the rules of PATCH /v1/documents/{id}): the
   * quotes claims already take from the document must be in it. Replacing a text is the API's job, not this form's.
   */
  async addText(documentId: number, body: FormBody, principal: Principal): Promise<void> {
    const doc = await this.deps.services.documents.get(documentId, true);
    if (doc.text) throw new DomainError('conflict', `Document ${documentId} has its text already.`);
    const text = pastedText(body);
    const version = field(body, 'version', 20);
    if (!/^\d{1,15}$/.test(version))
      throw new DomainError('invalid_input', 'The form is not valid.', [
        { field: 'version', message: 'must be the version of the document the form was made for' },
      ]);
    if (text.trim() === '')
      throw new FormError('The text cannot be saved.', [{ field: 'text', message: "is required: paste the document's full text" }]);
    try {
      this.deps.validator.body('document.json#/$defs/DocumentPatch', { text });
    } catch (e) {
      if (!(e instanceof DomainError)) throw e;
      throw new FormError(
        'The text cannot be saved.',
        e.errors.map((err) => ({ field: 'text', message: err.message })),
      );
    }
    try {
      await this.deps.services.documents.update(
        documentId,
        { text, reason: 'text added in the workspace' },
        { version: Number(version), tag: null },
        principal,
      );
    } catch (e) {
      if (e instanceof DomainError && e.kind === 'rule')
        throw new FormError(
          e.message,
          e.errors.map((err) => ({ field: 'text', message: err.message })),
        );
      throw e;
    }
  }

  /** A new document from the workspace's form, through DocumentService (the rules of POST /v1/documents). */
  async createDocument(body: FormBody, principal: Principal): Promise<DocumentView> {
    const errors: FieldError[] = [];
    const text = pastedText(body);
    const input: DocumentInput = {
      kind: field(body, 'kind', 40) || 'article',
      title: field(body, 'title', 2000).trim(),
      url: field(body, 'url', 4000).trim() || null,
      authors: field(body, 'authors', 20_000)
        .split(/\r?\n|;/)
        .map((a) => a.trim())
        .filter(Boolean),
      published_on: field(body, 'published_on', 40).trim() || null,
      language: field(body, 'language', 40).trim() || null,
      text: text.trim() === '' ? null : text,
      reason: 'entered in the workspace',
    };
    if (input.text === null) errors.push({ field: 'text', message: 'is required: candidates are proposed from the text' });
    const checked = this.deps.validator.check<DocumentInput>('document.json#/$defs/DocumentCreate', input);
    for (const err of checked.errors) errors.push({ field: err.field.split('/').filter(Boolean)[0] ?? 'form', message: err.message });
    let publisher: { id: number | null } | { create: ActorInput } = { id: null };
    const chosen = field(body, 'publisher', 40);
    const m = /^actor:(\d{1,15})$/.exec(chosen);
    if (m) publisher = { id: Number(m[1]) };
    else if (chosen === 'new') {
      const name = field(body, 'publisher_name', 2000).trim();
      const kind = field(body, 'publisher_kind', 40) || 'media_outlet';
      try {
        this.deps.validator.body('actor.json#/$defs/ActorCreate', { kind, name });
        const [existing] = await this.deps.services.actors.named([name]);
        publisher = existing ? { id: existing.id } : { create: { kind, name, reason: 'publisher of a document entered in the workspace' } };
      } catch (e) {
        if (!(e instanceof DomainError)) throw e;
        for (const err of e.errors)
          errors.push({ field: err.field === '/kind' ? 'publisher_kind' : 'publisher_name', message: err.message });
      }
    } else if (chosen !== '') errors.push({ field: 'publisher', message: 'choose a publisher, "new publisher" or none' });
    // The ledger's rules (a date not yet come, a publisher that does not exist) on the fields that passed: one round
    // shows the editor every field to fix.
    const publisherId = 'id' in publisher && publisher.id !== null ? { publisher_id: publisher.id } : {};
    const found: FieldError[] = [];
    await this.deps.services.documents.check({ ...checked.input, ...publisherId }, checked.faulty, found, false);
    for (const err of found) errors.push({ field: documentFormField(err.field), message: err.message });
    if (errors.length > 0)
      throw new FormError(
        'The document cannot be saved: see the fields marked.',
        refusedFields(errors, (name) => (typeof body[name] === 'string' ? body[name] : undefined)),
      );
    const separate = field(body, 'separate', 10) === 'yes';
    // The new publisher and the document are written together, or neither.
    return this.deps.services.inTransaction(async (tx) => {
      // The new publisher's name before any other lock (see ActorService.lockNames).
      if (!('id' in publisher)) await tx.actors.lockNames([publisher.create.name!]);
      // Asked under the lock, in the transaction that writes: the same form posted twice at once is saved once. Only
      // there: a form sent again after its save committed but its answer was lost is answered from what that
      // transaction returned (savedOnce.ts), not refused by a check before it that finds the document it saved.
      if (!separate) {
        await tx.reviews.lockNewDocuments();
        await this.refuseRepeat(tx.reviews, input.url ?? null, input.text!);
      }
      const publisherId = 'id' in publisher ? publisher.id : (await tx.actors.namedOrCreated(publisher.create, principal)).actor.id;
      return tx.documents.create({ ...input, publisher_id: publisherId }, principal).catch((e) => {
        if (e instanceof DomainError && e.errors.length > 0)
          throw new FormError(
            e.message,
            e.errors.map((err) => ({ field: documentFormField(err.field), message: err.message })),
          );
        throw e;
      });
    });
  }

  /**
   * An article pasted again (the same URL, or the very same text) is not saved as a second document unless the editor
   * says it is a separate one: its claims belong to the document the ledger holds, and a second copy would count the
   * same report twice among a claim's sources. The form offers the held document to open instead.
   */
  private async refuseRepeat(store: WorkspaceStore, url: string | null, text: string): Promise<void> {
    const held = await store.documentsHolding(url, sha256(text));
    if (held.length === 0) return;
    const error = new FormError('The ledger holds this article already.', [
      {
        field: 'separate',
        message: `the ledger holds ${held
          .map((d) => `document ${d.id} (“${d.title}”) with the same ${d.same === 'url' ? 'URL' : 'text'}`)
          .join(' and ')}: open it below, or tick "A separate document" to save this one anyway`,
      },
    ]);
    error.heldDocuments = held;
    throw error;
  }

  /** Publishers the new-document form offers: organisations of the ledger. */
  async publishers(): Promise<ActorChoice[]> {
    const kinds: ActorKind[] = ['media_outlet', 'research_institute', 'ngo', 'government_agency', 'other'];
    const lists = await Promise.all(kinds.map((kind) => this.deps.services.actors.list({ kind, limit: 200 })));
    return lists
      .flat()
      .map((a) => ({ id: a.id, name: a.name, kind: a.kind }))
      .sort((a, b) => a.name.localeCompare(b.name));
  }

  /** Recent documents that have text, to open for review, with how far each review is. */
  recentDocuments(): Promise<RecentDocument[]> {
    return this.deps.store.recentDocuments();
  }
}
