/**
 * npm run lint (after eslint): the import graph of src/ has no cycle. A cycle means two modules that cannot be
 * understood, tested or loaded one without the other (and, at run time, one of them sees the other half-loaded).
 * Type-only imports count too: a type belongs to the module that owns the rule, and the others import it from there.
 *
 * Prints each cycle found, as the chain of files, and exits 1 when there is one.
 */
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const ROOT = path.join(__dirname, '..');
const EXTENSIONS = ['.ts', '.tsx'];

/** The TypeScript sources under dir, at any depth. */
export function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return EXTENSIONS.some((e) => entry.name.endsWith(e)) && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

/** The file a relative import names, or null for a package or a file that is not TypeScript source. */
function resolve(from: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  const base = path.resolve(path.dirname(from), specifier);
  for (const candidate of [base, ...EXTENSIONS.map((e) => base + e), ...EXTENSIONS.map((e) => path.join(base, `index${e}`))]) {
    if (EXTENSIONS.some((e) => candidate.endsWith(e)) && fs.existsSync(candidate)) return candidate;
  }
  return null;
}

/** Each file's imports (static, dynamic and re-exports) among the files given. */
export function importGraph(files: string[]): Map<string, string[]> {
  const known = new Set(files);
  return new Map(
    files.map((file) => {
      const { importedFiles } = ts.preProcessFile(fs.readFileSync(file, 'utf8'), true, true);
      const targets = importedFiles.map((i) => resolve(file, i.fileName)).filter((t): t is string => t !== null && known.has(t));
      return [file, [...new Set(targets)]];
    }),
  );
}

/** The strongly connected components with more than one file, or one file importing itself (Tarjan's algorithm). */
export function cycles(graph: Map<string, string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string): void => {
    index.set(node, next);
    low.set(node, next++);
    stack.push(node);
    onStack.add(node);
    for (const target of graph.get(node) ?? []) {
      if (!index.has(target)) {
        visit(target);
        low.set(node, Math.min(low.get(node)!, low.get(target)!));
      } else if (onStack.has(target)) {
        low.set(node, Math.min(low.get(node)!, index.get(target)!));
      }
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    for (let member = stack.pop()!; ; member = stack.pop()!) {
      onStack.delete(member);
      component.push(member);
      if (member === node) break;
    }
    if (component.length > 1 || (graph.get(node) ?? []).includes(node)) found.push(component.sort());
  };
  for (const node of [...graph.keys()].sort()) if (!index.has(node)) visit(node);
  return found;
}

if (require.main === module) {
  const found = cycles(importGraph(sourceFiles(path.join(ROOT, 'src'))));
  for (const component of found) console.error(`import cycle: ${component.map((f) => path.relative(ROOT, f)).join(' <-> ')}`);
  if (found.length > 0) {
    console.error(`${found.length} import cycle(s) in src/: move what both sides need into a module of its own.`);
    process.exit(1);
  }
  console.log('src/: no import cycle');
}
