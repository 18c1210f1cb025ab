import { createHash } from 'node:crypto';

/** The previous hash of a case's first event. */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * JSON with keys in a fixed order, so that the same value always gives the same text and so
 * the same hash, whatever order the database gives the keys back in.
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export interface HashedContent {
  caseId: string;
  version: number;
  event: unknown;
}

/** The hash of one event: over the previous hash, its place in the case and its content. */
export function eventHash(previousHash: string, content: HashedContent): string {
  return createHash('sha256')
    .update(previousHash)
    .update('\n')
    .update(canonicalJson({ caseId: content.caseId, version: content.version, event: content.event }))
    .digest('hex');
}
