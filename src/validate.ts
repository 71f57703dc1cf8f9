import fs from 'node:fs';
import path from 'node:path';
import Ajv2020, { ErrorObject, FuncKeywordDefinition, ValidateFunction } from 'ajv/dist/2020';
import type { DataValidateFunction } from 'ajv/dist/types';
import addFormats from 'ajv-formats';
import { canonicalText } from './canonicalText';
import { controlCharacterFault } from './controlCharacters';
import { parsePartialDate } from './dates';
import { distinctFieldErrors, DomainError, FieldError } from './errors';
import { fromRoot } from './paths';

export const SCHEMA_DIR = fromRoot('schemas');

/** Deeper than any schema allows; recursive code (validation, hashing, JSON.stringify) is safe below it. */
export const MAX_BODY_DEPTH = 32;

/** Whether a parsed JSON value nests arrays/objects deeper than `limit`, checked without recursion. */
export function nestedDeeperThan(value: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length > 0) {
    const [v, depth] = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    if (depth > limit) return true;
    for (const child of Array.isArray(v) ? v : Object.values(v)) stack.push([child, depth + 1]);
  }
  return false;
}

export type JsonSchema = Record<string, unknown>;

/** Reads every schema file in schemas/, keyed by its $id. */
export function loadSchemas(): JsonSchema[] {
  return fs
    .readdirSync(SCHEMA_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(fs.readFileSync(path.join(SCHEMA_DIR, f), 'utf8')) as JsonSchema);
}

/**
 * A schema may say in words what its pattern asks (`"x-message"` beside `"pattern"`, as common.json's Line does), where
 * Ajv's own message would quote the regular expression: by pattern, from every schema the validator compiles.
 */
const MESSAGE = 'x-message';
const patternMessages = new Map<string, string>();
function collectPatternMessages(schema: unknown): void {
  if (Array.isArray(schema)) schema.forEach(collectPatternMessages);
  else if (schema && typeof schema === 'object') {
    const node = schema as Record<string, unknown>;
    if (typeof node.pattern === 'string' && typeof node[MESSAGE] === 'string') patternMessages.set(node.pattern, node[MESSAGE]);
    Object.values(node).forEach(collectPatternMessages);
  }
}

/** Whether a field's message is the words a schema gives its pattern ("must not be blank", "must be a date: …"). */
export function isPatternMessage(message: string): boolean {
  return [...patternMessages.values()].some((words) => message === words || message === `${words}${OR_NULL}`);
}

/**
 * Ajv names JSON's types ("must be integer", "must be string"); a client reads the value the field takes instead: a
 * fraction where a count of people is asked for is "not a whole number", not a puzzle about integers.
 */
const TYPE_WORDS: Record<string, string> = {
  integer: 'must be a whole number',
  number: 'must be a number',
  string: 'must be a text (a JSON string)',
  boolean: 'must be true or false',
  array: 'must be a list (a JSON array)',
  object: 'must be an object',
};

function messageOf(e: ErrorObject): string {
  if (e.keyword === 'type') {
    const words = TYPE_WORDS[(e.params as { type: string }).type];
    if (words !== undefined) return words;
  }
  if (e.keyword === 'enum') return `must be one of ${(e.params as { allowedValues: unknown[] }).allowedValues.join(', ')}`;
  if (e.keyword === 'pattern') {
    const words = patternMessages.get((e.params as { pattern: string }).pattern);
    if (words !== undefined) return words;
  }
  return e.message ?? 'is not valid';
}

/** What a field's message ends with when null would have done too. */
export const OR_NULL = ' (or null)';

/**
 * Ajv reports each failed branch of an `anyOf` (a value or null) separately; they are folded into one
 * message per field so a client reads "must be one of A, B or null", not three puzzles.
 */
function foldAnyOf(errors: ErrorObject[]): ErrorObject[] {
  const anyOfPaths = new Set(errors.filter((e) => e.keyword === 'anyOf').map((e) => e.instancePath));
  const kept = errors.filter((e) => !anyOfPaths.has(e.instancePath) || e.keyword === 'anyOf');
  return kept.map((e) => {
    if (e.keyword !== 'anyOf') return e;
    const branches = errors.filter((b) => b.instancePath === e.instancePath && b.keyword !== 'anyOf');
    const nullable = branches.some((b) => b.keyword === 'type' && (b.params as { type: string }).type === 'null');
    const messages = [
      ...new Set(branches.filter((b) => !(b.keyword === 'type' && (b.params as { type: string }).type === 'null')).map(messageOf)),
    ];
    return { ...e, message: `${messages.join('; ')}${nullable ? OR_NULL : ''}` };
  });
}

