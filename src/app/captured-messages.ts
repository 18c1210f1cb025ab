import { simpleParser } from 'mailparser';
import type { Db } from '../db/database.ts';
import type { DeliveryStatus } from '../db/schema.ts';

/**
 * What the embedded SMTP server and SMS sink received, grouped per recipient, for the
 * development page. Development only: it shows addresses, names and whole messages.
 */
export interface CapturedDelivery {
  id: string;
  status: DeliveryStatus;
  attempts: number;
}

export interface CapturedItem {
  kind: 'mail' | 'sms';
  /** The captured row's id (per kind). */
  id: string;
  receivedAt: Date;
  to: string;
  from: string | undefined;
  subject: string | undefined;
  text: string;
  hasHtml: boolean;
  /** The delivery named in the Message-ID or SMS reference, if any. */
  deliveryId: string | null;
  /** That delivery's row; null when there is none (a confirmation code, a stray message). */
  delivery: CapturedDelivery | null;
  /** A confirmation code sent directly from the preferences page. */
  confirmationCode: boolean;
}

export type RecipientKind = 'person' | 'municipality' | 'bailiff' | 'unknown';

export interface RecipientGroup {
  key: string;
  kind: RecipientKind;
  /** The person's name and national number, the office's name, or the address itself. */
  label: string;
  items: CapturedItem[];
}

/**
 * How many of each kind the page reads, newest first. Limitation: older messages are not
 * shown; paging would take an offset per kind.
 */
const pageSize = 200;

/** Every captured mail and SMS, grouped per recipient; the group with the newest first. */
export async function capturedMessages(db: Db): Promise<RecipientGroup[]> {
  const items = [...await capturedMails(db), ...await capturedSms(db)]
    .sort((a, b) => b.receivedAt.getTime() - a.receivedAt.getTime());
  const owners = await ownersOf(db, items);
  const groups = new Map<string, RecipientGroup>();
  for (const item of items) {
    const owner = owners.get(item) ?? unknownOwner(item.to);
    const group = groups.get(owner.key) ?? { ...owner, items: [] };
    group.items.push(item);
    groups.set(owner.key, group);
  }
  return [...groups.values()];
}

async function capturedMails(db: Db): Promise<CapturedItem[]> {
  const rows = await db.selectFrom('captured_mail')
    .select(['id', 'message_id', 'envelope_to', 'raw', 'received_at'])
    .orderBy('received_at', 'desc').orderBy('id', 'desc').limit(pageSize).execute();
  const items: CapturedItem[] = [];
  for (const row of rows) {
    const parsed = await parseMail(row.raw);
    for (const to of row.envelope_to) {
      items.push({
        kind: 'mail', id: String(row.id), receivedAt: new Date(row.received_at), to,
        ...parsed, deliveryId: deliveryId(row.message_id, /^<delivery-(\d+)@/), delivery: null,
        confirmationCode: row.message_id.startsWith('<contact-code-'),
      });
    }
  }
  return items;
}

type ParsedParts = Pick<CapturedItem, 'from' | 'subject' | 'text' | 'hasHtml'>;

async function parseMail(raw: string): Promise<ParsedParts> {
  try {
    const mail = await simpleParser(raw);
    return { from: mail.from?.text, subject: mail.subject, text: mail.text ?? '',
      hasHtml: typeof mail.html === 'string' };
  } catch {
    return { from: undefined, subject: undefined, text: raw, hasHtml: false };
  }
}

/** The HTML part of one captured mail; undefined when there is no such mail or part. */
export async function capturedMailHtml(db: Db, id: string): Promise<string | undefined> {
  if (!/^[1-9]\d{0,17}$/.test(id)) return undefined;
  const row = await db.selectFrom('captured_mail').select('raw')
    .where('id', '=', Number(id)).executeTakeFirst();
  if (!row) return undefined;
  const mail = await simpleParser(row.raw);
  return typeof mail.html === 'string' ? mail.html : undefined;
}

async function capturedSms(db: Db): Promise<CapturedItem[]> {
  const rows = await db.selectFrom('captured_sms')
    .select(['id', 'reference', 'to_number', 'text', 'received_at'])
    .orderBy('received_at', 'desc').orderBy('id', 'desc').limit(pageSize).execute();
  return rows.map((row) => ({
    kind: 'sms', id: String(row.id), receivedAt: new Date(row.received_at), to: row.to_number,
    from: undefined, subject: undefined, text: row.text, hasHtml: false,
    deliveryId: deliveryId(row.reference, /^delivery-(\d+)$/), delivery: null,
    confirmationCode: row.reference.startsWith('contact-code-'),
  }));
}

function deliveryId(reference: string, pattern: RegExp): string | null {
  return pattern.exec(reference)?.[1] ?? null;
}

type Owner = Omit<RecipientGroup, 'items'>;

