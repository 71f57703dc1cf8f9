import { splitLines } from '../../src/import/lines';

async function collect(chunks: (Buffer | string)[], max?: number) {
  const out = [];
  for await (const line of splitLines(
    (async function* () {
      yield* chunks;
    })(),
    max,
  ))
    out.push(line);
  return out;
}

test('lines split across chunks, inside multi-byte characters, with CRLF and a last line without newline', async () => {
  const text = Buffer.from('{"a":"Қазақстан"}\r\n{"b":2}\n\n{"c":3}', 'utf8');
  const chunks = [...text].map((b) => Buffer.from([b])); // one byte at a time
  expect(await collect(chunks)).toEqual([
    { n: 1, text: '{"a":"Қазақстан"}' },
    { n: 2, text: '{"b":2}' },
    { n: 3, text: '' },
    { n: 4, text: '{"c":3}' },
  ]);
});

test('invalid UTF-8 and over-long lines are errors of their own line only', async () => {
  const lines = await collect([Buffer.from('ok\n'), Buffer.from([0x61, 0xc3, 0x28, 0x0a]), Buffer.from('x'.repeat(50) + '\nfine\n')], 20);
  expect(lines).toEqual([
    { n: 1, text: 'ok' },
    { n: 2, error: 'is not valid UTF-8' },
    { n: 3, error: 'is longer than 20 bytes' },
    { n: 4, text: 'fine' },
  ]);
});