/** Each `oneOf` of the schemas by its branches' absolute references (`import.json#/$defs/ImportLine/oneOf`), for foldOneOf. */
type OneOfBranches = (choice: ErrorObject) => ValidateFunction[] | undefined;

/**
 * Ajv reports a `oneOf` no branch takes with every branch's errors and "must match exactly one schema in oneOf": a body
 * meant for one branch read the others' complaints too (`{"text": 42}` to the extractor: "/document_id must have
 * required property", "/text is not a known field"). A value is meant for the branches whose constant members it
 * matches (an import line's `type`), and among them for those whose required members it has: when that is one branch,
 * only its errors are kept; when it is none (`{}`) or several (`text` and `document_id`), the errors every branch made
 * alike are kept (a member none knows, or one all require) and the rest are one error at the oneOf's place naming the
 * choice. A oneOf that several branches take (`passingSchemas`) is left as Ajv says it.
 *
 * Each branch's errors are its own validation of the value (`branchesOf`), not read off Ajv's schema paths: a branch
 * behind a `$ref` (ImportLine's five) or a member of a branch behind one (a `Line`) reports paths of the schema
 * referred to, which say nothing of the branch (robust49's folding, by schema path, had left ImportLine's failures
 * unfolded). Ajv writes a oneOf's branches' errors just before its own, in branch order, so they are the `n` errors
 * before it, checked to be those (by keyword, place and message: a branch on its own has schema paths of its own); a
 * oneOf whose branches cannot be known is left as Ajv says it. Inner oneOfs are folded with their branch (the outermost
 * is met first, from the end).
 */
function foldOneOf(errors: ErrorObject[], branchesOf: OneOfBranches): ErrorObject[] {
  const out = [...errors];
  for (let k = out.length - 1; k >= 0; k--) {
    const choice = out[k];
    if (choice.keyword !== 'oneOf' || (choice.params as { passingSchemas: unknown }).passingSchemas != null) continue;
    const validators = branchesOf(choice);
    if (!validators) continue;
    const lists = validators.map((validate) => {
      validate(choice.data);
      return (validate.errors ?? []).map((e) => ({ ...e, instancePath: `${choice.instancePath}${e.instancePath}` }));
    });
    const n = lists.reduce((sum, list) => sum + list.length, 0);
    const same = (a: ErrorObject, b: ErrorObject) =>
      a.keyword === b.keyword && a.instancePath === b.instancePath && a.message === b.message;
    const before = out.slice(k - n, k);
    if (n > k || !lists.flat().every((e, i) => same(e, before[i]))) continue;
    out.splice(
      k - n,
      n + 1,
      ...chosen(
        choice,
        lists.map((list) => foldOneOf(list, branchesOf)),
      ),
    );
    k -= n;
  }
  return out;
}

/** What a failed oneOf says, from each branch's errors (foldOneOf). */
function chosen(choice: ErrorObject, lists: ErrorObject[][]): ErrorObject[] {
  const at = choice.instancePath;
  const missing = (e: ErrorObject) => e.keyword === 'required' && e.instancePath === at;
  // a constant member the value has otherwise (`"type": "claim"` to the actor line's branch): not this branch
  const otherKind = (e: ErrorObject) =>
    e.keyword === 'const' && e.instancePath.startsWith(`${at}/`) && !e.instancePath.slice(at.length + 1).includes('/');
  const kinds = lists.map((_, b) => b).filter((b) => !lists[b].some(otherKind));
  const candidates = kinds.length > 0 ? kinds : lists.map((_, b) => b);
  if (kinds.length === 0) {
    // every branch wants another constant of one member: that member names the choice
    const members = new Set(lists.map((list) => list.find(otherKind)?.instancePath));
    const [member] = members;
    if (members.size === 1 && member !== undefined) {
      const allowedValues = lists.map((list) => (list.find(otherKind)!.params as { allowedValue: unknown }).allowedValue);
      return [{ ...choice, instancePath: member, keyword: 'enum', params: { allowedValues } }];
    }
  }
  const meant = kinds.length === 1 ? kinds : candidates.filter((b) => !lists[b].some(missing));
  if (meant.length === 1) return lists[meant[0]];
  const said = (e: ErrorObject) => JSON.stringify(fieldOf(e));
  const among = candidates.map((b) => lists[b]);
  const alike = among[0].filter((e) => among.every((list) => list.some((other) => said(other) === said(e))));
  const alikeSaid = new Set(alike.map(said));
  // what each branch lacks besides what every branch lacks ("card and expiry"; every branch lacks something when none is
  // meant), or the members of several branches given together (each branch's others are not known to it)
  const lacking = among.map((list) =>
    list
      .filter((e) => missing(e) && !alikeSaid.has(said(e)))
      .map((e) => (e.params as { missingProperty: string }).missingProperty)
      .join(' and '),
  );
  const several = [
    ...new Set(
      among
        .flat()
        .filter((e) => e.keyword === 'additionalProperties' && e.instancePath === at && !alikeSaid.has(said(e)))
        .map((e) => (e.params as { additionalProperty: string }).additionalProperty),
    ),
  ].sort();
  const message =
    meant.length === 0
      ? `must have ${lacking.join(lacking.some((words) => words.includes(' and ')) ? ', or ' : ' or ')}`
      : several.length > 0
        ? `must have only one of ${several.join(', ')}`
        : choice.message;
  // a value of a type no branch takes is named by that type alone ("must be an object", not also the choice), and a
  // member every branch requires by itself (an import line without its `type`: the choice is made by giving it)
  const namedAlready = (meant.length > 0 && several.length === 0 && alike.some((e) => e.instancePath === at)) || alike.some(missing);
  return [...alike, ...(namedAlready ? [] : [{ ...choice, message }])];
}

