import { csvClaimLines } from '../../src/import/csv';
import { CLAIM_EXPORT_COLUMNS } from '../../src/export/claimRows';

const header = CLAIM_EXPORT_COLUMNS.map((c) => c.name).join(',');
const read = async (chunks: (string | Buffer)[]) => {
  const out = [];
  for await (const line of csvClaimLines(
    (async function* () {
      yield* chunks;
    })(),
  ))
    out.push(line);
  return out;
};

test('bytes that are not UTF-8 after the first chunk end the reading with a line that says so (no stall)', async () => {
  const row = CLAIM_EXPORT_COLUMNS.map((c) => (c.name === 'quote' ? '"a quote"' : '')).join(',');
  const lines = await read([`${header}\r\n${row}\r\n`, Buffer.from([0x22, 0xe9, 0x22, 0x0a])]);
  expect(lines[lines.length - 1]).toMatchObject({
    errors: [expect.objectContaining({ column: 'body', message: expect.stringContaining('UTF-8') })],
  });
});

test('a ";"-separated file with a BOM is read as the export, a decimal comma included; line numbers count quoted line breaks', async () => {
  const cells = (values: Record<string, string>) => CLAIM_EXPORT_COLUMNS.map((c) => values[c.name] ?? '').join(';');
  const text =
    `\ufeff${CLAIM_EXPORT_COLUMNS.map((c) => c.name).join(';')}\r\n` +
    `${cells({ claim_id: '7', value: '1,5', notes: '"two\r\nlines"', document_id: '1', quote: '"\'=x"', location: '"IQ;SY"' })}\r\n` +
    `${cells({ claim_id: '7', value: '1,5', notes: '"two\r\nlines"', document_id: '2', quote: 'y', location: '"IQ;SY"', source_position: '1' })}\r\n` +
    `${cells({ value: 'x', document_id: '1', quote: 'z' })}\r\n`;
  const lines = await read([text]);
  expect(lines).toHaveLength(2);
  expect(lines[0]).toMatchObject({
    n: 2,
    value: {
      id: 7,
      value: 1.5,
      notes: 'two\r\nlines',
      location: ['IQ', 'SY'],
      sources: [
        { document: 1, quote: '=x' },
        { document: 2, quote: 'y' },
      ],
    },
  });
  expect(lines[1]).toMatchObject({ n: 6, errors: [{ line: 6, column: 'value', field: 'value', message: '"x" is not a number' }] });
});

const cellsOf = (values: Record<string, string>, separator = ',') => CLAIM_EXPORT_COLUMNS.map((c) => values[c.name] ?? '').join(separator);

test('a quote inside an unquoted cell is a problem of the file on its line, not an error of the server', async () => {
  // csv-parse's code for it (INVALID_OPENING_QUOTE) is the one without the CSV_ prefix: it had been a 500.
  const lines = await read([`${header}\r\n${cellsOf({ claim_id: '7', notes: 'a "quoted" word' })}\r\n`]);
  expect(lines).toEqual([
    { n: 2, errors: [expect.objectContaining({ line: 2, column: 'body', message: expect.stringContaining('is not valid CSV here') })] },
  ]);
});

test('Excel’s "Unicode text" (UTF-16LE with its byte-order mark, tab-separated) is read as the export', async () => {
  const names = CLAIM_EXPORT_COLUMNS.map((c) => c.name);
  const text =
    `\ufeff${names.join('\t')}\r\n` +
    `${cellsOf({ claim_id: '7', value: '300', notes: '"tab\there; and, ""quoted"""', document_id: '1', quote: 'Kazakh “militants”', location: 'IQ;SY' }, '\t')}\r\n`;
  const bytes = Buffer.from(text, 'utf16le');
  // The first byte alone, then the rest: the encoding is read from the first two bytes whatever the chunks.
  const lines = await read([bytes.subarray(0, 1), bytes.subarray(1, 7), bytes.subarray(7)]);
  expect(lines).toEqual([
    expect.objectContaining({
      n: 2,
      value: expect.objectContaining({
        id: 7,
        value: 300,
        notes: 'tab\there; and, "quoted"',
        location: ['IQ', 'SY'],
        sources: [{ document: 1, quote: 'Kazakh “militants”' }],
      }),
    }),
  ]);
  const broken = await read([Buffer.concat([Buffer.from(`\ufeff${names.join('\t')}\r\n`, 'utf16le'), Buffer.from([0x00, 0xd8, 0x41])])]);
  expect(broken[broken.length - 1]).toMatchObject({
    errors: [expect.objectContaining({ column: 'body', message: expect.stringContaining('UTF-8') })],
  });
});

test('a row with fewer cells than the header is refused naming its first missing column (its empty cells had cleared fields)', async () => {
  const row = cellsOf({ claim_id: '7', value: '300', document_id: '1', quote: 'q', notes: 'kept', version: '3' });
  const cut = row
    .split(',')
    .slice(
      0,
      CLAIM_EXPORT_COLUMNS.findIndex((c) => c.name === 'notes'),
    )
    .join(',');
  const lines = await read([`${header}\r\n${cut}\r\n${row},,\r\n`]);
  expect(lines).toEqual([
    {
      n: 2,
      errors: [
        {
          line: 2,
          column: 'notes',
          field: 'notes',
          message: `has ${CLAIM_EXPORT_COLUMNS.length - 4} cells where the header has ${CLAIM_EXPORT_COLUMNS.length}`,
        },
      ],
    },
    expect.objectContaining({ n: 3, value: expect.objectContaining({ id: 7, notes: 'kept' }) }),
  ]);
});

test('a relation cell naming an id beyond the integers a number holds is refused on its cell (it had reached PostgreSQL)', async () => {
  const lines = await read([
    `${header}\r\n${cellsOf({ claim_id: '7', document_id: '1', quote: 'q', supersedes: '"3;99999999999999999999"' })}\r\n`,
  ]);
  expect(lines).toEqual([
    { n: 2, errors: [{ line: 2, column: 'supersedes', field: 'supersedes', message: '"99999999999999999999" is not a claim id' }] },
  ]);
});

test('a figure past the range of numbers is not a number (it had been read as Infinity)', async () => {
  const lines = await read([`${header}\r\n${cellsOf({ claim_id: '7', value: '1e400', document_id: '1', quote: 'q' })}\r\n`]);
  expect(lines).toEqual([{ n: 2, errors: [{ line: 2, column: 'value', field: 'value', message: '"1e400" is not a number' }] }]);
});
