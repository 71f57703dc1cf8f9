import fs from 'node:fs';
import path from 'node:path';

/** The project's root (the folder of package.json), found from this file so it holds when run from sources or a build. */
function projectRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('package.json not found above ' + __dirname);
    dir = parent;
  }
  return dir;
}

const root = projectRoot();

/** Files served under /assets/: the client bundle built by `npm run build:web`, and the style sheet. */
export const WEB_ASSETS: Record<string, { file: string; type: string }> = {
  'app.js': { file: path.join(root, 'dist/web/app.js'), type: 'text/javascript; charset=utf-8' },
  'style.css': { file: path.join(root, 'src/web/assets/style.css'), type: 'text/css; charset=utf-8' },
};
