import type { CaseEngine } from '../../engine/case-engine.ts';
import type { JobHandler } from '../../engine/worker.ts';
import type { Effect } from '../../process/index.ts';
import type { Db } from '../../db/database.ts';
import type { CaseTracking } from '../case-tracking.ts';
import type { PaymentsFor } from '../payments.ts';
import type { DocumentsPort } from '../documents.ts';
import { engageBailiff } from './bailiff.ts';
import { publishStatus } from './publish-status.ts';
import { issueCertificates } from './certificates.ts';
import { notify, notifyOtherMunicipality } from './notify.ts';
import { cancelPayment, refundPayment, requestPayment } from './payment.ts';
import {
  lapseOnRegisterEvent, refreshHousehold, registerTermination, type RegisterFor,
} from './register.ts';

export interface EffectPorts {
  engine: CaseEngine;
  registerFor: RegisterFor;
  trackingFor: (db: Db) => CaseTracking;
  /** The payment provider on the job's transaction (refunds, closing open payments). */
  paymentsFor: PaymentsFor;
  /** The documents port on the job's transaction (the seal certificate is read there). */
  documentsFor: (db: Db) => DocumentsPort;
  publicUrl: string;
}

/** Every kind of outbox row, with its handler: one place that declares them all. */
export function effectHandlers(ports: EffectPorts): Record<
  Effect['kind'] | 'register_event' | 'publish_status', JobHandler> {
  const { engine, registerFor, trackingFor, documentsFor, publicUrl } = ports;
  return {
    notify,
    notify_other_municipality: notifyOtherMunicipality,
    request_payment: requestPayment,
    cancel_payment: cancelPayment(ports.paymentsFor),
    refund_payment: refundPayment(engine, ports.paymentsFor),
    engage_bailiff: engageBailiff(engine),
    register_termination: registerTermination(engine, registerFor),
    refresh_household: refreshHousehold(engine, registerFor),
    issue_certificates: issueCertificates({ engine, documentsFor, registerFor, publicUrl }),
    register_event: lapseOnRegisterEvent(engine),
    publish_status: publishStatus(trackingFor),
  };
}