function unknownOwner(address: string): Owner {
  return { key: `address:${address.toLowerCase()}`, kind: 'unknown', label: address };
}

/**
 * Who each message went to: by its delivery, else by the address where it is known. Sets
 * each item's `delivery` from the same read.
 */
async function ownersOf(db: Db, items: CapturedItem[]): Promise<Map<CapturedItem, Owner>> {
  const byDelivery = await deliveries(db, items);
  const byAddress = await addressOwners(db);
  const owners = new Map<CapturedItem, Owner>();
  for (const item of items) {
    const found = item.deliveryId === null ? undefined : byDelivery.get(item.deliveryId);
    item.delivery = found?.delivery ?? null;
    const owner = found?.owner ?? byAddress.get(item.to.toLowerCase());
    if (owner) owners.set(item, owner);
  }
  const people = await peopleNames(db, [...owners.values()]);
  for (const [item, owner] of owners) {
    if (owner.kind === 'person') owners.set(item, { ...owner, label: people(owner.label) });
  }
  return owners;
}

function personOwner(nationalNumber: string): Owner {
  // The label is the national number until the names are read (peopleNames).
  return { key: `person:${nationalNumber}`, kind: 'person', label: nationalNumber };
}

/** The deliveries the messages name: their status, and whom their message was for. */
async function deliveries(db: Db, items: CapturedItem[]) {
  const ids = [...new Set(items.flatMap((i) => (i.deliveryId ? [Number(i.deliveryId)] : [])))];
  const found = new Map<string, { delivery: CapturedDelivery; owner: Owner }>();
  if (ids.length === 0) return found;
  const rows = await db.selectFrom('delivery')
    .innerJoin('message', 'message.id', 'delivery.message_id')
    .leftJoin('municipality', 'municipality.code', 'message.municipality')
    .leftJoin('bailiff', 'bailiff.id', 'message.bailiff_id')
    .select(['delivery.id', 'delivery.status', 'delivery.attempts', 'message.recipient',
      'message.person_id', 'message.municipality', 'municipality.name as municipality_name',
      'message.bailiff_id', 'bailiff.name'])
    .where('delivery.id', 'in', ids).execute();
  for (const row of rows) {
    const owner = row.person_id !== null ? personOwner(row.person_id)
      : row.recipient === 'bailiff' && row.bailiff_id !== null
        ? bailiffOwner(row.bailiff_id, row.name ?? row.bailiff_id)
        : municipalityOwner(row.municipality ?? '', row.municipality_name?.en);
    const id = String(row.id);
    found.set(id, { owner, delivery: { id, status: row.status, attempts: row.attempts } });
  }
  return found;
}

function municipalityOwner(code: string, name: string | undefined): Owner {
  return { key: `municipality:${code}`, kind: 'municipality', label: name ?? code };
}

function bailiffOwner(id: string, name: string): Owner {
  return { key: `bailiff:${id}`, kind: 'bailiff', label: name };
}

/** Every address the database knows, lower-cased: citizens', municipalities', bailiffs'. */
async function addressOwners(db: Db): Promise<Map<string, Owner>> {
  const owners = new Map<string, Owner>();
  const offices = await db.selectFrom('municipality').select(['code', 'name', 'notice_email'])
    .where('notice_email', 'is not', null).execute();
  for (const o of offices) owners.set(String(o.notice_email).toLowerCase(),
    municipalityOwner(o.code, o.name.en));
  const bailiffs = await db.selectFrom('bailiff').select(['id', 'name', 'email'])
    .where('email', 'is not', null).execute();
  for (const b of bailiffs) owners.set(String(b.email).toLowerCase(), bailiffOwner(b.id, b.name));
  const codes = await db.selectFrom('contact_confirmation').select(['person_id', 'address'])
    .execute();
  for (const c of codes) owners.set(c.address.toLowerCase(), personOwner(c.person_id));
  const preferences = await db.selectFrom('contact_preference')
    .select(['person_id', 'email', 'phone']).execute();
  for (const p of preferences) {
    for (const address of [p.email, p.phone]) {
      if (address !== null) owners.set(address.toLowerCase(), personOwner(p.person_id));
    }
  }
  return owners;
}

/** "First names Surname (national number)", from the register simulator where it knows them. */
async function peopleNames(db: Db, owners: Owner[]): Promise<(nn: string) => string> {
  const numbers = [...new Set(owners.filter((o) => o.kind === 'person').map((o) => o.label))];
  const rows = numbers.length === 0 ? [] : await db.selectFrom('register_person')
    .select(['national_number', 'first_names', 'surname'])
    .where('national_number', 'in', numbers).execute();
  const names = new Map(rows.map((r) => [r.national_number, `${r.first_names} ${r.surname}`]));
  return (nn) => (names.has(nn) ? `${names.get(nn)} (${nn})` : nn);
}
