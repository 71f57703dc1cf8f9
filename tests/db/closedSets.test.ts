import fs from 'node:fs';
import path from 'node:path';
import { APPROXIMATION_RULES, approximationsWhere } from '../../src/claims/approximation';
import { APPROXIMATIONS, CLAIM_RANKS, CLAIM_STATUSES, INVERSE_RELATION, RELATION_TYPES } from '../../src/claims/model';
import {
  ACTOR_KINDS,
  DATE_PRECISIONS,
  DOCUMENT_KINDS,
  FIELD_ERROR_CODES,
  PLACE_KINDS,
  RELIABILITY_GRADES,
  REVISION_ACTIONS,
  REVISION_ENTITIES,
  ROLES,
} from '../../src/closedSets';
import { CANDIDATE_RELATION_TYPES } from '../../src/extract/candidate';
import { UNREAD_PARTS } from '../../src/extract/unread';
import { DECISIONS } from '../../src/web/workspace/store';
import { createTestDb, TestDb } from '../support/db';

/*
 * Each closed set of the model is written three times: the `as const` array the code derives its union type
 * from, the JSON Schema enum that validates requests, and the CHECK constraint that guards the table. These
 * tests read the latter two from where they live (schemas/*.json; pg_get_constraintdef on a migrated database)
 * and compare them with the arrays, and they fail on an enum or a CHECK list that no array accounts for.
 */
let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.drop());

const sorted = (values: readonly (string | null)[]) => [...new Set(values)].sort();

/** Every `enum` in schemas/, by file and JSON Pointer. */
function schemaEnums(): Map<string, (string | null)[]> {
  const found = new Map<string, (string | null)[]>();
  const dir = path.join(__dirname, '../../schemas');
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    const walk = (node: unknown, pointer: string): void => {
      if (node === null || typeof node !== 'object') return;
      const enumValues = (node as { enum?: unknown }).enum;
      if (Array.isArray(enumValues)) found.set(`${file}#${pointer}`, enumValues);
      for (const [key, child] of Object.entries(node)) walk(child, `${pointer}/${key}`);
    };
    walk(JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')), '');
  }
  return found;
}

const SCHEMA_SETS: Record<string, readonly string[]> = {
  'actor.json#/$defs/ActorKind': ACTOR_KINDS,
  'actor.json#/$defs/ActorCreate/properties/reliability/anyOf/0': RELIABILITY_GRADES,
  'actor.json#/$defs/ActorPatch/properties/reliability/anyOf/0': RELIABILITY_GRADES,
  'import.json#/$defs/ImportActorLine/properties/reliability/anyOf/0': RELIABILITY_GRADES,
  'claim.json#/$defs/Approximation': APPROXIMATIONS,
  'extract.json#/$defs/Candidate/properties/approximation': APPROXIMATIONS,
  'claim.json#/$defs/Rank': CLAIM_RANKS,
  'claim.json#/$defs/Status': CLAIM_STATUSES,
  'claim.json#/$defs/RelationType': RELATION_TYPES,
  'claim.json#/$defs/Relation/properties/type': [...RELATION_TYPES, ...Object.values(INVERSE_RELATION)],
  'extract.json#/$defs/Candidate/properties/relations/items/properties/type': CANDIDATE_RELATION_TYPES,
  'extract.json#/$defs/Extraction/properties/unread/items/properties/part': UNREAD_PARTS,
  'claim.json#/$defs/Revision/properties/action': REVISION_ACTIONS,
  'document.json#/$defs/DocumentKind': DOCUMENT_KINDS,
  'keys.json#/$defs/Role': ROLES,
  'vocabulary.json#/$defs/Country/properties/kind': PLACE_KINDS,
  'common.json#/$defs/Problem/properties/errors/items/properties/code': FIELD_ERROR_CODES,
};
/** Enums of the comparison views' answers: computed, never stored or sent by a client, typed in src/compare. */
const VIEW_ENUMS = [
  'compare.json#/$defs/CompareWarning/properties/code',
  'compare.json#/$defs/SourceRow/properties/latest_by',
  'compare.json#/$defs/CompareSources/properties/agreement/properties/verdict',
  'compare.json#/$defs/CountryRow/properties/chosen_by',
  'compare.json#/$defs/CountryRow/properties/latest_by',
];

