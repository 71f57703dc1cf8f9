import type { Db } from '../db/knex';
import { readLedgerDate } from '../dates';
import { DomainError, FieldError, unknownPlace } from '../errors';
import type { Principal } from '../keys/principal';
import { reasonInto, revisionRefused } from '../revisions/reason';
import { RevisionStore, unlessUnchanged } from '../revisions/store';
import type { PlaceIndex } from '../vocab/store';
import { Actor, ActorFields, ActorFilter, ActorStore, Affiliation, AffiliationInput } from './store';
import { checkVersion, type Expected } from '../versions';
import { spacedName } from '../words';
import { actorWordErrors } from '../vocab/wordRules';
import { repeatedEntry } from '../validate';

export interface ActorInput {
  kind?: string;
  name?: string;
  country?: string | null;
  aliases?: string[];
  affiliations?: AffiliationInput[];
  reliability?: string | null;
  notes?: string | null;
  reason?: string;
}

export class ActorService {
  private readonly db: Db;
  private readonly actors: ActorStore;
  private readonly revisions: RevisionStore;
  private readonly places: PlaceIndex;

  constructor(options: { db: Db; actors: ActorStore; revisions: RevisionStore; places: PlaceIndex }) {
    ({ db: this.db, actors: this.actors, revisions: this.revisions, places: this.places } = options);
  }

  /** The actor now, or with `asRecorded` as it was recorded at that instant. */
  async get(id: number, asRecorded?: string): Promise<Actor> {
    const actor = asRecorded ? await this.revisions.snapshotAt<Actor>('actor', id, asRecorded) : await this.actors.get(id);
    if (!actor)
      throw new DomainError(
        'not_found',
        asRecorded ? `Actor ${id} had not been recorded at ${asRecorded}.` : `Actor ${id} does not exist.`,
      );
    return actor;
  }

  list(filter: ActorFilter): Promise<Actor[]> {
    return this.actors.list(filter);
  }

  /**
   * Resolves names to codes and checks references; every problem is reported at once, with those already in
   * `errors` (an edit's reason: revisionRefused). An edit's roles are checked for what changed: a date a role keeps
   * as `stored` holds it (the same organization, role and date) is not judged again, so a year stored under an older
   * rule (0214) does not refuse every later edit of the person's roles.
   */
  private async fields(
    input: ActorInput,
    kind: string,
    selfId?: number,
    db: Db = this.db,
    errors: FieldError[] = [],
    stored: readonly Affiliation[] = [],
  ): Promise<Partial<ActorFields>> {
    const fields: Partial<ActorFields> = {};
    for (const k of ['kind', 'name', 'aliases', 'reliability', 'notes'] as const) {
      if (input[k] !== undefined) (fields as Record<string, unknown>)[k] = input[k];
    }
    if (input.name !== undefined) fields.name = spacedName(input.name);
    // Aliases as names are written; two that differ only in blanks ("ISIL", " ISIL") are a repeat, as uniqueItems says.
    if (input.aliases !== undefined) {
      fields.aliases = input.aliases.map(spacedName);
      fields.aliases.forEach((alias, i) => {
        const first = fields.aliases!.indexOf(alias);
        if (first < i) errors.push(repeatedEntry('/aliases', first, i));
      });
    }
    errors.push(...actorWordErrors(fields.name, fields.aliases));
    if (input.country !== undefined) {
      fields.country = input.country === null ? null : this.places.resolve(input.country);
      if (input.country !== null && fields.country === null) errors.push(unknownPlace('/country', input.country, 'country or region'));
    }
    if (input.affiliations) {
      if (input.affiliations.length > 0 && kind !== 'person')
        errors.push({ field: '/affiliations', message: 'only persons have affiliations' });
      // Locked FOR SHARE: an organization cannot become a person while a person is being affiliated with it.
      const kinds = await this.actors.kinds(
        input.affiliations.map((a) => a.organization_id),
        db,
        true,
      );
      input.affiliations.forEach((a, i) => {
        const orgKind = kinds.get(a.organization_id);
        if (orgKind === undefined)
          errors.push({ field: `/affiliations/${i}/organization_id`, message: `actor ${a.organization_id} does not exist` });
        else if (orgKind === 'person' || a.organization_id === selfId)
          errors.push({ field: `/affiliations/${i}/organization_id`, message: 'must be an organization' });
        for (const end of ['from', 'to'] as const) {
          const kept = stored.some((s) => s.organization.id === a.organization_id && s.role === a.role && s[end] === a[end]);
          if (a[end] && !kept) readLedgerDate(end, a[end], `/affiliations/${i}/${end}`, errors);
        }
        if (a.from && a.to && a.from > a.to) errors.push({ field: `/affiliations/${i}/to`, message: 'must not be before from' });
      });
    }
    if (errors.length > 0) throw revisionRefused('actor', 'edited', errors);
    return fields;
  }

  async create(input: ActorInput, principal: Principal): Promise<Actor> {
    return this.db.transaction(async (trx) => {
      const fields = await this.fields(input, input.kind!, undefined, trx);
      const id = await this.actors.insert(trx, { aliases: [], ...fields } as ActorFields);
      await this.actors.replaceAffiliations(trx, id, input.affiliations ?? []);
      const actor = (await this.actors.get(id, trx))!;
      await this.revisions.recordCreate(trx, 'actor', actor, principal.name, input.reason);
      return actor;
    });
  }

  /** Actors whose name or an alias is one of `names` (case aside), in id order. */
  named(names: string[]): Promise<Actor[]> {
    return this.actors.named(names, this.db);
  }