/** The oneOfs of the schemas, by the array of their branches, with each branch's absolute reference. */
function oneOfsOf(schemas: JsonSchema[]): WeakMap<object, string> {
  const refs = new WeakMap<object, string>();
  const walk = (node: unknown, ref: string): void => {
    if (Array.isArray(node)) node.forEach((child, i) => walk(child, `${ref}/${i}`));
    else if (node && typeof node === 'object') {
      const oneOf = (node as JsonSchema).oneOf;
      if (Array.isArray(oneOf)) refs.set(oneOf, `${ref}/oneOf`);
      for (const [k, child] of Object.entries(node)) walk(child, `${ref}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`);
    }
  };
  for (const schema of schemas) if (typeof schema.$id === 'string') walk(schema, `${schema.$id}#`);
  return refs;
}

/** The error of a list's entry `later` that repeats its entry `earlier` (`list`: the list's JSON Pointer). */
export const repeatedEntry = (list: string, earlier: number, later: number): FieldError => ({
  field: `${list}/${later}`,
  message: `repeats an earlier entry (${list}/${earlier})`,
});

function fieldOf(e: ErrorObject): FieldError {
  let field = e.instancePath || '';
  if (e.keyword === 'required') field += `/${(e.params as { missingProperty: string }).missingProperty}`;
  if (e.keyword === 'uniqueItems') {
    // Ajv names the two equal items; the later one is the repeat, as the ledger's own checks name a repeated source.
    const { i, j } = e.params as { i: number; j: number };
    return repeatedEntry(field, Math.min(i, j), Math.max(i, j));
  }
  if (e.keyword === 'additionalProperties') {
    field += `/${(e.params as { additionalProperty: string }).additionalProperty}`;
    return { field, message: 'is not a known field' };
  }
  return { field: field || '/', message: messageOf(e) };
}

/**
 * A body's schema says `"x-stored": false` when the ledger only reads the body and keeps nothing of it (the
 * extractor's text): control characters other than NUL are then read as they are, as there is nothing to serve later.
 */
const STORED = 'x-stored';
/** NUL is refused even where nothing is stored: PostgreSQL cannot hold it, and no text the ledger reads has one. */
const NUL_FAULT = controlCharacterFault('\u0000');

/**
 * Puts the strings among an object's or array's own members into the ledger's canonical form (canonicalText), in
 * place, so that what the caller holds is what was validated: a body that is stored. Bodies the ledger only reads
 * (the extractor's text) are left as sent, since the answer's offsets point into the text as it was sent.
 */
function canonicalMembers(value: unknown): void {
  if (value === null || typeof value !== 'object') return;
  for (const k of Object.keys(value)) {
    const v = (value as Record<string, unknown>)[k];
    if (typeof v !== 'string') continue;
    const canonical = canonicalText(v);
    // defineProperty, not assignment: a member named __proto__ (JSON.parse makes it an own member) stays a member
    if (canonical !== v) Object.defineProperty(value, k, { value: canonical, writable: true, enumerable: true, configurable: true });
  }
}

/**
 * Strings PostgreSQL cannot store or the ledger does not take (control characters, lone surrogates), in every field of
 * every body, are caught before any SQL.
 */
