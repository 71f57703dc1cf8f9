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
