/** Texts the tests of the extractor's read bounds share (read-bounds.test.ts, read-bounds-api.test.ts). */
export const READ = 'Officials said 120 fighters from Kazakhstan returned in 2019.';
// (joined by "and" alone: no line break, semicolon or comma to cut the sentence at)
export const manyNumbers = (n: number) =>
  `Officials said ${Array.from({ length: n }, (_, i) => `${i + 10} fighters`).join(' and ')} returned.`;
export const listOf = (n: number) => `Officials said ${Array.from({ length: n }, (_, i) => `${i + 10} fighters`).join(', ')} returned.`;
