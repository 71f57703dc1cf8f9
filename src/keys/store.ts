import crypto from 'node:crypto';
import type { Role } from '../closedSets';
import type { Db } from '../db/knex';
import { Secret } from '../idempotency/savedOnce';
import { hashKey, type Principal } from './principal';

export interface ApiKeyRow {
  id: number;
  name: string;
  role: Role;
  key_hash: string;
  key_prefix: string;
  created_at: Date;
  revoked_at: Date | null;
}

export function newSecret(): string {
  return `cl_${crypto.randomBytes(24).toString('base64url')}`;
}

export class KeyStore {
  constructor(private readonly db: Db) {}

  /** Creates a key and returns its secret, which is stored only as a hash. */
  async create(name: string, role: Role): Promise<{ id: number; secret: string }> {
    const secret = newSecret();
    const [row] = await this.db('api_keys')
      .insert({ name, role, key_hash: hashKey(secret), key_prefix: secret.slice(0, 7) })
      .returning('id');
    return { id: row.id, secret };
  }

  /**
   * `create` in a transaction of its own that returns the secret as a `Secret`: a request with an Idempotency-Key
   * marks the key it made with what the transaction returned but the secret (savedOnce.ts), and the same request sent
   * again after its answer was lost is answered from that mark: the key's id, and no secret (undefined).
   */
  async createOnce(name: string, role: Role): Promise<{ id: number; secret: string | undefined }> {
    const { id, secret } = await this.db.transaction(async (trx) => {
      const made = await new KeyStore(trx).create(name, role);
      return { id: made.id, secret: new Secret(made.secret) };
    });
    return { id, secret: secret.text };
  }

  findActive(secret: string): Promise<Principal | null> {
    return this.findActiveByHash(hashKey(secret));
  }

  async findActiveByHash(keyHash: string): Promise<Principal | null> {
    const row = await this.db<ApiKeyRow>('api_keys').where({ key_hash: keyHash }).whereNull('revoked_at').first();
    return row ? { name: row.name, role: row.role } : null;
  }

  /** Every key, newest first; secrets are never stored, so never listed. */
  list(): Promise<ApiKeyRow[]> {
    return this.db<ApiKeyRow>('api_keys').orderBy('id', 'desc');
  }

  get(id: number): Promise<ApiKeyRow | undefined> {
    return this.db<ApiKeyRow>('api_keys').where({ id }).first();
  }

  /**
   * Marks the key revoked (once); every later request with it fails, as keys are looked up on each request.
   * The last active admin key is never revoked (the ledger would have nobody to manage keys, and a restart does
   * not make a new one while keys exist): `last-admin` then, and nothing changes. Every active admin key is locked
   * first, so two admins revoking each other's keys at once cannot both succeed.
   */
  async revoke(id: number): Promise<ApiKeyRow | 'last-admin' | undefined> {
    return this.db.transaction(async (trx) => {
      const admins: { id: number }[] = await trx('api_keys')
        .where({ role: 'admin' })
        .whereNull('revoked_at')
        .orderBy('id')
        .forUpdate()
        .select('id');
      if (admins.length === 1 && admins[0].id === id) return 'last-admin';
      const [row] = await trx<ApiKeyRow>('api_keys')
        .where({ id })
        .whereNull('revoked_at')
        .update({ revoked_at: trx.fn.now() as unknown as Date })
        .returning('*');
      return row;
    });
  }

  /** Active admin keys. */
  async activeAdmins(): Promise<number> {
    const [{ n }] = await this.db('api_keys').where({ role: 'admin' }).whereNull('revoked_at').count<{ n: number }[]>({ n: '*' });
    return Number(n);
  }

  async count(): Promise<number> {
    const [{ n }] = await this.db('api_keys').count<{ n: number }[]>({ n: '*' });
    return Number(n);
  }
}
