import fs from 'node:fs';
import path from 'node:path';

/**
 * The project's root: the folder of package.json, found by walking up from this file. Files read at run time
 * (schemas/, db/data/, seeds/, the citation styles) are found from it, so that they are found the same from
 * the TypeScript sources and from the compiled bundle in dist/server/, whose __dirname is elsewhere.
 */
function findRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`package.json not found above ${__dirname}`);
    dir = parent;
  }
  return dir;
}

export const PROJECT_ROOT = findRoot();

/** A path inside the project, from its root. */
export function fromRoot(...segments: string[]): string {
  return path.join(PROJECT_ROOT, ...segments);
}
