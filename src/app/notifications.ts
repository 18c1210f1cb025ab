import type { Config } from '../config.ts';
import type { Db } from '../db/database.ts';
import type { CaseEngine } from '../engine/case-engine.ts';
import type { Clock } from '../engine/clock.ts';
import type { Logger } from '../log.ts';
import {
  DeliverySender, smsGateway, smsSink, smtpChannel, startSmtpCapture,
  type CaptureServer, type Channels,
} from '../notifications/index.ts';
import { ProcessError, systemActor } from '../process/index.ts';

export interface Notifications {
  channels: Channels;
  sender: DeliverySender;
  /** The embedded SMTP server, when no SMTP_HOST is configured. */
  capture: CaptureServer | undefined;
  close(): Promise<void>;
}

/**
 * The outside channels from the configuration: the configured SMTP server, or the embedded
 * capture server (real SMTP on 127.0.0.1); the configured SMS gateway, or, outside
 * production, the embedded sink. When no channel took a citizen's message, the case gets a
 * follow-up task (citizen unreachable) for the municipality.
 */
export async function createNotifications(
  config: Config, db: Db, engine: CaseEngine, clock: Clock, log: Logger,
): Promise<Notifications> {
  const settings = config.notifications;
  const capture = settings.smtp
    ? undefined : await startSmtpCapture(db, settings.capturePort, log, () => clock.now());
  const target = settings.smtp ?? {
    host: '127.0.0.1', port: capture?.port ?? settings.capturePort, secure: false,
    requireTls: false, user: undefined, password: undefined,
  };
  const channels: Channels = {
    email: smtpChannel(target, settings),
    sms: settings.smsGateway
      ? smsGateway(settings.smsGateway, settings.smsSender, settings.timeoutMs)
      : config.env === 'production' ? undefined : smsSink(db, () => clock.now()),
  };
  const unreachable = async (caseId: string, messageId: number) => {
    try {
      await engine.execute({
        type: 'RaiseFollowUp', caseId, actor: systemActor, channel: 'system',
        topic: 'citizen_unreachable',
        reason: 'No e-mail or SMS to the citizen could be delivered; the message waits in the portal.',
      }, { idempotencyKey: `unreachable-${messageId}` });
    } catch (error) {
      if (!(error instanceof ProcessError)) throw error;
      log.info({ caseId, code: error.code }, 'unreachable citizen: case no longer takes a follow-up');
    }
  };
  const sender = new DeliverySender(db, clock, channels, unreachable, {
    pollMs: config.worker.pollMs, batch: config.worker.batch, maxAttempts: settings.maxAttempts,
    leaseMs: Math.max(2_000, settings.timeoutMs * 4), publicUrl: config.publicUrl,
  }, log);
  return {
    channels, sender, capture,
    close: async () => {
      await sender.stop();
      await channels.email.close();
      await channels.sms?.close();
      await capture?.close();
    },
  };
}
