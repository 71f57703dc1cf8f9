import knexFactory from 'knex';
import { applyClaimFilter } from '../../src/claims/claimFilters';
import { literalValues, nativeQuery, parameterlessSql, sqlLiteral } from '../../src/db/sqlValues';

// Only builds SQL text: no connection is opened.
const db = knexFactory({ client: 'pg' });
afterAll(() => db.destroy());

test('a literal is the value quoted by pg escapeLiteral, numbers as the text pg sends for them', () => {
  expect(sqlLiteral("militants' \\ fighters")).toBe(" E'militants'' \\\\ fighters'");
  expect(sqlLiteral(-1.5)).toBe("'-1.5'");
  expect(sqlLiteral(['KZ', "o'b"])).toBe("ARRAY['KZ', 'o''b']");
  expect(() => sqlLiteral(Number.NaN)).toThrow(/finite/);
});

test('a filter built with literal values leaves no parameter; built with bound values it sends them apart', () => {
  const filter = { countries: ['KZ', 'UZ'], metrics: ['fighters'], claimantName: "o'brien", q: '$1 fighters', minValue: 5, documentId: 3 };
  const bound = nativeQuery(applyClaimFilter(db('claims as c').select('c.id'), filter, db));
  expect(bound.bindings).toEqual([['KZ', 'UZ'], 'fighters', "o'brien", "o'brien", 3, '$1 fighters', '$1 fighters', 5]);
  const sql = parameterlessSql(applyClaimFilter(db('claims as c').select('c.id'), filter, db, literalValues(db)));
  expect(sql).toContain("c.country = ANY(ARRAY['KZ', 'UZ']::text[])");
  expect(sql).toContain("c.metric = 'fighters'::text");
  expect(sql).toContain("name_key(name) = name_key('o''brien'::text)");
  expect(sql).toContain("websearch_to_tsquery('english'::regconfig, '$1 fighters')");
  expect(() => parameterlessSql(applyClaimFilter(db('claims as c').select('c.id'), filter, db))).toThrow(/literalValues/);
});
