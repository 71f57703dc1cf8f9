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

/** tsconfig.json's options that change what esbuild writes (class fields defined as ES2022 defines them). */
const tsconfigRaw = { compilerOptions: { target: 'ES2022', useDefineForClassFields: true, jsx: 'react-jsx', jsxImportSource: 'preact' } };

module.exports = {
  getCacheKey(source, filename, { configString }) {
    return crypto.createHash('sha256').update(`${version}\0${filename}\0${configString}\0`).update(source).digest('hex');
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
    return { code, map };
  },
};
