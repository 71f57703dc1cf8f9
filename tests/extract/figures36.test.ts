/**
 * Figures and their metrics on unseen text (extract36): a bare number whose own clause says what is done to it counts
 * people; a small one takes no people from another paragraph; people held are arrested. Sentences written for these
 * tests.
 */
import { expected, shapes } from './support';

const at = { published: '2025-06-01' };

describe('a bare number is people when its predicate is a status of people', () => {
  test('"N were injured" after an attack', () => {
    expect(shapes('Following the ambush near the border, 9 were injured.', at)).toEqual([
      expected({ value_text: '9', value: 9, metric: 'victims_injured', as_of: '2025-06-01' }),
    ]);
  });

  test('"N are in custody", "N remain in detention": the present tense and "remain" too', () => {
    expect(shapes('After the raid in Mombasa, 14 are in custody.', at)).toEqual([
      expected({ value_text: '14', value: 14, metric: 'arrested', as_of: '2025-06-01' }),
    ]);
    expect(shapes('In the weeks after the offensive, 120 remain in detention, the army said.', at)).toEqual([
      expected({
        value_text: '120',
        value: 120,
        metric: 'arrested',
        claimant: 'army',
        mention: 'the army',
        cue: 'said',
        as_of: '2025-06-01',
      }),
    ]);
  });

  test('but a thing repaired is no person', () => {
    expect(shapes('The bridge was damaged in the raid and 4 were repaired.', at)).toEqual([]);
  });
});

describe('a small number in digits reads no people from another paragraph', () => {
  const returned = expected({
    value_text: '40',
    value: 40,
    metric: 'returnees',
    country: 'KE',
    claimant: 'Officials',
    mention: 'Officials',
    cue: 'said',
  });

  test('"3 parts" after a paragraph of returnees is no count', () => {
    const text = 'Officials said 40 Kenyans had returned from Somalia.\n\nThe plan has 3 parts and a budget, the ministry added.';
    expect(shapes(text, at)).toEqual([returned]);
  });

  test('but in its own paragraph, or spelled out at a sentence start, it still goes on from the people before', () => {
    // (a bare "3" with no noun: "3 parts" is now a count of things wherever it stands, extract69's WordNet nouns)
    expect(shapes('Officials said 40 Kenyans had returned from Somalia. The ministry interviewed 3 on arrival.', at)).toEqual([
      returned,
      expected({ value_text: '3', value: 3, metric: 'returnees', country: 'KE', as_of: '2025-06-01' }),
    ]);
    expect(shapes('Officials said 40 Kenyans had returned from Somalia.\n\nThe ministry interviewed 3 on arrival.', at)).toEqual([
      returned,
    ]);
    expect(shapes('Officials said 40 Kenyans had returned from Somalia.\n\nThree were later charged.', at)).toEqual([
      returned,
      expected({ value_text: 'Three', value: 3, metric: 'charged', country: 'KE', as_of: '2025-06-01' }),
    ]);
  });
});

describe('people held are arrested, whatever the place they are held in', () => {
  test('"held 300 men in Ghwayran prison": the verb before the figure', () => {
    expect(shapes('Kurdish-led forces held 300 men in Ghwayran prison, officials said.', at)).toEqual([
      expected({
        value_text: '300',
        value: 300,
        metric: 'arrested',
        claimant: 'officials',
        mention: 'officials',
        cue: 'said',
        as_of: '2025-06-01',
      }),
    ]);
  });

  test('"are held without trial": the passive after it', () => {
    expect(shapes('Around 1,200 Tajik nationals are held without trial in Iraq.', at)).toEqual([
      expected({
        value_text: 'Around 1,200',
        value: 1200,
        approximation: 'approximately',
        metric: 'arrested',
        country: 'TJ',
        as_of: '2025-06-01',
      }),
    ]);
  });

  test('but talks held are no detention', () => {
    expect(shapes('Ministers held talks in Dushanbe on Monday after 300 Tajiks travelled to Syria.', at)).toEqual([
      expected({ value_text: '300', value: 300, country: 'TJ', as_of: '2025-05-26' }),
    ]);
  });
});

describe('people killed are victims, fighters killed are killed', () => {
  test('"Twelve people were killed" with no attack word in the sentence', () => {
    expect(shapes('Twelve people were killed in Kano on Sunday, police said.', at)).toEqual([
      expected({
        value_text: 'Twelve',
        value: 12,
        metric: 'victims_killed',
        claimant: 'police',
        mention: 'police',
        cue: 'said',
        as_of: '2025-06-01',
      }),
    ]);
  });

  test('but militants killed are killed, and people who died of illness deaths', () => {
    expect(shapes('Troops killed 40 militants and 12 people died of cholera in the camp.', at)).toEqual([
      expected({ value_text: '40', value: 40, metric: 'killed', as_of: '2025-06-01' }),
      expected({ value_text: '12', value: 12, metric: 'deaths', as_of: '2025-06-01' }),
    ]);
  });
});

describe('a figure quoted whole is somebody’s count', () => {
  test('“more than 300” with no noun after it', () => {
    expect(shapes('The minister spoke of “more than 300” in a speech.', at)).toEqual([
      expected({
        value_text: 'more than 300',
        value: 300,
        value_low: 300,
        approximation: 'more_than',
        claimant: 'minister',
        mention: 'The minister',
        cue: 'spoke of',
        as_of: '2025-06-01',
      }),
    ]);
  });

  test('but a quoted percentage or year is still none', () => {
    expect(shapes('The report speaks of "40 percent" of the budget.', at)).toEqual([]);
    expect(shapes('Officials called it the "2015" plan.', at)).toEqual([]);
  });
});

describe('a casualty line counts victims', () => {
  test('"Casualties: 9 killed, 14 injured" with no attack word', () => {
    expect(shapes('Gao market, 12 May\nCasualties: 9 killed, 14 injured', at)).toEqual([
      expected({ value_text: '9', value: 9, metric: 'victims_killed', as_of: '2025-06-01' }),
      expected({ value_text: '14', value: 14, metric: 'victims_injured', as_of: '2025-06-01' }),
    ]);
  });

  test('but fighters killed on a line of results are killed', () => {
    expect(shapes('Army operation in the Sambisa forest\nResult: 9 militants killed', at)).toEqual([
      expected({ value_text: '9', value: 9, metric: 'killed', as_of: '2025-06-01' }),
    ]);
  });
});
