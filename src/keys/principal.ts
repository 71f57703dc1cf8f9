/** Who makes a request: the name and role of an API key (or of ADMIN_API_KEY), as authentication resolves it. */
import type { Role } from '../closedSets';
import { sha256 } from '../hash';

export interface Principal {
  name: string;
  role: Role;
}

/** Only the hash of a key is stored; a presented key is hashed and looked up. */
export const hashKey = sha256;

/** The author name of changes made with ADMIN_API_KEY; no stored key may take it. */
export const ENV_ADMIN_NAME = 'admin (ADMIN_API_KEY)';
