import { csvField, makeImportSet, ndjsonLines } from '../../bench/lib/importData';
import { formatNumber, formatTable, meets, percentile, ratio, Row } from '../../bench/lib/stats';

test('percentile is the nearest rank of the sorted samples', () => {
  const samples = [5, 1, 4, 2, 3, 10, 9, 8, 7, 6];
  expect(percentile(samples, 50)).toBe(5);
  expect(percentile(samples, 99)).toBe(10);
  expect(percentile(samples, 0)).toBe(1);
  expect(percentile([42], 99)).toBe(42);
  expect(percentile([], 50)).toBeNaN();
});

test('ratio reads as times the baseline, inverted where lower is better', () => {
  expect(ratio(800, 1000)).toBeCloseTo(0.8);
  expect(ratio(10, 20, 'lower')).toBeCloseTo(2);
  expect(ratio(0, 1000)).toBeNull();
  expect(ratio(100, Number.NaN)).toBeNull();
});

test('meets compares against the target and knows when there is nothing to compare', () => {
  expect(meets(0.8, '>=', 0.8)).toBe(true);
  expect(meets(1.0, '>', 1.0)).toBe(false);
  expect(meets(49.9, '<', 50)).toBe(true);
  expect(meets(null, '<', 50)).toBeNull();
});

test('the table shows every figure with its baseline, ratio, target and verdict', () => {
  const rows: Row[] = [
    {
      step: '2. List',
      figure: 'list requests/s',
      value: 1234.5,
      unit: 'req/s',
      baseline: { name: 'bare', value: 1500 },
      ratio: 0.823,
      target: '≥ 0.8× bare',
      met: true,
    },
    {
      step: '4. Compare',
      figure: '/v1/compare/sources p99',
      value: null,
      unit: 'ms',
      baseline: null,
      ratio: null,
      target: 'p99 < 50 ms',
      met: null,
      note: 'not available in this build',
    },
    { step: '5. Export', figure: 'peak RSS', value: 312, unit: 'MB', baseline: null, ratio: null, target: '< 250 MB', met: false },
  ];
  const lines = formatTable(rows).split('\n');
  expect(lines).toHaveLength(5);
  expect(lines[2]).toContain('1,235 req/s');
  expect(lines[2]).toContain('bare: 1,500 req/s');
  expect(lines[2]).toContain('0.82×');
  expect(lines[2]).toContain('met');
  expect(lines[3]).toContain('not available in this build');
  expect(lines[4]).toContain('MISSED');
  expect(new Set(lines.map((l) => l.length)).size).toBe(1);
  expect(formatNumber(3.14159)).toBe('3.14');
  expect(formatNumber(null)).toBe('—');
});

test('the import file refers only to actors, documents and claims defined before it', () => {
  const set = makeImportSet(300, ['KZ', 'RU', 'TJ']);
  const keys = new Set<string>();
  let claims = 0;
  for (const line of ndjsonLines(set)) {
    const record = JSON.parse(line) as {
      type: string;
      key: string;
      claimant?: string;
      publisher?: string;
      sources?: { document: string }[];
      relations?: { claim: string }[];
    };
    const refs = [
      record.claimant,
      record.publisher,
      ...(record.sources ?? []).map((s) => s.document),
      ...(record.relations ?? []).map((r) => r.claim),
    ];
    for (const ref of refs) if (ref !== undefined) expect(keys.has(ref)).toBe(true);
    expect(keys.has(record.key)).toBe(false);
    keys.add(record.key);
    if (record.type === 'claim') {
      claims++;
      expect(record.sources!.length).toBeGreaterThanOrEqual(1);
      expect(record.sources!.length).toBeLessThanOrEqual(3);
    }
  }
  expect(claims).toBe(300);
  expect(JSON.stringify(makeImportSet(300, ['KZ', 'RU', 'TJ']))).toBe(JSON.stringify(set));
});

test('CSV fields are quoted only when they must be, and null is empty', () => {
  expect(csvField(null)).toBe('');
  expect(csvField(12)).toBe('12');
  expect(csvField('over 300')).toBe('over 300');
  expect(csvField('said "over 300", then')).toBe('"said ""over 300"", then"');
  expect(csvField('')).toBe('""');
});
