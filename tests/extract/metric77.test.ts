/**
 * Metric (extract77): people who gave up a group's fight, and other statuses the vocabulary has no code of its own for.
 * Sentences written for these tests.
 */
import { expected, shapes } from './support';

const at = { published: '2025-06-01' };

describe('people who gave up the fight', () => {
  test('militants who defected are read as returnees, the README metric closest to coming back', () => {
    const text = 'At least 45 militants defected from the group last year, the governor said.';
    expect(shapes(text, at)).toEqual([
      expected({
        value_text: 'At least 45',
        value: 45,
        value_low: 45,
        approximation: 'at_least',
        metric: 'returnees',
        claimant: 'governor',
        mention: 'the governor',
        cue: 'said',
        as_of: '2024',
      }),
    ]);
  });

  test('former combatants who accepted the amnesty are returnees', () => {
    const text = 'More than 300 former combatants accepted the amnesty and handed in their rifles.';
    expect(shapes(text, at)).toEqual([
      expected({
        value_text: 'More than 300',
        value: 300,
        value_low: 300,
        approximation: 'more_than',
        metric: 'returnees',
        as_of: '2025-06-01',
      }),
    ]);
  });

  test('a count of defectors a centre registered is of returnees', () => {
    const text = 'The reception centre in Garissa registered 126 defectors from al-Shabaab in 2024.';
    expect(shapes(text, at)).toEqual([
      expected({ value_text: '126', value: 126, metric: 'returnees', group: 'al-shabaab', as_of: '2024' }),
    ]);
  });

  test('men once associated with a group who gave themselves up are returnees', () => {
    const text = 'Officials say 70 former members of the cell gave themselves up in the hills.';
    expect(shapes(text, at)).toEqual([
      expected({
        value_text: '70',
        value: 70,
        metric: 'returnees',
        claimant: 'Officials',
        mention: 'Officials',
        cue: 'say',
        as_of: '2025-06-01',
      }),
    ]);
  });

  test('former rebels who surrendered and were taken into custody are arrested', () => {
    const text = 'About 80 former rebels surrendered to the authorities in Kivu and were taken into custody.';
    expect(shapes(text, at)).toEqual([
      expected({ value_text: 'About 80', value: 80, approximation: 'approximately', metric: 'arrested', as_of: '2025-06-01' }),
    ]);
  });

  test('fighters surrendering in an operation, not called former, stay the group strength', () => {
    const text = 'Some 230 fighters have surrendered to the army since January.';
    expect(shapes(text, at)).toEqual([
      expected({ value_text: 'Some 230', value: 230, approximation: 'approximately', metric: 'members', as_of: '2025-06-01' }),
    ]);
  });

  test('a surrender that only dates what is said of the people counted is not their status', () => {
    const text = 'The two rehabilitation centres hosted 412 former fighters in June; 61 were under 18 when they laid down their arms.';
    const hosted = { metric: 'in_camps', as_of: '2025-06' };
    expect(shapes(text, at)).toEqual([
      expected({ value_text: '412', value: 412, ...hosted }),
      expected({ value_text: '61', value: 61, ...hosted }),
    ]);
  });
});

describe('bodies and remains', () => {
  test('bodies recovered from a mass grave are the dead of a massacre: victims killed, no nationality', () => {
    const text = 'Forensic teams have recovered 86 bodies from the mass grave near Sinjar.';
    expect(shapes(text, at)).toEqual([expected({ value_text: '86', value: 86, metric: 'victims_killed', as_of: '2025-06-01' })]);
  });

  test('the remains of villagers and children are victims killed, each figure of the list', () => {
    const text = 'The team exhumed the remains of 40 villagers and six children.';
    const dead = { metric: 'victims_killed', as_of: '2025-06-01' };
    expect(shapes(text, at)).toEqual([
      expected({ value_text: '40', value: 40, ...dead }),
      expected({ value_text: 'six', value: 6, ...dead }),
    ]);
  });

  test('bodies returned to their families are still the dead counted, not returnees', () => {
    const text = 'The bodies of 31 victims have been returned to their relatives.';
    expect(shapes(text, at)).toEqual([expected({ value_text: '31', value: 31, metric: 'victims_killed', as_of: '2025-06-01' })]);
  });

  test('the corpses of militants are the group dead: killed', () => {
    const text = 'The corpses of 23 militants were found near the road after the air strike.';
    expect(shapes(text, at)).toEqual([expected({ value_text: '23', value: 23, metric: 'killed', as_of: '2025-06-01' })]);
  });
});

describe('sentences passed and served', () => {
  test('life sentences handed down count the people convicted, and their part too', () => {
    const text = 'In 2024, 11 life sentences were handed down, nine of them in Rabat.';
    const convicted = { metric: 'convicted', as_of: '2024' };
    expect(shapes(text, at)).toEqual([
      expected({ value_text: '11', value: 11, ...convicted }),
      expected({ value_text: 'nine', value: 9, ...convicted, relations: ['part_of c1'] }),
    ]);
  });

  test('sentences of a text that were cut are no people', () => {
    expect(shapes('The editor said 11 sentences were cut from the draft.', at)).toEqual([]);
  });

  test('returnees who have served their prison sentences are convicted, the README metric closest to released at term', () => {
    const text = 'By my count, at least 40 returnees have already served their prison sentences and live at home.';
    expect(shapes(text, at)).toEqual([
      expected({
        value_text: 'at least 40',
        value: 40,
        value_low: 40,
        approximation: 'at_least',
        metric: 'convicted',
        as_of: '2025-06-01',
      }),
    ]);
  });
});

describe('the status a question asks', () => {
  test('a bare figure answering a question of how many takes the status the question asks', () => {
    const text = 'Reporter: And how many are still detained in Iraq?\nSpokesman: Around 30, the same as in May.';
    expect(shapes(text, at)).toEqual([
      expected({ value_text: 'Around 30', value: 30, approximation: 'approximately', metric: 'arrested', as_of: '2025-06-01' }),
    ]);
  });

  test('an answer that states its own status keeps it', () => {
    const text = 'Reporter: How many are still detained in Iraq?\nSpokesman: Around 30 women have returned.';
    expect(shapes(text, at)).toEqual([
      expected({ value_text: 'Around 30', value: 30, approximation: 'approximately', metric: 'returnees', as_of: '2025-06-01' }),
    ]);
  });
});

describe('claimant: the giver of a figure', () => {
  test('a figure given by a body names the body, as a figure provided by it does', () => {
    const text = 'The number of returnees stands at 40, a figure given by the interior ministry.';
    expect(shapes(text, at)).toEqual([
      expected({
        value_text: '40',
        value: 40,
        metric: 'returnees',
        claimant: 'interior ministry',
        mention: 'a figure given by the interior ministry',
        cue: 'figure given by',
        as_of: '2025-06-01',
      }),
    ]);
  });
});
