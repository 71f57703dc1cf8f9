/**
 * tests/support/transform.js, jest's esbuild transform: a spy on a namespace import reaches the module's callers as it
 * did under TypeScript's CommonJS, and an esbuild writing its helpers otherwise fails in the transform itself.
 */
import { transformSync } from 'esbuild';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const transform = require('../support/transform.js') as {
  process(source: string, filename: string): { code: string };
  configurableExports(code: string): string;
};

/** Runs the transform's CommonJS of each source, `./name` resolving to the others. */
function load(sources: Record<string, string>): Record<string, Record<string, unknown>> {
  const modules: Record<string, { exports: Record<string, unknown> }> = {};
  const requireOf = (name: string) => {
    const key = name.replace(/^\.\//, '');
    if (!modules[key]) {
      modules[key] = { exports: {} };
      const { code } = transform.process(sources[key], `/virtual/${key}.ts`);
      new Function('require', 'module', 'exports', code)(requireOf, modules[key], modules[key].exports);
    }
    return modules[key].exports;
  };
  return Object.fromEntries(Object.keys(sources).map((k) => [k, requireOf(`./${k}`)]));
}

describe('jest transform (tests/support/transform.js)', () => {
  test('a spy on a module function through a namespace import is what another module calls', () => {
    const { store, caller, spying } = load({
      store: 'export function checked(): number { return 1; }',
      caller: "import { checked } from './store';\nexport const twice = () => 2 * checked();",
      spying: "import * as store from './store';\nexport const ns = store;",
    });
    expect(spying.ns).toBe(store);
    const spy = jest.spyOn(spying.ns as { checked: () => number }, 'checked').mockReturnValue(5);
    expect((caller.twice as () => number)()).toBe(10);
    spy.mockRestore();
    expect((caller.twice as () => number)()).toBe(2);
  });

  test('a module declaring a name the helpers use (name, key, mod) is transformed and spied on all the same', () => {
    const { store, caller } = load({
      store: "const key = 'k';\nconst mod = 2;\nexport const name = key;\nexport function checked(): number { return mod; }",
      caller: "import * as store from './store';\nexport const ns = store;\nexport const twice = () => 2 * store.checked();",
    });
    expect(caller.ns).toBe(store);
    expect(store.name).toBe('k');
    const spy = jest.spyOn(store as { checked: () => number }, 'checked').mockReturnValue(5);
    expect((caller.twice as () => number)()).toBe(10);
    spy.mockRestore();
    expect((caller.twice as () => number)()).toBe(4);
  });

  test('esbuild helpers written otherwise than the transform expects fail in the transform', () => {
    const esbuilt = transformSync('export const a = 1;', { loader: 'ts', format: 'cjs', target: 'node20' }).code;
    expect(transform.configurableExports(esbuilt)).toContain('configurable: true });');
    expect(() => transform.configurableExports(esbuilt.replace('{ get: () => from[key],', '{ get: () => (from)[key],'))).toThrow(
      /no longer writes __copyProps/,
    );
    expect(() => transform.configurableExports(esbuilt.replace('{ get: all[name],', '{ get: (all)[name],'))).toThrow(
      /no longer writes its export helper/,
    );
  });
});