function deepChecks(value: unknown, pointer: string, errors: FieldError[], stored: boolean): void {
  if (stored) canonicalMembers(value);
  if (typeof value === 'string') {
    const control = stored ? controlCharacterFault(value) : value.includes('\u0000') ? NUL_FAULT : null;
    if (control !== null) errors.push({ field: pointer, message: control });
    if (/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(value)) {
      errors.push({ field: pointer, message: 'must be valid Unicode (lone surrogate)' });
    }
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((v, i) => deepChecks(v, `${pointer}/${i}`, errors, stored));
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) deepChecks(v, `${pointer}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`, errors, stored);
  }
}

const DATE_FIELDS = new Set(['as_of', 'stated_on', 'published_on', 'from', 'to']);

function calendarChecks(value: unknown, pointer: string, errors: FieldError[]): void {
  if (Array.isArray(value)) {
    value.forEach((v, i) => calendarChecks(v, `${pointer}/${i}`, errors));
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (DATE_FIELDS.has(k) && typeof v === 'string' && parsePartialDate(v) === null) {
        errors.push({ field: `${pointer}/${k}`, message: 'is not a real date' });
      } else {
        calendarChecks(v, `${pointer}/${k}`, errors);
      }
    }
  }
}

/** A value written out so that deep-equal values read the same (object members in sorted order). */
function sameValueKey(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(sameValueKey).join(',')}]`;
  return `{${Object.keys(value)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${sameValueKey((value as Record<string, unknown>)[k])}`)
    .join(',')}}`;
}

/**
 * `uniqueItems` in one pass over the items, each looked up in a map. Ajv's own compares every pair of items when the
 * schema does not tell it their type (an `items` that is a $ref, as every list of names here): 100,000 distinct
 * authors in a 1 MB body held the event loop, and so every other request, for minutes before their maxItems was
 * reported. The pair reported is Ajv's (scanning from the end, the first repeat met), so messages stay as they were.
 */
const uniqueItems: FuncKeywordDefinition = {
  keyword: 'uniqueItems',
  type: 'array',
  schemaType: 'boolean',
  errors: true,
  validate: function unique(wanted: boolean, data: unknown[]): boolean {
    const self = unique as unknown as DataValidateFunction;
    self.errors = undefined;
    if (!wanted) return true;
    const seen = new Map<string, number>();
    for (let i = data.length - 1; i >= 0; i--) {
      const key = sameValueKey(data[i]);
      const j = seen.get(key);
      if (j !== undefined) {
        self.errors = [
          { keyword: 'uniqueItems', params: { i, j }, message: `must NOT have duplicate items (items ## ${j} and ${i} are identical)` },
        ];
        return false;
      }
      seen.set(key, i);
    }
    return true;
  },
};

/**
 * The top-level members of a body that an error names (`/value` of `/value`, `sources` of `/sources/0/quote`): a later
 * stage of checking skips them, as what they would tell it is not known. An error of the whole body names every member.
 */
export function faultyMembers(errors: FieldError[]): Set<string> {
  return new Set(errors.map((e) => memberOf(e.field)));
}

/** The top-level member a JSON Pointer points into (`/` for the whole body). */
export function memberOf(pointer: string): string {
  const first = /^\/([^/]+)/.exec(pointer);
  return first ? first[1].replace(/~1/g, '/').replace(/~0/g, '~') : '/';
}

/** A body without the members an earlier stage found at fault (a body that is no object: nothing). */
export function withoutFaulty<T>(body: unknown, faulty: ReadonlySet<string>): Partial<T> {
  if (body === null || typeof body !== 'object' || Array.isArray(body) || faulty.has('/')) return {};
  return Object.fromEntries(Object.entries(body).filter(([k]) => !faulty.has(k))) as Partial<T>;
}

/**
 * The ledger's own checks of a body (its rules: names that must exist, figures that must agree), run on the members
 * that passed the schema when others did not, so that one refusal names every field at fault. They read and never
 * write; a check that needs a member in `faulty` (at fault, or missing) is skipped, not reported a second time.
 */
export type LaterChecks<T> = (input: Partial<T>, faulty: ReadonlySet<string>, errors: FieldError[]) => Promise<void> | void;

/** What checking a body against its schema found: the body's members that passed, and the errors of the others. */
export interface Checked<T> {
  input: Partial<T>;
  errors: FieldError[];
  /** The top-level members at fault (faultyMembers). */
  faulty: ReadonlySet<string>;
}

export interface Validator {
  /** Validates `body` against `schemas/<file>#/$defs/<name>`; throws a 400 listing every failing field. */
  body<T>(ref: string, body: unknown): T;
  /** Checks `body` against its schema without throwing: what passed, and every failing field. */
  check<T>(ref: string, body: unknown): Checked<T>;
  /**
   * As `body`, but a body the schema refuses is also put through `later` (the ledger's rules, on what passed), and
   * the 400 names their errors too: one refusal names every problem. A body the schema takes is returned unchecked
   * by `later`: the service that saves it runs the same rules.
   */
  bodyThen<T>(ref: string, body: unknown, later: LaterChecks<T>): Promise<T>;
}

const BODY_NOT_VALID = 'The request body is not valid.';

/**
 * One Ajv instance over schemas/, each schema compiled when first asked for. `checkSchemas` has Ajv check every schema
 * against JSON Schema's 2020-12 meta-schema as it is added: tests/http/schemas-valid.test.ts does so for schemas/,
 * which are the ledger's own files, so the app does not (compiling the meta-schema and checking the nine files took
 * ~60 ms of CPU at each start, in every test file that makes an app: docs/contributing.md, round 54). A schema Ajv
 * cannot compile still fails when first asked for, and `strict` refuses unknown keywords then.
 */
export function createValidator(schemas: JsonSchema[] = loadSchemas(), { checkSchemas = false } = {}): Validator {
  // verbose: a failed oneOf's error carries its branches and the value (foldOneOf)
  const ajv = new Ajv2020({
    allErrors: true,
    verbose: true,
    strict: true,
    strictTypes: false,
    validateSchema: checkSchemas,
    keywords: [STORED, MESSAGE],
  });
  ajv.removeKeyword('uniqueItems');
  ajv.addKeyword(uniqueItems);
  ajv.addSchema(schemas);
  collectPatternMessages(schemas);
  addFormats(ajv);
  const compiled = new Map<string, ValidateFunction>();
  const get = (ref: string): ValidateFunction => {
    let fn = compiled.get(ref);
    if (!fn) {
      fn = ajv.getSchema(ref);
      if (!fn) throw new Error(`Unknown schema ${ref}`);
      compiled.set(ref, fn);
    }
    return fn;
  };
  const oneOfs = oneOfsOf(schemas);
  const branchesOf: OneOfBranches = (choice) => {
    const ref = Array.isArray(choice.schema) ? oneOfs.get(choice.schema) : undefined;
    return ref === undefined ? undefined : (choice.schema as unknown[]).map((_, i) => get(`${ref}/${i}`));
  };
  const check = <T>(ref: string, body: unknown): Checked<T> => {
    if (body === undefined) {
      throw new DomainError('invalid_input', 'A JSON body is required (Content-Type: application/json).', [
        { field: 'body', message: 'is required' },
      ]);
    }
    if (nestedDeeperThan(body, MAX_BODY_DEPTH)) {
      throw new DomainError('invalid_input', `The body is nested deeper than ${MAX_BODY_DEPTH} levels.`, [
        { field: '/', message: `is nested deeper than ${MAX_BODY_DEPTH} levels` },
      ]);
    }
    const errors: FieldError[] = [];
    const validate = get(ref);
    deepChecks(body, '', errors, (validate.schema as JsonSchema)[STORED] !== false);
    if (!validate(body)) errors.push(...foldAnyOf(foldOneOf(validate.errors ?? [], branchesOf)).map(fieldOf));
    // a date's calendar is checked on the members the schema took (a date of the wrong form is named once)
    const before = faultyMembers(errors);
    const calendar: FieldError[] = [];
    calendarChecks(body, '', calendar);
    errors.push(...calendar.filter((e) => !before.has(memberOf(e.field))));
    const distinct = distinctFieldErrors(errors);
    const faulty = faultyMembers(distinct);
    return { input: withoutFaulty<T>(body, faulty), errors: distinct, faulty };
  };
  return {
    check,
    body<T>(ref: string, body: unknown): T {
      const { errors } = check<T>(ref, body);
      if (errors.length > 0) throw new DomainError('invalid_input', BODY_NOT_VALID, errors);
      return body as T;
    },
    async bodyThen<T>(ref: string, body: unknown, later: LaterChecks<T>): Promise<T> {
      const { input, errors, faulty } = check<T>(ref, body);
      if (errors.length === 0) return body as T;
      const found: FieldError[] = [];
      await later(input, faulty, found);
      const rules = found.filter((e) => !faulty.has(memberOf(e.field)));
      throw new DomainError('invalid_input', BODY_NOT_VALID, distinctFieldErrors([...errors, ...rules]));
    },
  };
}
