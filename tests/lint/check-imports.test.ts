import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cycles, importGraph } from '../../scripts/check-imports';

test('cycles: every strongly connected group of files is one cycle, a file importing itself too; a chain is none', () => {
  const graph = new Map([
    ['a', ['b']],
    ['b', ['c']],
    ['c', ['a', 'd']],
    ['d', ['e']],
    ['e', []],
    ['f', ['f']],
    ['g', ['d']],
  ]);
  expect(cycles(graph)).toEqual([['a', 'b', 'c'], ['f']]);
  expect(
    cycles(
      new Map([
        ['a', ['b']],
        ['b', []],
      ]),
    ),
  ).toEqual([]);
});

test('the graph follows relative imports of every kind to their files, and leaves packages out', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'check-imports-'));
  try {
    const file = (name: string, text: string) => {
      fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      fs.writeFileSync(path.join(dir, name), text);
      return path.join(dir, name);
    };
    const a = file('a.ts', "import type { B } from './b';\nimport express from 'express';\nexport * from './sub';\n");
    const b = file('b.tsx', "export type B = 1;\nconst later = () => import('./a');\n");
    const sub = file('sub/index.ts', "export { x } from '../c';\n");
    const c = file('c.ts', 'export const x = 1;\n');
    const graph = importGraph([a, b, sub, c]);
    expect(graph.get(a)).toEqual([b, sub]);
    expect(graph.get(b)).toEqual([a]);
    expect(graph.get(sub)).toEqual([c]);
    expect(cycles(graph)).toEqual([[a, b].sort()]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
