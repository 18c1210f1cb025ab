/**
 * The two outside channels a message can take besides the portal. Each adapter says what
 * became of one send: accepted (with the channel's own id, when it gives one), or an error
 * that is temporary (try again later) or permanent (this address will not work).
 */
export type Channel = 'email' | 'sms';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Stable for one delivery: the same mail sent again carries the same id. */
  messageId: string;
  language: string;
}

export interface OutgoingSms {
  to: string;
  text: string;
  /** Stable for one delivery: the gateway uses it to ignore a second send. */
  reference: string;
}

export interface Accepted {
  providerId: string | undefined;
  /** The channel reports the message delivered already (the embedded sink does). */
  delivered?: boolean;
}

export interface EmailChannel {
  send(mail: OutgoingMail): Promise<Accepted>;
  close(): Promise<void>;
}

export interface SmsChannel {
  send(sms: OutgoingSms): Promise<Accepted>;
  close(): Promise<void>;
}

export class DeliveryError extends Error {
  constructor(readonly permanent: boolean, readonly reason: string) {
    super(`${permanent ? 'Permanent' : 'Temporary'} delivery failure: ${reason}`);
    this.name = 'DeliveryError';
  }
}

export interface Channels {
  email: EmailChannel;
  /** Undefined where no SMS gateway is configured (production without one). */
  sms: SmsChannel | undefined;
}
