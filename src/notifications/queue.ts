import type { Transaction } from 'kysely';
import type { Db } from '../db/database.ts';
import type { Database } from '../db/schema.ts';
import type { Channel } from './channels.ts';
import type { Language } from './render.ts';

type Trx = Transaction<Database>;

/** The order in which outside channels are tried, and fallen back to. */
export const channelOrder: readonly Channel[] = ['email', 'sms'];

export interface CitizenAddresses {
  language: Language | null;
  /** Confirmed and chosen: messages go there. */
  wanted: Partial<Record<Channel, string>>;
  /** Confirmed, chosen or not: a fallback may go there. */
  confirmed: Partial<Record<Channel, string>>;
}

/** A citizen's confirmed addresses. No e-mail or SMS ever goes to an unconfirmed one. */
export async function citizenAddresses(db: Db, person: string): Promise<CitizenAddresses> {
  const row = await db.selectFrom('contact_preference').selectAll()
    .where('person_id', '=', person).executeTakeFirst();
  if (!row) return { language: null, wanted: {}, confirmed: {} };
  const email = row.email !== null && row.email_confirmed_at !== null ? row.email : undefined;
  const sms = row.phone !== null && row.phone_confirmed_at !== null ? row.phone : undefined;
  return {
    language: row.language,
    confirmed: { ...(email ? { email } : {}), ...(sms ? { sms } : {}) },
    wanted: {
      ...(email && row.email_wanted ? { email } : {}),
      ...(sms && row.sms_wanted ? { sms } : {}),
    },
  };
}

async function municipalityOf(trx: Trx, code: string) {
  return trx.selectFrom('municipality').select(['language', 'notice_email'])
    .where('code', '=', code).executeTakeFirst();
}

export interface QueuedMessage {
  messageId: number;
  recipient: 'declarant' | 'partner' | 'municipality' | 'bailiff';
  personId: string | null;
  /** The municipality the message is addressed to, or the case's. */
  municipality: string;
  bailiffId: string | null;
}

/**
 * Queues a portal message on the outside channels of its reader, in the same transaction
 * that records the message: a citizen's chosen and confirmed addresses, the municipality's
 * notice address, the bailiff's address. Once per message and channel.
 */
export async function queueDeliveries(trx: Trx, message: QueuedMessage, now: Date): Promise<number> {
  const municipality = await municipalityOf(trx, message.municipality);
  const fallbackLanguage = municipality?.language ?? 'nl';
  let targets: { channel: Channel; address: string; language: Language }[] = [];
  if (message.recipient === 'declarant' || message.recipient === 'partner') {
    if (message.personId === null) return 0;
    const addresses = await citizenAddresses(trx, message.personId);
    const language = addresses.language ?? fallbackLanguage;
    targets = channelOrder.flatMap((channel) => {
      const address = addresses.wanted[channel];
      return address ? [{ channel, address, language }] : [];
    });
  } else if (message.recipient === 'municipality') {
    const address = municipality?.notice_email;
    if (address) targets = [{ channel: 'email', address, language: fallbackLanguage }];
  } else if (message.bailiffId !== null) {
    const bailiff = await trx.selectFrom('bailiff').select('email')
      .where('id', '=', message.bailiffId).executeTakeFirst();
    if (bailiff?.email) targets = [{ channel: 'email', address: bailiff.email, language: fallbackLanguage }];
  }
  if (targets.length === 0) return 0;
  await trx.insertInto('delivery').values(targets.map((target) => ({
    message_id: message.messageId, channel: target.channel, address: target.address,
    language: target.language, status: 'queued' as const, next_attempt_at: now,
    created_at: now, updated_at: now,
  }))).onConflict((oc) => oc.columns(['message_id', 'channel']).doNothing()).execute();
  return targets.length;
}
