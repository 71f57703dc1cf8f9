import crypto from 'node:crypto';

/** SHA-256 of a text's UTF-8 bytes, as lowercase hex: document texts and API key secrets are hashed this way. */
export function sha256(text: string): string {
  return crypto.createHash('sha256').update(text, 'utf8').digest('hex');
}
