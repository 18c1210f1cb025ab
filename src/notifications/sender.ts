import type { Db } from '../db/database.ts';
import type { Clock } from '../engine/clock.ts';
import { describe } from '../engine/worker.ts';
import { claimLeased, drainPasses, PollLoop } from '../engine/poll-loop.ts';
import type { Logger } from '../log.ts';
import { DeliveryError, type Channel, type Channels } from './channels.ts';
import { channelOrder, citizenAddresses } from './queue.ts';
import { citizenMail, citizenSms, officeMail, type Language } from './render.ts';
import { isOfficeTemplate } from './templates.ts';

export interface SenderOptions {
  pollMs: number;
  batch: number;
  maxAttempts: number;
  /** How long a claimed delivery is the sender's; after it, another pass may try again. */
  leaseMs: number;
  publicUrl: string;
}

/** Told when none of a citizen's outside channels took a message (raises a follow-up). */
export type Unreachable = (caseId: string, messageId: number) => Promise<void>;

interface Claimed {
  id: number;
  message_id: number;
  channel: Channel;
  address: string;
  language: Language;
  attempts: number;
}

interface MessageFacts {
  case_id: string;
  recipient: string;
  template: string;
  reference: string;
  municipality_name: { nl: string; fr: string; de: string; en: string };
}

/**
 * Sends queued deliveries outside any database transaction: a claim (status `sending` with a
 * lease) is committed first, then the channel is called, then the result is recorded. A
 * crash before the send leaves the claim to expire and the delivery is sent after all; a
 * crash after it may send it a second time with the same Message-ID or reference, which the
 * receiving side can recognise. A temporary failure is tried again after a growing pause; a
 * permanent one, or the last try, fails the delivery and falls back to the citizen's next
 * confirmed channel; when none is left and none took it, the municipality is told.
 */
