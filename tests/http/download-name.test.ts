import { nameValue } from '../../src/http/downloadName';

describe('nameValue: a filter value in a file name', () => {
  test('a value that fits is kept whole, its other characters one hyphen', () => {
    expect(nameValue('KZ,KG,TJ')).toBe('KZ-KG-TJ');
    expect(nameValue('foreign_fighters')).toBe('foreign-fighters');
  });

  test('a longer list keeps the items that fit and says how many it leaves out', () => {
    const codes = Array.from({ length: 30 }, (_, i) => `C${String(i).padStart(2, '0')}`);
    const named = nameValue(codes.join(','));
    expect(named).toBe('C00-C01-C02-C03-C04-C05-C06-and-23-more');
    expect(named.length).toBeLessThanOrEqual(40);
  });

  test('words of a search are kept whole too', () => {
    expect(nameValue('returnees from Syria held in camps in the north of Iraq')).toBe('returnees-from-Syria-held-in-and-6-more');
  });

  test('a first item longer than the limit is cut and says so', () => {
    expect(nameValue('x'.repeat(60))).toBe('x'.repeat(36) + '-cut');
  });
});