  /**
   * Holds `names` for namedOrCreated until the caller's transaction ends, all at once and in one global order. A
   * transaction that may create several actors by name locks them all with this first, before any other write: two
   * that name the same new actors in opposite orders then wait for each other instead of deadlocking (one of them
   * killed by PostgreSQL, answered 503). Names as create stores them (blanks collapsed).
   */
  async lockNames(names: string[]): Promise<void> {
    if (!this.db.isTransaction) throw new Error('lockNames must run in a transaction');
    await this.actors.lockNames(this.db, names.map(spacedName));
  }

  /**
   * The actor named as `input` is (by name or alias, case aside), else a new one: one actor per name, also when
   * several requests create it at once, since the lock on the name is held until the caller's transaction ends (so
   * this runs in one: Services.inTransaction). For the workspace's "new actor", where an editor types a name. A
   * transaction creating more than one name locks them first (lockNames); this locks its name again, without a wait.
   */
  async namedOrCreated(input: ActorInput, principal: Principal): Promise<{ actor: Actor; created: boolean }> {
    // The name as create stores it (blanks collapsed): the lock and the lookup read the name the new actor would have.
    const name = spacedName(input.name!);
    await this.lockNames([name]);
    const [held] = await this.actors.named([name], this.db);
    return held ? { actor: held, created: false } : { actor: await this.create({ ...input, name }, principal), created: true };
  }

  /**
   * Several new actors without affiliations (a bulk import's), with one statement each for the rows, their
   * reading back and the revisions. The error fields start with the input's index (/2/country). `keys`: the client
   * keys the import names them by, stored with the rows (a key is never served, so the revisions are the same).
   */
  async createMany(inputs: Omit<ActorInput, 'affiliations'>[], principal: Principal, keys: (string | undefined)[] = []): Promise<Actor[]> {
    const errors: FieldError[] = [];
    const fields: ActorFields[] = [];
    for (const [i, input] of inputs.entries()) {
      try {
        fields.push({ aliases: [], ...(await this.fields(input, input.kind!)) } as ActorFields);
      } catch (err) {
        if (!(err instanceof DomainError && err.kind === 'rule')) throw err;
        errors.push(...err.errors.map((e) => ({ ...e, field: `/${i}${e.field}` })));
      }
    }
    if (errors.length > 0) throw new DomainError('invalid_record', 'The actors cannot be saved.', errors);
    return this.db.transaction(async (trx) => {
      const ids = await this.actors.insertMany(trx, fields, keys);
      const actors = await this.actors.getMany(ids, trx);
      await this.revisions.recordMany(
        trx,
        actors.map((actor, i) => ({
          entity: 'actor',
          entity_id: actor.id,
          version: actor.version,
          action: 'create',
          author: principal.name,
          reason: inputs[i].reason,
          changes: null,
          snapshot: actor,
        })),
      );
      return actors;
    });
  }

  /**
   * The ledger's rules of an actor (a new one, or actor `id`'s edit, whose reason they ask for too) on an input an
   * earlier stage found fields at fault in (`faulty`, left out of `input`): the other fields' problems, added to
   * `errors`. Reads only; a rule needing the kind is skipped when the kind is at fault.
   */
  async check(input: Partial<ActorInput>, faulty: ReadonlySet<string>, errors: FieldError[], id?: number): Promise<void> {
    if (id !== undefined && !faulty.has('reason')) reasonInto(input.reason, 'actor', errors);
    const held = id === undefined ? undefined : await this.actors.get(id);
    const kind = input.kind ?? (faulty.has('kind') ? undefined : held?.kind);
    const checked = kind === undefined ? { ...input, affiliations: undefined } : input;
    try {
      await this.fields(checked, kind ?? 'person', id, this.db, [], held?.affiliations);
    } catch (e) {
      if (!(e instanceof DomainError && e.kind === 'rule')) throw e;
      errors.push(...e.errors);
    }
  }

  async update(id: number, input: ActorInput, expected: Expected | null, principal: Principal): Promise<Actor> {
    const reason: FieldError[] = [];
    reasonInto(input.reason, 'actor', reason);
    return unlessUnchanged(
      this.db.transaction(async (trx) => {
        const before = await this.actors.get(id, trx, true);
        if (!before) throw new DomainError('not_found', `Actor ${id} does not exist.`);
        checkVersion(before.version, expected, before);
        if (input.kind === 'person' && before.kind !== 'person') {
          // The row is locked FOR UPDATE, and affiliating a person locks the organization FOR SHARE: no new affiliation can slip in.
          const people = await this.actors.affiliatedWith(id, trx);
          if (people.length > 0) {
            throw new DomainError(
              'conflict',
              `Actor ${id} is an organization that ${people.length} ${people.length === 1 ? 'person is' : 'people are'} affiliated with (actor ${people.slice(0, 10).join(', ')}${people.length > 10 ? ', …' : ''}); only organizations have members: remove those affiliations first.`,
              [{ field: '/kind', message: 'cannot become person while people are affiliated with this organization' }],
            );
          }
        }
        const fields = await this.fields(input, input.kind ?? before.kind, id, trx, reason, before.affiliations);
        if (input.kind && input.kind !== 'person' && before.affiliations.length > 0 && input.affiliations === undefined) {
          throw new DomainError('invalid_record', 'The actor cannot be saved.', [
            { field: '/kind', message: 'only persons have affiliations: remove them first' },
          ]);
        }
        if (input.affiliations) await this.actors.replaceAffiliations(trx, id, input.affiliations);
        await this.actors.update(trx, id, fields);
        const after = (await this.actors.get(id, trx))!;
        await this.revisions.recordUpdate(trx, 'actor', { before, after, current: before }, principal.name, input.reason);
        return after;
      }),
    );
  }
}