test('every JSON Schema enum of the model is the closed set the code knows', () => {
  const enums = schemaEnums();
  expect(sorted([...enums.keys()].filter((k) => !VIEW_ENUMS.includes(k)))).toEqual(sorted(Object.keys(SCHEMA_SETS)));
  for (const [pointer, values] of Object.entries(SCHEMA_SETS))
    expect([pointer, sorted(enums.get(pointer)!)]).toEqual([pointer, sorted(values)]);
});

/** The quoted literals of a constraint's definition: `kind = ANY (ARRAY['person'::text, …])` gives person, …. */
const literals = (def: string) => [...def.matchAll(/'((?:[^']|'')*)'::(?:text|character varying)/g)].map((m) => m[1]);

test('every CHECK that lists values is the closed set the code knows', async () => {
  const { rows } = await t.db.raw(`SELECT conrelid::regclass::text AS "table", conname AS name, pg_get_constraintdef(oid) AS def
    FROM pg_constraint WHERE contype = 'c' AND conrelid <> 0 AND connamespace = 'public'::regnamespace`);
  const checks = new Map((rows as { name: string; def: string }[]).map((r) => [r.name, r.def]));
  const lists: Record<string, readonly string[]> = {
    actors_kind_check: ACTOR_KINDS,
    actors_reliability_check: RELIABILITY_GRADES,
    documents_precision_check: DATE_PRECISIONS,
    claims_approximation_check: APPROXIMATIONS,
    claims_as_of_precision: DATE_PRECISIONS,
    claims_stated_precision: DATE_PRECISIONS,
    claims_rank_check: CLAIM_RANKS,
    claims_status_check: CLAIM_STATUSES,
    claim_relations_type_check: RELATION_TYPES,
    revisions_action_check: REVISION_ACTIONS,
    revisions_entity_check: REVISION_ENTITIES,
    api_keys_role_check: ROLES,
    countries_kind_check: PLACE_KINDS,
    workspace_decisions_decision_check: DECISIONS,
    // What an approximation requires, as APPROXIMATION_RULES says it.
    claims_value_required: approximationsWhere('needsValue', false),
    claims_range_bounds: approximationsWhere('needsBounds'),
  };
  // Kinds of places_within rows: data of db/data, read by no code.
  const dataOnly = ['places_within_kind_check'];
  const listing = [...checks].filter(([name, def]) => / = ANY \(ARRAY\[/.test(def) && !dataOnly.includes(name)).map(([name]) => name);
  expect(sorted(listing.filter((name) => !(name in lists)))).toEqual([]);
  for (const [name, values] of Object.entries(lists)) {
    expect([name, checks.has(name)]).toEqual([name, true]);
    expect([name, sorted(literals(checks.get(name)!))]).toEqual([name, sorted(values)]);
  }
  expect(literals(checks.get('claims_retraction_reason')!)).toEqual(['retracted']);
  expect(CLAIM_STATUSES).toContain('retracted');
});

test('the approximation table is coherent: bounds, marks and words agree with each other', () => {
  for (const a of APPROXIMATIONS) {
    const rule = APPROXIMATION_RULES[a];
    expect([a, rule.bound === 'lower', rule.mark === 'arrow-up']).toEqual([a, rule.mark === 'arrow-up', rule.bound === 'lower']);
    expect([a, rule.bound === 'upper']).toEqual([a, rule.mark === 'arrow-down']);
    expect([a, rule.statesNumber]).toEqual([a, rule.mark !== 'vague']);
    expect([a, rule.needsBounds]).toEqual([a, rule.mark === 'bar']);
    // A lower bound's interval starts at the value and has no end; an upper bound's ends at it.
    if (rule.bound === 'lower')
      expect(rule.interval(300)).toEqual({ low: 300, high: null, low_open: !rule.includesBound, high_open: false });
    if (rule.bound === 'upper') expect(rule.interval(300)).toEqual({ low: 0, high: 300, low_open: false, high_open: !rule.includesBound });
    expect(rule.phrase({ value: '300', low: '200', high: '400' }, 'fewer')).toMatch(/300|200/);
    expect(rule.choice.startsWith(rule.label)).toBe(true);
  }
});
