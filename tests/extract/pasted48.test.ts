/**
 * Articles as editors paste them (extract48): hard line breaks of e-mail and PDF columns, words hyphenated across
 * lines, soft hyphens, zero-width characters, non-breaking and thin spaces inside numbers, other scripts' digits, minus
 * signs in ranges, Windows line endings, page numbers and web furniture inside a paragraph — each read as the clean
 * text it stands for, with every offset into the text as given. Sentences written for these tests; each pasted form
 * must give the clean form's candidates, and the clean form's are asserted whole.
 */
import type { Candidate } from '../../src/extract/candidate';
import { readingCopy } from '../../src/extract/pasted';
import { expected, run, shapes } from './support';

const at = { published: '2025-03-12' };

/** Every candidate's figure and quote are the text's own words at its offsets. */
function exact(text: string, candidates: Candidate[]): void {
  for (const c of candidates) {
    expect(text.slice(c.start, c.end)).toBe(c.value_text);
    expect(text.slice(c.quote.start, c.quote.end)).toBe(c.quote.exact);
    expect(text.slice(Math.max(0, c.quote.start - 32), c.quote.start)).toBe(c.quote.prefix);
    expect(text.slice(c.quote.end, c.quote.end + 32)).toBe(c.quote.suffix);
  }
}

/** The pasted form's candidates, with the clean form's value_text (the pasted one holds its own characters). */
function pastedLikeClean(clean: string, pasted: string): void {
  const candidates = run(pasted, at).candidates;
  exact(pasted, candidates);
  const cleanShapes = shapes(clean, at);
  expect(candidates.map((c, i) => ({ ...shapes(pasted, at)[i], value_text: cleanShapes[i]?.value_text }))).toEqual(cleanShapes);
}

const KNB =
  'Kazakhstan’s National Security Committee said on Tuesday that about 1,100 Kazakh fighters had travelled to Syria and Iraq since 2013.';
const knb = { claimant: 'Kazakhstan’s National Security Committee', mention: 'Kazakhstan’s National Security Committee', cue: 'said' };

test('the clean sentence the pasted forms are compared with', () => {
  expect(shapes(KNB, at)).toEqual([
    expected({ value_text: 'about 1,100', value: 1100, approximation: 'approximately', country: 'KZ', as_of: '2025-03-11', ...knb }),
  ]);
});

describe('line breaks inside sentences', () => {
  test('a paragraph wrapped at 38 columns, a line break before a name and before a number, reads as one sentence', () => {
    const pasted =
      'Kazakhstan’s National Security\nCommittee said on Tuesday that about\n1,100 Kazakh fighters had travelled to\nSyria and Iraq since 2013.';
    pastedLikeClean(KNB, pasted);
  });

  test('e-mail wrapped at 72 columns with Windows line endings, a line break inside a name, reads as one sentence', () => {
    const clean =
      'Some 150-200 Tajik women remain in camps in northeast Syria, the Interior Ministry of Tajikistan said in a statement issued on Monday by its press office.';
    const pasted =
      'Some 150-200 Tajik women remain in camps in northeast Syria, the Interior\r\nMinistry of Tajikistan said in a statement issued on Monday by its press\r\noffice.';
    expect(shapes(clean, at)).toEqual([
      expected({
        value_text: 'Some 150-200',
        hedge: 'Some',
        value_low: 150,
        value_high: 200,
        approximation: 'range',
        metric: 'in_camps',
        country: 'TJ',
        claimant: 'Interior Ministry of Tajikistan',
        mention: 'the Interior Ministry of Tajikistan',
        cue: 'said',
        as_of: '2025-03-10',
      }),
    ]);
    pastedLikeClean(clean, pasted);
  });

  test('a headline above a paragraph keeps its own line: the first word of the next line would have fitted on it', () => {
    const text =
      'Kazakhstan brings home 600 women\nALMATY - Kazakhstan’s National Security Committee said on Tuesday that 600\nwomen and children had been brought home from camps in northeast Syria since 2019.';
    expect(readingCopy(text).text).toBe(text);
    expect(run(text, at).candidates.map((c) => c.quote.exact)).toEqual([
      'Kazakhstan brings home 600 women',
      'ALMATY - Kazakhstan’s National Security Committee said on Tuesday that 600\nwomen and children had been brought home from camps in northeast Syria since 2019.',
    ]);
  });

  test('a letterhead of lines of many lengths keeps its lines', () => {
    const text =
      'MINISTRY OF THE INTERIOR\nPress Office (English version)\nRelease No. 14/2025\n\nThe ministry said 40 fighters had returned.';
    expect(readingCopy(text).text).toBe(text);
  });

  test('a word hyphenated across a line break is one word; a compound broken at its own hyphen keeps it', () => {
    expect(readingCopy('about 1,100 fight-\ners and pro-\ngovernment militias').text).toBe(
      'about 1,100 fighters and pro-government militias',
    );
    const pasted =
      'Kazakhstan’s National Security Com-\nmittee said on Tuesday that about 1,100 Kazakh fight-\ners had travelled to Syria and Iraq since 2013.';
    pastedLikeClean(KNB, pasted);
  });
});

describe('invisible and look-alike characters', () => {
  test('soft hyphens and zero-width spaces inside words, a byte-order mark at the start', () => {
    const pasted =
      '\ufeffKa\u200bzakh\u00adstan’s National Security Com\u00admittee said on Tuesday that about 1,100 Kazakh fight\u00aders had travelled to Syria and Iraq since 2013.';
    pastedLikeClean(KNB, pasted);
    const [c] = run(pasted, at).candidates;
    expect([c.quote.start, c.claimant?.name]).toEqual([1, 'Kazakhstan’s National Security Committee']);
  });

  test('a thin space, a narrow no-break space and a no-break space group thousands', () => {
    for (const space of ['\u2009', '\u202f', '\u00a0']) pastedLikeClean(KNB, KNB.replace('1,100', `1${space}100`));
  });

  test('full-width and Arabic-Indic digits are read as digits', () => {
    pastedLikeClean(KNB, KNB.replace('1,100', '１，１００'));
    pastedLikeClean(KNB, KNB.replace('1,100', '١٬١٠٠'));
  });

  test('a minus sign between two numbers makes a range, as a hyphen does', () => {
    const clean = 'The Interior Ministry said 150-200 Tajik women remain in camps in northeast Syria.';
    expect(shapes(clean, at)[0]).toMatchObject({ value_low: 150, value_high: 200, approximation: 'range' });
    pastedLikeClean(clean, clean.replace('-', '\u2212'));
  });
});

describe('page and web furniture inside an article', () => {
  test('a page number between the halves of a sentence is left out, and the sentence reads whole', () => {
    const pasted =
      'Kazakhstan’s National Security Committee said on Tuesday that about\n\nPage 4 of 12\n\n1,100 Kazakh fighters had travelled to Syria and Iraq since 2013.';
    pastedLikeClean(KNB, pasted);
  });

  test('an advertisement label and a link to another story are no part of the article: their figures are not proposed', () => {
    const clean = `${KNB}\n\nThe committee said 600 women and children had been brought home.`;
    const pasted = `${KNB}\n\nAdvertisement\n\nRead more: Tajikistan repatriates 150 women from Syria\n\nThe committee said 600 women and children had been brought home.`;
    expect(shapes(clean, at).map((s) => s.value_text)).toEqual(['about 1,100', '600']);
    pastedLikeClean(clean, pasted);
  });
});
