import fc from 'fast-check';
import { defuseFormula, restoreFormula } from '../../src/export/serialize';

test('restoreFormula undoes defuseFormula for any text, apostrophes where the guard puts one included', () => {
  const chars = fc.constantFrom('=', '+', '-', '@', ';', '\t', '\r', '\n', ' ', '"', 'a', '1', "'");
  fc.assert(
    fc.property(
      fc.array(chars, { maxLength: 12 }).map((a) => a.join('')),
      (text) => {
        expect(restoreFormula(defuseFormula(text))).toBe(text);
      },
    ),
    { numRuns: 2000 },
  );
});

test('guarded cells as the export writes them come back as they were', () => {
  expect(restoreFormula('\'=HYPERLINK("x")')).toBe('=HYPERLINK("x")');
  expect(restoreFormula("'-12 came back")).toBe('-12 came back');
  expect(restoreFormula("first; '=second")).toBe('first; =second');
  expect(restoreFormula("it's 5; 'tis")).toBe("it's 5; 'tis");
  expect(restoreFormula("O'Brien")).toBe("O'Brien");
});
