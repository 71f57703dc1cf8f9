/**
 * Metric on unseen text (extract73): a status the text states in words the status lists missed, before the default of
 * travellers. Sentences written for these tests.
 */
import { expected, shapes } from './support';

const at = { published: '2025-06-01' };

describe('the stages of prosecution in other words', () => {
  test('a court that "sentences" the people counted, in the present of a chronology, convicts them', () => {
    const text = 'A military court in Kazan sentences 11 men from Tatarstan to between eight and 15 years for financing the cell.';
    expect(shapes(text, at)).toEqual([
      expected({ value_text: '11', value: 11, metric: 'convicted', country: 'RU-TA', as_of: '2025-06-01' }),
    ]);
  });

  test('people who "received prison sentences" are convicted', () => {
    const text = 'Fourteen defendants received prison sentences of up to nine years, the court registry said.';
    const said = { claimant: 'court registry', mention: 'the court registry', cue: 'said', as_of: '2025-06-01' };
    expect(shapes(text, at)).toEqual([expected({ value_text: 'Fourteen', value: 14, metric: 'convicted', ...said })]);
  });

  test('people "brought before a judge" are charged', () => {
    const text = 'Last year 23 suspects were brought before a judge in Brussels, the federal prosecutor said.';
    const said = { claimant: 'federal prosecutor', mention: 'the federal prosecutor', cue: 'said', as_of: '2024' };
    expect(shapes(text, at)).toEqual([expected({ value_text: '23', value: 23, metric: 'charged', ...said })]);
  });

  test('proceedings opened "under Article 205 of the Criminal Code against" the people counted put them under investigation', () => {
    const text = 'The prosecutor opened criminal proceedings under Article 205 of the Criminal Code against 52 residents of Dagestan.';
    expect(shapes(text, at)).toEqual([
      expected({ value_text: '52', value: 52, metric: 'under_investigation', country: 'RU-DA', as_of: '2025-06-01' }),
    ]);
  });

  test('people "placed under judicial control" are released under restrictions', () => {
    const text = 'Prosecutors said 31 people were placed under judicial control after the raids in Lyon.';
    const said = { claimant: 'Prosecutors', mention: 'Prosecutors', cue: 'said', as_of: '2025-06-01' };
    expect(shapes(text, at)).toEqual([expected({ value_text: '31', value: 31, metric: 'released_under_restrictions', ...said })]);
  });
});

describe('custody in other words', () => {
  test('people "taken directly into the custody of" a unit are arrested', () => {
    const text = 'Police said 17 men were taken directly into the custody of the counter-terrorism unit on landing.';
    const said = { claimant: 'Police', mention: 'Police', cue: 'said', as_of: '2025-06-01' };
    expect(shapes(text, at)).toEqual([expected({ value_text: '17', value: 17, metric: 'arrested', ...said })]);
  });

  test('persons "deprived of liberty" are held', () => {
    const text = 'The ombudsman said some 2,400 persons deprived of liberty belong to banned armed groups.';
    const said = { claimant: 'ombudsman', mention: 'The ombudsman', cue: 'said', as_of: '2025-06-01' };
    expect(shapes(text, at)).toEqual([
      expected({
        value_text: 'some 2,400',
        value: 2400,
        approximation: 'approximately',
        metric: 'arrested',
        group: 'jihadist-groups',
        ...said,
      }),
    ]);
  });

  test('a reception centre that hosted the people counted is their camp', () => {
    const text = 'The reception centre near Mosul hosted 1,300 Iraqis in October, the ministry said.';
    const said = { claimant: 'ministry', mention: 'the ministry', cue: 'said', as_of: '2024-10' };
    expect(shapes(text, at)).toEqual([expected({ value_text: '1,300', value: 1300, metric: 'in_camps', country: 'IQ', ...said })]);
  });
});

describe('kept out or kept from home', () => {
  test('foreigners "refused entry" at a border were prevented from travelling', () => {
    const text = 'At the border, 640 foreign nationals were refused entry as suspected fighters, the interior ministry said.';
    const said = { claimant: 'interior ministry', mention: 'the interior ministry', cue: 'said', as_of: '2025-06-01' };
    expect(shapes(text, at)).toEqual([expected({ value_text: '640', value: 640, metric: 'prevented_from_travelling', ...said })]);
  });

  test('people whose citizenship a state cancelled are barred from returning', () => {
    const text = 'Australia has cancelled the citizenship of 14 dual nationals since 2015, the minister said.';
    const said = { claimant: 'minister', mention: 'the minister', cue: 'said', as_of: '2025-06-01' };
    expect(shapes(text, at)).toEqual([expected({ value_text: '14', value: 14, metric: 'barred_from_returning', country: 'AU', ...said })]);
  });
});

describe('a register of radicalisation and a count of homicides', () => {
  test('people registered in a national database of radicalisation reports are classified as a threat', () => {
    const text = 'The prefect said 23 people in the department are registered in the national database of radicalisation reports.';
    const said = { claimant: 'prefect', mention: 'The prefect', cue: 'said', as_of: '2025-06-01' };
    expect(shapes(text, at)).toEqual([expected({ value_text: '23', value: 23, metric: 'classified_threat', ...said })]);
  });

  test('homicides counted are victims killed', () => {
    const text = 'The observatory recorded 64 homicides in the district last year.';
    const recorded = { claimant: 'observatory', mention: 'The observatory', cue: 'recorded', as_of: '2024' };
    expect(shapes(text, at)).toEqual([expected({ value_text: '64', value: 64, metric: 'victims_killed', ...recorded })]);
  });
});
