import { z } from 'zod';
import type { Db } from '../../db/database.ts';
import { citizenTemplates, type CitizenTemplate } from './templates.ts';

/** One message in a citizen's portal message box (the channel of record). */
export interface BoxMessage {
  id: string;
  caseId: string;
  /** The case's reference shown to people (WS-<year>-<number>). */
  reference: string;
  template: CitizenTemplate;
  createdAt: Date;
  readAt: Date | null;
  /** The municipality's own texts when it was made, per language ('' for the service's);
   * null for a message made before they were kept. */
  ownTexts: Record<string, string> | null;
}

/** Why a message cannot be shown: the web layer answers 404 alike for both. */
export class MessageAccessError extends Error {
  constructor(readonly code: 'invalid_message_id' | 'message_not_found') {
    super(`Message access refused: ${code}`);
    this.name = 'MessageAccessError';
  }
}

const messageId = z.string().regex(/^[1-9]\d{0,17}$/);

/** The rows of one person's box: only citizen templates, only their own. */
function boxOf(db: Db, person: string) {
  return db.selectFrom('message')
    .innerJoin('case_list', 'case_list.case_id', 'message.case_id')
    .select(['message.id', 'message.case_id', 'case_list.reference', 'message.template',
      'message.created_at', 'message.read_at', 'message.own_texts'])
    .where('message.person_id', '=', person)
    .where('message.recipient', 'in', ['declarant', 'partner'])
    .where('message.template', 'in', [...citizenTemplates]);
}

type BoxRow = {
  id: number | string | bigint; case_id: string; reference: string; template: string;
  created_at: Date; read_at: Date | null; own_texts: Record<string, string> | null;
};

function toMessage(row: BoxRow): BoxMessage {
  return {
    id: String(row.id), caseId: row.case_id, reference: row.reference,
    template: row.template as CitizenTemplate, createdAt: new Date(row.created_at),
    readAt: row.read_at === null ? null : new Date(row.read_at),
    ownTexts: row.own_texts,
  };
}

/** The person's messages, newest first. */
export async function messagesOfPerson(db: Db, person: string): Promise<BoxMessage[]> {
  const rows = await boxOf(db, person)
    .orderBy('message.created_at', 'desc').orderBy('message.id', 'desc').execute();
  return rows.map(toMessage);
}

/** One of the person's messages; another person's, or none, is refused alike. */
export async function messageOfPerson(db: Db, id: string, person: string): Promise<BoxMessage> {
  if (!messageId.safeParse(id).success) throw new MessageAccessError('invalid_message_id');
  const row = await boxOf(db, person).where('message.id', '=', Number(id)).executeTakeFirst();
  if (!row) throw new MessageAccessError('message_not_found');
  return toMessage(row);
}

/** Marks the person's message as read (once: a later call keeps the first time). */
export async function markRead(db: Db, id: string, person: string, now: Date): Promise<void> {
  const message = await messageOfPerson(db, id, person);
  if (message.readAt !== null) return;
  await db.updateTable('message').set({ read_at: now })
    .where('id', '=', Number(message.id)).where('person_id', '=', person)
    .where('read_at', 'is', null).execute();
}

/** How many of the person's messages are not read yet (for the header). */
export async function unreadCount(db: Db, person: string): Promise<number> {
  const row = await db.selectFrom('message')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('person_id', '=', person)
    .where('recipient', 'in', ['declarant', 'partner'])
    .where('template', 'in', [...citizenTemplates])
    .where('read_at', 'is', null).executeTakeFirst();
  return Number(row?.n ?? 0);
}
