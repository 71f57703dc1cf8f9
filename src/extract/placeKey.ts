/**
 * A place's name as a key that English transliterations of one name share: "Sulaymaniyah", "Sulaimaniya" and
 * "As-Sulaymaniyah"; "Dohuk" and "Duhok"; "Kabardino-Balkaria" and "Kabardino-Balkariya"; "Khyber Pakhtunkhwa" and
 * "Khyber-Pakhtunkhwa"; "Raqqa", "Raqqah" and "Ar-Raqqah". The lexicon looks a capitalised name up by it only where
 * no name matched as written (lexicon.ts, gazetteer.ts), and a key two places share names neither.
 */

/** The Arabic article transliterations open a name with, and its joint: "Al-", "Ar ", "As-", "El-", "Ad-Dakhiliyah". */
const ARTICLE = /^(?:al|el|ar|as|an|ad|at|az|ash|adh|ath)[-\s'’]+(?=\p{L}{4})/u;

/**
 * The key of a name: folded (no diacritics, lower case), without a leading article, its letters only, and with the
 * letters transliterations choose between made one: y and i, ou, oo and o with u, ee with i, dh, gh, kh with d, g, k,
 * q with k, a doubled letter with one (so -iyah, -iyya and -ia end alike); a final h after a vowel dropped ("Raqqah").
 */
export function placeKey(name: string): string {
  let k = cache.get(name);
  if (k === undefined) {
    // (a text asks for the same capitalised words again and again: the keys of the last few thousand are kept)
    if (cache.size >= CACHED) cache.clear();
    cache.set(name, (k = keyOf(name)));
  }
  return k;
}

const cache = new Map<string, string>();
const CACHED = 4096;

function keyOf(name: string): string {
  let k = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ı/g, 'i')
    .toLowerCase()
    .replace(ARTICLE, '')
    .replace(/[^a-z]/g, '');
  k = k
    .replace(/ou|oo|o/g, 'u')
    .replace(/ee|y/g, 'i')
    .replace(/([dgk])h/g, '$1')
    .replace(/q/g, 'k')
    .replace(/([a-z])\1+/g, '$1');
  return k.replace(/([aeiu])h$/, '$1');
}

/** A key this short says no place: "Gao", "Osh" and many words of four letters or fewer are read only as written. */
export const MIN_KEY = 5;
