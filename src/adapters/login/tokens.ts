import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A random value for a cookie or a form token. */
export function randomToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What the database keeps of a cookie value: its SHA-256, never the value itself. */
export function tokenHash(value: string): string {
  return createHash('sha256').update(value).digest('base64url');
}

export function sameToken(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
