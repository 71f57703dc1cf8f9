import fs from 'node:fs';
import path from 'node:path';
import { counted, listed } from '../../src/words';

test('a count takes its noun in the number the count takes', () => {
  expect(counted(0, 'claimant')).toBe('0 claimants');
  expect(counted(1, 'claimant')).toBe('1 claimant');
  expect(counted(2, 'figure')).toBe('2 figures');
  expect(counted(1, 'person', 'people')).toBe('1 person');
  expect(counted(3, 'person', 'people')).toBe('3 people');
  expect(listed(['Iraq', 'Syria', 'Turkey'])).toBe('Iraq, Syria and Turkey');
});

test('text shown to users says "1 figure" or "2 figures", never "figure(s)"', () => {
  const files = (dir: string): string[] =>
    fs
      .readdirSync(dir, { withFileTypes: true })
      .flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)]));
  const offenders = files(path.join(__dirname, '../../src'))
    .filter((f) => /\.tsx?$/.test(f))
    .flatMap((f) =>
      fs
        .readFileSync(f, 'utf8')
        .split('\n')
        .map((line, i) => ({ f, i, line })),
    )
    .filter(({ line }) => /\b[a-z]{3,}\(s\)(?: [a-z]|[.,;:'"`]|$)/.test(line) && !/^\s*(\/\/|\*)/.test(line) && !/https?\(s\)/.test(line));
  expect(offenders.map(({ f, i }) => `${path.relative(process.cwd(), f)}:${i + 1}`)).toEqual([]);
});
