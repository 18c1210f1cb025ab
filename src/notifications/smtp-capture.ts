import { SMTPServer } from 'smtp-server';
import type { Db } from '../db/database.ts';
import type { Logger } from '../log.ts';

export interface CaptureServer {
  port: number;
  close(): Promise<void>;
}

const maxSize = 2 * 1024 * 1024;

/**
 * The SMTP server that `npm start` and the tests run in the process: it speaks real SMTP on
 * 127.0.0.1 and keeps every mail it accepts in `captured_mail`, once per Message-ID, counting
 * the copies (a mail sent again after a crash shows as a second copy of the same id).
 */
export async function startSmtpCapture(
  db: Db, port: number, log: Logger, now: () => Date = () => new Date(),
): Promise<CaptureServer> {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    size: maxSize,
    banner: 'embedded capture server',
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        if ((stream as unknown as { sizeExceeded?: boolean }).sizeExceeded) {
          callback(Object.assign(new Error('Message too big'), { responseCode: 552 }));
          return;
        }
        const raw = Buffer.concat(chunks).toString('utf8');
        const messageId = /^Message-ID:\s*(<[^>\r\n]+>)/im.exec(raw)?.[1]
          ?? `<capture-${session.id}@localhost>`;
        const from = session.envelope.mailFrom ? session.envelope.mailFrom.address : '';
        const to = session.envelope.rcptTo.map((r) => r.address);
        db.insertInto('captured_mail').values({
          message_id: messageId, envelope_from: from, envelope_to: to, raw, received_at: now(),
        }).onConflict((oc) => oc.column('message_id')
          .doUpdateSet((eb) => ({ copies: eb('captured_mail.copies', '+', 1) }))).execute()
          .then(() => callback(), (error: unknown) => {
            log.error({ err: String(error) }, 'captured mail not stored');
            callback(Object.assign(new Error('Try again later'), { responseCode: 451 }));
          });
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  server.on('error', (error: unknown) => log.warn({ err: String(error) }, 'capture server error'));
  const address = server.server.address();
  return {
    port: typeof address === 'object' && address ? address.port : port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
