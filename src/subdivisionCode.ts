/**
 * An ISO 3166-2 code of a first-level subdivision, its country's code captured: "IN-KL", "ES-CE", "TJ-SU" (the pattern
 * of schemas/vocabulary.json's SubdivisionCreate code). The extractor's readings, the gazetteer's additions and the
 * workspace's notices test codes by it.
 */
export const SUBDIVISION_CODE = /^([A-Z]{2})-[A-Z0-9]{1,3}$/;
