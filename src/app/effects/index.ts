import type { CaseEngine } from '../../engine/case-engine.ts';
import type { JobHandler } from '../../engine/worker.ts';
import type { Effect } from '../../process/index.ts';
import type { Db } from '../../db/database.ts';
import type { CaseTracking } from '../case-tracking.ts';
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
}

/** Every kind of outbox row, with its handler: one place that declares them all. */
export function effectHandlers(ports: EffectPorts): Record<
  Effect['kind'] | 'register_event' | 'publish_status', JobHandler> {
  const { engine, registerFor, trackingFor } = ports;
  return {
    notify,
    notify_other_municipality: notifyOtherMunicipality,
    request_payment: requestPayment,
    cancel_payment: cancelPayment,
    refund_payment: refundPayment(engine),
    engage_bailiff: engageBailiff(engine),
    register_termination: registerTermination(engine, registerFor),
    refresh_household: refreshHousehold(engine, registerFor),
    issue_certificates: issueCertificates(engine),
    register_event: lapseOnRegisterEvent(engine),
    publish_status: publishStatus(trackingFor),
  };
}
