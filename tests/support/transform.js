// jest's transform of the TypeScript sources (jest.config.js): esbuild, which the build already uses, instead of
// ts-jest. tsc --noEmit type-checks everything beside jest (scripts/test.mjs) and tsconfig.json asks for
// isolatedModules, so ts-jest only transpiled each file alone (ts.transpileModule), as esbuild does: the same CommonJS
// for Node 20, imports with esModuleInterop's defaults, JSX for preact. What it saves is time: transpiling the ~830
// files of src, tests, db, seeds and scripts took ts-jest ~17 s of CPU in one warm process against under 1 s
// (docs/contributing.md, round 51), and every jest worker loaded TypeScript's compiler (~9 MB) to do it. A clean clone
// (every CI run's first pass) has no transform cache, so each worker transpiled what the cache did not hold yet.
// jest requires a transformer untransformed: JavaScript, as sequencer.js.
const crypto = require('node:crypto');
const esbuild = require('esbuild');
const { version } = require('esbuild/package.json');
const SELF = crypto.createHash('sha256').update(require('node:fs').readFileSync(module.filename)).digest('hex');

/** tsconfig.json's options that change what esbuild writes (class fields defined as ES2022 defines them). */
const tsconfigRaw = { compilerOptions: { target: 'ES2022', useDefineForClassFields: true, jsx: 'react-jsx', jsxImportSource: 'preact' } };

/**
 * A test's jest.spyOn on a module's function ("import * as revisionStore …; jest.spyOn(revisionStore,
 * 'checkedChanges')") must replace what the module's callers call, as it did under ts-jest. esbuild's CommonJS differs
 * twice: it defines a module's exports as getters that cannot be redefined ("Cannot redefine property"), and its
 * __toESM gives a namespace import a copy of the exports, where TypeScript's __importStar gives the module's own
 * exports when they are an ES module's (__esModule). Both are made as TypeScript has them: the getters configurable, a
 * namespace import of an ES module its exports themselves; callers read exports through that object, so a spy put
 * there is what they call. The getters a spy redefines are __copyProps's (module.exports is __toCommonJS's copy of
 * __export's object). A module with exports must hold __export and __copyProps as written here, and one that imports a
 * namespace __toESM: a newer esbuild that writes them otherwise fails here, not in a test far away
 * (tests/lint/transform.test.ts).
 */
// esbuild renames a helper's parameters when the module declares the same name at its top level ("export const name"
// makes __export's name name2, a top-level key __copyProps's key2), so each is matched whatever its names are.
const EXPORT_GETTER = /__defProp\((\w+), (\w+), \{ get: (\w+)\[\2\], enumerable: true \}\);/;
const TO_ESM = /var __toESM = \((\w+), (\w+), (\w+)\) => \(\3 =/;
const COPIED_GETTER =
  /__defProp\((\w+), (\w+), \{ get: \(\) => (\w+)\[\2\], enumerable: !\((\w+) = __getOwnPropDesc\(\3, \2\)\) \|\| \4\.enumerable \}\);/;
function configurableExports(code) {
  if (code.includes('__toESM(')) {
    if (!TO_ESM.test(code)) throw new Error(`esbuild ${version} no longer writes __toESM as tests/support/transform.js expects`);
    code = code.replace(
      TO_ESM,
      (_, mod, isNodeMode, target) =>
        `var __toESM = (${mod}, ${isNodeMode}, ${target}) => ${mod} != null && ${mod}.__esModule && !${isNodeMode} ? ${mod} : (${target} =`,
    );
  }
  if (code.includes('__copyProps(')) {
    if (!COPIED_GETTER.test(code)) throw new Error(`esbuild ${version} no longer writes __copyProps as tests/support/transform.js expects`);
    code = code.replace(COPIED_GETTER, (getter) => getter.replace(/ \}\);$/, ', configurable: true });'));
  }
  if (!code.includes('__export(')) return code;
  if (!EXPORT_GETTER.test(code))
    throw new Error(`esbuild ${version} no longer writes its export helper as tests/support/transform.js expects`);
  return code.replace(EXPORT_GETTER, (getter) => getter.replace(/ \}\);$/, ', configurable: true });'));
}

module.exports = {
  configurableExports,
  getCacheKey(source, filename, { configString }) {
    // (this file's own text too: a change to what it writes is no cached output's)
    return crypto.createHash('sha256').update(`${version}\0${SELF}\0${filename}\0${configString}\0`).update(source).digest('hex');
  },
  process(source, filename) {
    const { code, map } = esbuild.transformSync(source, {
      loader: filename.endsWith('.tsx') ? 'tsx' : 'ts',
      format: 'cjs',
      target: 'node20',
      platform: 'node',
      sourcemap: 'external',
      sourcefile: filename,
      sourcesContent: false,
      tsconfigRaw,
    });
    return { code: configurableExports(code), map };
  },
};
