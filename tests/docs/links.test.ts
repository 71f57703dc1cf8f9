import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * The documentation a newcomer reads must not send them nowhere: every relative link in README.md, docs/*.md and
 * bench/README.md points at a file that exists (and at a heading that exists, when it names one), and every
 * `npm run X` they tell the reader to type is a script of package.json.
 */

const ROOT = path.join(__dirname, '..', '..');

function documentationFiles(): string[] {
  const docs = fs
    .readdirSync(path.join(ROOT, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => path.join('docs', f));
  return ['README.md', 'bench/README.md', ...docs];
}

/** The text outside fenced code blocks and inline code, where a `[text](target)` is a link and not an example. */
export function prose(markdown: string): string {
  return markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[ \t]*$/gm, '').replace(/`[^`\n]*`/g, '');
}

/** Targets of inline links and images, `[text](target)` or `![alt](target "title")`, in the prose. */
export function linkTargets(markdown: string): string[] {
  const targets: string[] = [];
  for (const m of prose(markdown).matchAll(/!?\[(?:[^\]\\]|\\.)*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) targets.push(m[1]);
  return targets;
}

/** Whether a link target leaves the repository (a URL with a scheme, or protocol-relative). */
function isExternal(target: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('//');
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens; repeats get -1, -2, … */
export function headingAnchors(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  const withoutCode = markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[ \t]*$/gm, '');
  for (const m of withoutCode.matchAll(/^#{1,6}[ \t]+(.+?)[ \t#]*$/gm)) {
    const text = m[1].replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/<[^>]+>/g, '');
    const base = text
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\p{M}\- _]/gu, '')
      .replace(/ /g, '-');
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    anchors.add(n === 0 ? base : `${base}-${n}`);
  }
  return anchors;
}

/** Every relative link of `file` (relative to root) that points at no file, or at no heading of its file. */
export function brokenLinks(file: string, root: string = ROOT): string[] {
  const text = fs.readFileSync(path.join(root, file), 'utf8');
  const broken: string[] = [];
  for (const target of linkTargets(text)) {
    if (isExternal(target)) continue;
    const [rawPath, anchor] = target.split('#', 2);
    const linked = rawPath === '' ? path.join(root, file) : path.resolve(path.dirname(path.join(root, file)), decodeURIComponent(rawPath));
    if (!linked.startsWith(root + path.sep) && linked !== root) {
      broken.push(`${target} (outside the repository)`);
      continue;
    }
    if (!fs.existsSync(linked)) {
      broken.push(`${target} (no such file)`);
      continue;
    }
    if (anchor && linked.endsWith('.md') && !headingAnchors(fs.readFileSync(linked, 'utf8')).has(decodeURIComponent(anchor))) {
      broken.push(`${target} (no such heading)`);
    }
  }
  return broken;
}

/** The scripts named as `npm run X` (options such as -s allowed between), anywhere in the text, code included. */
export function npmRunScripts(markdown: string): string[] {
  return [...markdown.matchAll(/\bnpm run(?:\s+-{1,2}[a-z-]+)*\s+([A-Za-z0-9:._-]+)/g)].map((m) => m[1].replace(/[.:,;]+$/, ''));
}

describe('the link checker itself', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'links-'));
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  test('finds a missing file, a missing heading and a link out of the repository; passes good ones', () => {
    fs.mkdirSync(path.join(root, 'docs'));
    fs.writeFileSync(path.join(root, 'docs', 'b.md'), "# Title\n\n## What `npm start` does\n\n## The editors' workspace\n");
    fs.writeFileSync(
      path.join(root, 'a.md'),
      [
        '# A',
        '',
        '## Section',
        '',
        '[ok](docs/b.md) [ok](docs/b.md#what-npm-start-does) [ok](docs/b.md#the-editors-workspace) [ok](#section)',
        '![ok](docs/b.md) [web](https://example.org/x.md) [mail](mailto:a@b.c)',
        '[gone](docs/missing.md) [no heading](docs/b.md#nowhere) [here, no heading](#elsewhere) [out](../../etc/passwd)',
        '',
        '```md',
        '[in code](nowhere.md)',
        '```',
        '`[inline code](nowhere.md)`',
      ].join('\n'),
    );
    expect(brokenLinks('a.md', root)).toEqual([
      'docs/missing.md (no such file)',
      'docs/b.md#nowhere (no such heading)',
      '#elsewhere (no such heading)',
      '../../etc/passwd (outside the repository)',
    ]);
  });

  test('anchors follow GitHub: punctuation dropped, repeated headings numbered', () => {
    expect([
      ...headingAnchors('## Keys and roles\n## Keys and roles\n### `GET /v1/claims`: a list!\n## Bulk import: `POST /v1/import`'),
    ]).toEqual(['keys-and-roles', 'keys-and-roles-1', 'get-v1claims-a-list', 'bulk-import-post-v1import']);
  });

  test('npm run names are read with options and arguments', () => {
    expect(
      npmRunScripts(
        'run `npm run bench -- --quick`, then npm run -s import -- x.csv, npm run eval:extract. And bench/ (npm run bench: the run)',
      ),
    ).toEqual(['bench', 'import', 'eval:extract', 'bench']);
  });
});

describe('the documentation', () => {
  const scripts = Object.keys(
    (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts,
  );

  test('covers README.md, bench/README.md and the guides in docs/', () => {
    expect(documentationFiles()).toEqual(expect.arrayContaining(['README.md', 'bench/README.md', 'docs/api.md', 'docs/operations.md']));
  });

  test.each(documentationFiles())('%s: every relative link points at a file and heading that exist', (file) => {
    expect(brokenLinks(file)).toEqual([]);
  });

  test.each(documentationFiles())('%s: every `npm run X` is a script of package.json', (file) => {
    const named = npmRunScripts(fs.readFileSync(path.join(ROOT, file), 'utf8'));
    expect(named.filter((s) => !scripts.includes(s))).toEqual([]);
  });
});
