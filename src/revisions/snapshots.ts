import Ajv2020, { ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { storedDataDamaged } from '../errors';
import type { RevisionRow } from '../db/tables';
import { JsonSchema, loadSchemas } from '../validate';

/**
 * Reading a revision's snapshot back as the record it was served as (a claim, actor or document "as recorded").
 *
 * A snapshot is whatever was stored when the revision was written: by an older version of the ledger (before a field
 * existed), by a restore or a hand repair, or by the benchmark's generator (bench/lib/generate.ts). Readers assumed the
 * shape of today's records and crashed on any other (a page 500 on `relations` missing, a list serving `"garbage"` as a
 * claim). Here each snapshot is first completed from the record's response schema (a field the schema allows to be
 * null, or a list, that is missing is null, or empty: what a field added later was for the records before it), then
 * checked against that schema: one that still does not fit is a damaged record, answered 503 `stored_data_damaged`
 * naming the record, the revision and the first field at fault, never a 500 and never served half-read.
 */

const SCHEMA_OF: Record<RevisionRow['entity'], string> = {
  claim: 'claim.json#/$defs/Claim',
  actor: 'actor.json#/$defs/Actor',
  document: 'document.json#/$defs/Document',
};

/** A snapshot as read from the revisions table, with the record and revision it belongs to. */
export interface StoredSnapshot {
  entity_id: number | string;
  /** The revision's version, when the reader has it (named in the problem). */
  version?: number;
  snapshot: unknown;
}

type Node = Record<string, unknown>;
const isObject = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);

class SnapshotReader {
  private readonly ajv: Ajv2020;
  private readonly checks = new Map<string, ValidateFunction>();
  private readonly files = new Map<string, JsonSchema>();

  constructor(schemas: JsonSchema[]) {
    // Response schemas only: the request validator's own keywords are known but mean nothing here.
    this.ajv = new Ajv2020({ allErrors: false, strict: false });
    this.ajv.addSchema(schemas);
    addFormats(this.ajv);
    for (const s of schemas) this.files.set(String(s.$id), s);
  }

  /** The record a snapshot says, completed and checked; throws stored_data_damaged when it is not one. */
  served<T>(entity: RevisionRow['entity'], stored: StoredSnapshot): T {
    const ref = SCHEMA_OF[entity];
    const id = Number(stored.entity_id);
    const value = stored.snapshot;
    if (isObject(value)) this.complete(this.resolve({ $ref: ref }, ref.split('#')[0]), value);
    const fault = !isObject(value) ? '/' : value.id !== id ? '/id' : this.fault(ref, value);
    if (fault !== null)
      throw storedDataDamaged(`${entity} ${id}`, stored.version === undefined ? undefined : `revision ${stored.version}`, fault);
    return value as T;
  }

  private fault(ref: string, value: unknown): string | null {
    let check = this.checks.get(ref);
    if (!check) {
      check = this.ajv.getSchema(ref)!;
      this.checks.set(ref, check);
    }
    if (check(value)) return null;
    const e = check.errors![0];
    return `${e.instancePath}${e.keyword === 'required' ? `/${(e.params as { missingProperty: string }).missingProperty}` : ''}` || '/';
  }

  /** A schema with its `$ref` followed (within its file or to another), and the file it is in. */
  private resolve(schema: Node, file: string): { schema: Node; file: string } {
    while (typeof schema.$ref === 'string') {
      const [target, pointer] = schema.$ref.split('#');
      file = target || file;
      let node: unknown = this.files.get(file);
      for (const part of (pointer ?? '').split('/').filter(Boolean)) node = (node as Node)[part];
      schema = node as Node;
    }
    return { schema, file };
  }

  /** Fills, in place, the missing members the schema lets be null or an empty list, at every depth. */
  private complete({ schema, file }: { schema: Node; file: string }, value: unknown): void {
    if (Array.isArray(value)) {
      if (isObject(schema.items)) for (const item of value) this.complete(this.resolve(schema.items, file), item);
      return;
    }
    if (!isObject(value)) return;
    if (Array.isArray(schema.anyOf)) {
      const object = (schema.anyOf as Node[]).map((s) => this.resolve(s, file)).find((s) => s.schema.type === 'object');
      if (object) this.complete(object, value);
      return;
    }
    const properties = isObject(schema.properties) ? schema.properties : {};
    for (const name of Array.isArray(schema.required) ? (schema.required as string[]) : []) {
      if (name in value || !isObject(properties[name])) continue;
      const absent = this.absentValue(this.resolve(properties[name] as Node, file).schema);
      if (absent !== undefined) value[name] = absent;
    }
    for (const [name, member] of Object.entries(value)) {
      if (isObject(properties[name])) this.complete(this.resolve(properties[name] as Node, file), member);
    }
  }

  /** What a missing member stands for: null where null is allowed, an empty list for a list; undefined: nothing. */
  private absentValue(schema: Node): null | [] | undefined {
    const types = Array.isArray(schema.type) ? schema.type : [schema.type];
    if (types.includes('null') || (Array.isArray(schema.anyOf) && (schema.anyOf as Node[]).some((s) => s.type === 'null'))) return null;
    if (types.includes('array')) return [];
    return undefined;
  }
}

let reader: SnapshotReader | undefined;

/** The record a revision's snapshot says, completed from its response schema and checked (see above). */
export function servedSnapshot<T>(entity: RevisionRow['entity'], stored: StoredSnapshot): T {
  reader ??= new SnapshotReader(loadSchemas());
  return reader.served<T>(entity, stored);
}

/** The words a damaged snapshot is named by in SQL (see checkedSnapshotSql), and read back from PostgreSQL's error. */
const DAMAGED_IN_SQL = /"stored (claim|actor|document) (\d+) revision (\d+) is damaged"/;

/**
 * In SQL, a revision's snapshot (`snapshot`, of the record `id` at revision `version`) when it is an object of that
 * record, else a data exception (SQLSTATE 22P02) naming them: SQL readers of snapshots (the exports and views as
 * recorded) read a snapshot that is a string, a list or another record's as nulls, and lost the claim without a word.
 * PostgreSQL quotes the refused text in its message in every language, so storedSnapshotFault can name the record.
 */
export function checkedSnapshotSql(entity: RevisionRow['entity'], snapshot: string, id: string, version: string): string {
  return `CASE WHEN ${snapshotOfRecordSql(snapshot, id)} THEN ${snapshot}
    ELSE to_jsonb(('stored ${entity} ' || ${id} || ' revision ' || ${version} || ' is damaged')::int) END`;
}

/** In SQL, whether a revision's snapshot (`snapshot`) is an object of the record `id`: else it is damaged whole. */
export function snapshotOfRecordSql(snapshot: string, id: string): string {
  return `(jsonb_typeof(${snapshot}) = 'object' AND ${snapshot}->'id' = to_jsonb(${id}))`;
}

/** The damaged record a PostgreSQL error raised by checkedSnapshotSql names, as stored_data_damaged names it; else undefined. */
export function storedSnapshotFault(message: string | undefined): [record: string, revision: string] | undefined {
  const named = DAMAGED_IN_SQL.exec(message ?? '');
  return named ? [`${named[1]} ${named[2]}`, `revision ${named[3]}`] : undefined;
}
