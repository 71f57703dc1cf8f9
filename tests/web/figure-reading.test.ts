import { figureReading } from '../../src/web/client/workspace';

// A claim started from selected words takes their value only where the words say it whole: never a value the words
// do not say, which the editor might save unread.
describe('figureReading: the value and wording of selected words', () => {
  test('a plain figure and its wording are read', () => {
    expect(figureReading('around 150', ' fighters')).toEqual({ value: '150', approximation: 'approximately' });
    expect(figureReading('closer to 1,300', '.')).toEqual({ value: '1300', approximation: 'approximately' });
    expect(figureReading('more than 40', ' returnees')).toEqual({ value: '40', approximation: 'more_than' });
  });

  test('a figure read whole only: no value from its last digits', () => {
    expect(figureReading('1 300', ' fighters').value).toBeNull();
    expect(figureReading('1.300', ' fighters').value).toBeNull();
    expect(figureReading('3.5', ' tonnes').value).toBeNull();
    expect(figureReading('about 2015, 1,300', ' fighters')).toEqual({ value: null, approximation: 'approximately' });
  });

  test('a figure glued to a multiplier or a unit gives no value', () => {
    expect(figureReading('150', 'm euros').value).toBeNull();
    expect(figureReading('12', 'bn').value).toBeNull();
    expect(figureReading('30', ' per cent').value).toBeNull();
    expect(figureReading('1,300', ' fighters').value).toBe('1300');
  });
});
