import { createHash, randomBytes } from 'node:crypto';

/** A new opaque secret (session cookie or API token) with the hash stored for it. */
export function newSecret(prefix: string): { secret: string; hash: string } {
  const secret = `${prefix}${randomBytes(32).toString('base64url')}`;
  return { secret, hash: hashSecret(secret) };
}

/** The stored form of a secret: only its SHA-256 is kept, never the secret itself. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}
