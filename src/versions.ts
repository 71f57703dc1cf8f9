/** Versions and ETags of served records: what a change was made against, and the check that it is still current. */
import { DomainError } from './errors';
import { sha256 } from './hash';

/**
 * The ETag of a served record: its version, and a hash of the whole representation, so that it changes when
 * anything served changes, including what is joined from other records (a document's title on a claim, a
 * claimant's role). Computed from the representation alone, so every process gives the same tag.
 */
export function etag(version: number, served: unknown): string {
  return `"v${version}-${sha256(JSON.stringify(served)).slice(0, 16)}"`;
}

/** What If-Match asked for: a version, and the whole ETag when the client sent one (`"v3"` alone checks the version only). */
export interface Expected {
  version: number;
  tag: string | null;
}

/** Refuses (412) a write made against another version than the current one, or, given its ETag, another representation. */
export function checkVersion(current: number, expected: Expected | null, served?: unknown): void {
  if (expected === null) return;
  if (expected.version !== current) {
    throw new DomainError(
      'version_mismatch',
      `The record has changed: it is at version ${current}, the request was made against version ${expected.version}.`,
    );
  }
  if (expected.tag !== null && served !== undefined && etag(current, served) !== expected.tag) {
    throw new DomainError(
      'version_mismatch',
      "The record has changed: what is served with it (a linked record's name, title or role) is not what the request was made against. Read it again.",
    );
  }
}

/**
 * The ETag of a record the ledger keeps no versions of (a metric, a group, a place): a hash of what is served, so that
 * an admin's correction can be made against what was read (If-Match), and two corrections made from one reading
 * cannot both be saved, the later overwriting the earlier unseen.
 */
export function contentTag(served: unknown): string {
  return `"c-${sha256(JSON.stringify(served)).slice(0, 16)}"`;
}

/** Refuses (412) a correction whose If-Match (`expected`: its tag; null for none or `*`) is not the record's tag as it stands. */
export function checkContent(expected: string | null, served: unknown): void {
  if (expected !== null && expected !== contentTag(served))
    throw new DomainError('version_mismatch', 'The record has changed since it was read: read it again and send its ETag in If-Match.');
}
