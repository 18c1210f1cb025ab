import nodemailer from 'nodemailer';
import type { NotificationConfig } from '../config.ts';
import { DeliveryError, type Accepted, type EmailChannel, type OutgoingMail } from './channels.ts';

export interface SmtpTarget {
  host: string;
  port: number;
  secure: boolean;
  requireTls: boolean;
  user: string | undefined;
  password: string | undefined;
}

/**
 * E-mail over SMTP through nodemailer, one connection per send (a pool would keep a
 * half-dead connection across a server's restart). The Message-ID is the delivery's own, so
 * a mail sent again after a crash can be recognised as the same mail by whoever receives it.
 */
export function smtpChannel(
  target: SmtpTarget, settings: Pick<NotificationConfig, 'from' | 'timeoutMs'>,
): EmailChannel {
  const transport = nodemailer.createTransport({
    host: target.host,
    port: target.port,
    secure: target.secure,
    requireTLS: target.requireTls,
    auth: target.user ? { user: target.user, pass: target.password ?? '' } : undefined,
    connectionTimeout: settings.timeoutMs,
    greetingTimeout: settings.timeoutMs,
    socketTimeout: settings.timeoutMs,
    dnsTimeout: settings.timeoutMs,
  });
  return {
    async send(mail: OutgoingMail): Promise<Accepted> {
      try {
        const info = await transport.sendMail({
          from: settings.from, to: mail.to, subject: mail.subject, text: mail.text,
          html: mail.html, messageId: mail.messageId,
          headers: { 'Content-Language': mail.language, 'Auto-Submitted': 'auto-generated' },
        });
        if (info.rejected.length > 0) throw new DeliveryError(true, 'recipient rejected');
        return { providerId: info.messageId };
      } catch (error) {
        throw classify(error);
      }
    },
    async close() {
      transport.close();
    },
  };
}

/**
 * A 5xx answer is permanent (the server will not take this mail); a 4xx answer, a refused or
 * dropped connection and a time-out are temporary.
 */
export function classify(error: unknown): DeliveryError {
  if (error instanceof DeliveryError) return error;
  const e = error as { responseCode?: unknown; code?: unknown; message?: unknown };
  const status = typeof e.responseCode === 'number' ? e.responseCode : undefined;
  const code = typeof e.code === 'string' ? e.code : 'ERROR';
  if (status !== undefined) {
    return new DeliveryError(status >= 500, `SMTP ${status} (${code})`);
  }
  return new DeliveryError(false, `SMTP ${code}`);
}
