import { simpleParser } from 'mailparser';
import type { App } from '../../src/app/app.ts';

export interface Preference {
  language?: 'nl' | 'fr' | 'de' | 'en' | null;
  email?: string;
  sms?: string;
  /** Confirmed but not chosen: used only as a fallback. */
  confirmedOnly?: ('email' | 'sms')[];
  unconfirmed?: boolean;
}

/** A citizen's channels as if they had confirmed them in the portal. */
export async function setPreference(app: App, person: string, p: Preference): Promise<void> {
  const now = app.clock.now();
  const confirmed = p.unconfirmed ? null : now;
  const values = {
    language: p.language ?? null,
    email: p.email ?? null, email_confirmed_at: p.email ? confirmed : null,
    email_wanted: p.email !== undefined && !p.confirmedOnly?.includes('email'),
    phone: p.sms ?? null, phone_confirmed_at: p.sms ? confirmed : null,
    sms_wanted: p.sms !== undefined && !p.confirmedOnly?.includes('sms'),
    updated_at: now,
  };
  await app.db.insertInto('contact_preference').values({ person_id: person, ...values })
    .onConflict((oc) => oc.column('person_id').doUpdateSet(values)).execute();
}

export interface ReceivedMail {
  to: string[];
  messageId: string;
  subject: string;
  text: string;
  html: string;
  language: string | undefined;
  raw: string;
}

export async function capturedMails(app: App): Promise<ReceivedMail[]> {
  const rows = await app.db.selectFrom('captured_mail').selectAll().orderBy('id').execute();
  return Promise.all(rows.map(async (row) => {
    const parsed = await simpleParser(row.raw);
    return {
      to: row.envelope_to, messageId: row.message_id, subject: parsed.subject ?? '',
      text: parsed.text ?? '', html: typeof parsed.html === 'string' ? parsed.html : '',
      language: parsed.headers.get('content-language') as string | undefined, raw: row.raw,
    };
  }));
}

export async function capturedSms(app: App) {
  return app.db.selectFrom('captured_sms').selectAll().orderBy('id').execute();
}

/** Runs the worker and the sender until neither has anything left to do now. */
export async function settle(app: App): Promise<void> {
  for (let i = 0; i < 20; i += 1) {
    const jobs = await app.worker.drain();
    const sent = await app.notifications.sender.drain();
    if (jobs === 0 && sent === 0) return;
  }
}

/** Which templates reached `address` on `channel`, in order, read from the delivery rows. */
export async function templatesTo(app: App, channel: 'email' | 'sms', address: string) {
  const rows = await app.db.selectFrom('delivery')
    .innerJoin('message', 'message.id', 'delivery.message_id')
    .select(['message.template', 'delivery.status', 'delivery.language'])
    .where('delivery.channel', '=', channel).where('delivery.address', '=', address)
    .orderBy('delivery.id').execute();
  return rows;
}
