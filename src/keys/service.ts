import type { Role } from '../closedSets';
import { DomainError } from '../errors';
import { ENV_ADMIN_NAME, type Principal } from './principal';
import type { ApiKeyRow, KeyStore } from './store';

/** API keys: who may call the API. The secret of a key is returned once, when it is created, and never stored. */
export class KeyService {
  constructor(private readonly store: KeyStore) {}

  list(): Promise<ApiKeyRow[]> {
    return this.store.list();
  }

  async get(id: number): Promise<ApiKeyRow> {
    const key = await this.store.get(id);
    if (!key) throw new DomainError('not_found', `API key ${id} does not exist.`);
    return key;
  }

  /**
   * A new key; its name may not be ADMIN_API_KEY's, or revisions would not tell the two apart. The secret is undefined
   * when the request was answered from what a first request with its Idempotency-Key saved (its answer lost after the
   * COMMIT): the key exists, its secret was never kept.
   */
  async create(input: { name: string; role: Role }): Promise<{ key: ApiKeyRow; secret: string | undefined }> {
    const name = input.name.trim();
    if (name.toLowerCase() === ENV_ADMIN_NAME.toLowerCase()) {
      throw new DomainError('conflict', 'That name is reserved for ADMIN_API_KEY: revisions would not tell the two apart.', [
        { field: '/name', message: 'is reserved' },
      ]);
    }
    const { id, secret } = await this.store.createOnce(name, input.role);
    return { key: await this.get(id), secret };
  }

  /**
   * Revokes a key at once (keys are checked against the database on every request); revoking a revoked key
   * answers it as it is. The last active admin key is kept: without it nobody could manage keys.
   */
  async revoke(id: number): Promise<ApiKeyRow> {
    const revoked = await this.store.revoke(id);
    if (revoked === 'last-admin') {
      throw new DomainError('conflict', `API key ${id} is the last active admin key: create another admin key before revoking it.`, [
        { field: 'id', message: 'is the last active admin key' },
      ]);
    }
    return revoked ?? this.get(id);
  }

  /** The principal of an active key, by the hash of its secret (what authentication looks up). */
  findActiveByHash(keyHash: string): Promise<Principal | null> {
    return this.store.findActiveByHash(keyHash);
  }
}
