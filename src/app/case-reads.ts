import type { Db } from '../db/database.ts';
import { readsForCase } from '../register/read-log.ts';

/** Who read, as a citizen is told: never the other person's number or a staff member's id. */
export type Reader = 'you' | 'partner' | 'service' | 'municipality' | 'bailiff';

export interface ReadOfMine {
  readAt: Date;
  reader: Reader;
  /** What the read was for, as the log holds it (see `purposes` in the web layer). */
  purpose: string;
  operation: string;
}

function readerOf(actor: { role: string; id: string }, me: string): Reader {
  if (actor.role === 'declarant' || actor.role === 'partner') {
    return actor.id === me ? 'you' : 'partner';
  }
  if (actor.role === 'bailiff') return 'bailiff';
  if (actor.role === 'system' || actor.role === 'register') return 'service';
  return 'municipality';
}

/**
 * The National Register reads made for this case that asked for this person or whose answer
 * held their data (rule 6), oldest first: the citizen's own view of the read log.
 */
export async function readsOfMine(db: Db, caseId: string, me: string): Promise<ReadOfMine[]> {
  const reads = await readsForCase(db, caseId);
  return reads
    .filter((read) => read.nationalNumber === me || read.subjects.includes(me))
    .map((read) => ({ readAt: read.readAt, reader: readerOf(read.actor, me),
      purpose: read.purpose, operation: read.operation }));
}