export class DeliverySender {
  private readonly loop: PollLoop;
  private sent = 0;

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly channels: Channels,
    private readonly unreachable: Unreachable,
    private readonly options: SenderOptions,
    private readonly log: Logger,
  ) {
    this.loop = new PollLoop(() => this.runOnce(), options,
      (error) => log.error({ err: describe(error) }, 'delivery pass failed'));
  }

  /** How many deliveries this process handed to a channel (for /metrics). */
  get handedOver(): number {
    return this.sent;
  }

  async runOnce(): Promise<number> {
    const claimed = await this.claim();
    for (const delivery of claimed) await this.deliver(delivery);
    return claimed.length;
  }

  async drain(limit = 10_000): Promise<number> {
    return drainPasses(() => this.runOnce(), limit);
  }

  start(): void {
    this.loop.start();
  }

  async stop(): Promise<void> {
    await this.loop.stop();
  }

  wake(): void {
    this.loop.wake();
  }


  /** Takes due deliveries, and those whose claim expired (a sender that stopped half-way). */
  private async claim(): Promise<Claimed[]> {
    const rows = await claimLeased<Claimed>(this.db, 'delivery',
      ['message_id', 'channel', 'address', 'language', 'attempts'],
      { now: this.clock.now(), leaseMs: this.options.leaseMs, batch: this.options.batch });
    return rows.map((row) => ({ ...row, message_id: Number(row.message_id) }));
  }

  private async facts(messageId: number): Promise<MessageFacts> {
    return this.db.selectFrom('message')
      .innerJoin('case_list', 'case_list.case_id', 'message.case_id')
      .innerJoin('municipality', 'municipality.code', 'case_list.municipality')
      .select(['message.case_id', 'message.recipient', 'message.template', 'case_list.reference',
        'municipality.name as municipality_name'])
      .where('message.id', '=', messageId).executeTakeFirstOrThrow();
  }

  private async deliver(delivery: Claimed): Promise<void> {
    const log = this.log.child({ deliveryId: delivery.id, messageId: delivery.message_id,
      channel: delivery.channel });
    try {
      const facts = await this.facts(delivery.message_id);
      const accepted = await this.send(delivery, facts);
      this.sent += 1;
      await this.record(delivery, {
        status: accepted.delivered ? 'delivered' : 'sent',
        provider_id: accepted.providerId ?? null, last_error: null, lease_until: null,
      });
      log.info({ caseId: facts.case_id, status: accepted.delivered ? 'delivered' : 'sent' },
        'message delivered to channel');
    } catch (error) {
      const failure = error instanceof DeliveryError ? error : new DeliveryError(false, describe(error));
      const last = failure.permanent || delivery.attempts >= this.options.maxAttempts;
      const now = this.clock.now();
      await this.record(delivery, last
        ? { status: 'failed', last_error: failure.reason, lease_until: null }
        : { status: 'queued', last_error: failure.reason, lease_until: null,
          next_attempt_at: new Date(now.getTime() + backoffMs(delivery.attempts)) });
      log.warn({ attempt: delivery.attempts, permanent: failure.permanent, failed: last,
        reason: failure.reason }, 'delivery failed');
      if (last) await this.fallBack(delivery.message_id);
    }
  }

  private async send(delivery: Claimed, facts: MessageFacts) {
    const lang = delivery.language;
    const messageId = `<delivery-${delivery.id}@${new URL(this.options.publicUrl).hostname}>`;
    const base = this.options.publicUrl.replace(/\/$/, '');
    if (facts.recipient === 'municipality' || facts.recipient === 'bailiff') {
      if (!isOfficeTemplate(facts.template)) {
        throw new DeliveryError(true, `no notice text for ${facts.template}`);
      }
      const area = facts.recipient === 'bailiff' ? 'bailiff/assignments' : 'office/cases';
      const mail = officeMail(lang, facts.template, {
        reference: facts.reference, link: `${base}/${area}/${facts.case_id}`,
      });
      return this.channels.email.send({ ...mail, to: delivery.address, messageId, language: lang });
    }
    const values = {
      reference: facts.reference, municipality: facts.municipality_name[lang],
      link: `${base}/messages`, preferencesLink: `${base}/preferences`,
    };
    if (delivery.channel === 'sms') {
      const sms = this.channels.sms;
      if (!sms) throw new DeliveryError(true, 'no SMS gateway');
      return sms.send({ to: delivery.address, text: citizenSms(lang, facts.template, values),
        reference: `delivery-${delivery.id}` });
    }
    const mail = citizenMail(lang, facts.template, values);
    return this.channels.email.send({ ...mail, to: delivery.address, messageId, language: lang });
  }

  /** Records the outcome, unless another pass took the delivery over meanwhile. */
  private async record(delivery: Claimed, values: {
    status: 'sent' | 'delivered' | 'queued' | 'failed';
    provider_id?: string | null; last_error: string | null; lease_until: null;
    next_attempt_at?: Date;
  }): Promise<void> {
    await this.db.updateTable('delivery').set({ ...values, updated_at: this.clock.now() })
      .where('id', '=', delivery.id).where('status', '=', 'sending')
      .where('attempts', '=', delivery.attempts).execute();
  }

  /**
   * After a failed delivery: the citizen's next confirmed channel that has not had this
   * message yet; else, when no channel took it and none is still trying, the municipality
   * is told that the citizen could not be reached.
   */
  async fallBack(messageId: number): Promise<void> {
    const now = this.clock.now();
    const message = await this.db.selectFrom('message')
      .select(['case_id', 'recipient', 'person_id']).where('id', '=', messageId)
      .executeTakeFirstOrThrow();
    if (message.person_id === null) return;
    const person = message.person_id;
    const tried = await this.db.selectFrom('delivery').select(['channel', 'status', 'language'])
      .where('message_id', '=', messageId).execute();
    const addresses = await citizenAddresses(this.db, person);
    const next = channelOrder.find((channel) => addresses.confirmed[channel] !== undefined
      && (channel !== 'sms' || this.channels.sms !== undefined)
      && !tried.some((row) => row.channel === channel));
    if (next !== undefined) {
      await this.db.insertInto('delivery').values({
        message_id: messageId, channel: next, address: addresses.confirmed[next] as string,
        language: tried[0]?.language ?? addresses.language ?? 'nl', status: 'queued',
        next_attempt_at: now, created_at: now, updated_at: now,
      }).onConflict((oc) => oc.columns(['message_id', 'channel']).doNothing()).execute();
      this.wake();
      return;
    }
    const reached = tried.some((row) => row.status !== 'failed');
    if (!reached) await this.unreachable(message.case_id, messageId);
  }

  /** Records a delivery report of the SMS gateway; a failure falls back as above. */
  async recordReport(providerId: string, status: 'delivered' | 'failed', reason?: string): Promise<boolean> {
    const row = await this.db.updateTable('delivery')
      .set({ status, updated_at: this.clock.now(),
        last_error: status === 'failed' ? (reason ?? 'reported failed').slice(0, 200) : null })
      .where('channel', '=', 'sms').where('provider_id', '=', providerId)
      .where('status', 'in', ['sent', 'sending'])
      .returning(['message_id']).executeTakeFirst();
    if (!row) return false;
    if (status === 'failed') await this.fallBack(Number(row.message_id));
    return true;
  }
}

/** 30 s, 1 min, 2 min ... up to an hour between tries of one delivery. */
export function backoffMs(attempt: number): number {
  return Math.min(30_000 * 2 ** Math.max(0, attempt - 1), 60 * 60 * 1000);
}
