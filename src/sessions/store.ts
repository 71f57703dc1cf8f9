import crypto from 'node:crypto';
import type { Db } from '../db/knex';
import { sha256 } from '../hash';

export interface SessionRow {
  id_hash: string;
  key_hash: string;
  csrf_token: string;
  created_at: Date;
  expires_at: Date;
}

/** A session as opened: the id goes into the cookie and is never stored; only its hash is. */
export interface OpenedSession {
  id: string;
  csrfToken: string;
  expiresAt: Date;
}

/** Session ids are 32 random bytes: guessing one is as hopeless as guessing an API key. */
const newToken = (): string => crypto.randomBytes(32).toString('base64url');

/** Sessions of the web workspace, stored by the hash of their id, so a copy of the table signs nobody in. */
export class SessionStore {
  constructor(private readonly db: Db) {}

  async open(keyHash: string, hours: number): Promise<OpenedSession> {
    const id = newToken();
    const csrfToken = newToken();
    const expiresAt = new Date(Date.now() + hours * 3_600_000);
    // One transaction: a sign-in that fails (the database lost between the two) leaves no session that nobody holds.
    await this.db.transaction(async (trx) => {
      await trx('web_sessions').insert({ id_hash: sha256(id), key_hash: keyHash, csrf_token: csrfToken, expires_at: expiresAt });
      // Expired sessions are cleared as new ones open: the table stays as small as the number of live sessions.
      await trx('web_sessions').where('expires_at', '<', trx.fn.now()).delete();
    });
    return { id, csrfToken, expiresAt };
  }

  /** The live session with this id, or undefined when there is none or it has expired. */
  find(id: string): Promise<SessionRow | undefined> {
    return this.db<SessionRow>('web_sessions')
      .where({ id_hash: sha256(id) })
      .where('expires_at', '>', this.db.fn.now())
      .first();
  }

  async close(id: string): Promise<void> {
    await this.db('web_sessions')
      .where({ id_hash: sha256(id) })
      .delete();
  }
}
