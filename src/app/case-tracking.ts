import { isOpen, type CaseState, type CaseStatus } from '../process/index.ts';

/**
 * The case-tracking port: each status change of a case, told to the citizen portal that
 * shows people their cases (in Flanders, Mijn Burgerprofiel). The record follows the shape of
 * OSLO's service-transaction model: the case and the service, its status, the action needed
 * from the citizen, the actors, and the evidence (documents) so far.
 */
export interface CaseTracking {
  /** Publishes once per key: a second call with the same key changes nothing. */
  publish(record: TrackingRecord, idempotencyKey: string): Promise<void>;
}

export interface TrackingRecord {
  type: 'ServiceTransaction';
  identifier: string;
  caseId: string;
  version: number;
  service: { identifier: string; title: { nl: string; fr: string; de: string; en: string } };
  competentAuthority: { municipality: string };
  status: { code: CaseStatus; open: boolean };
  changedAt: string;
  /** Whose move it was at that change, and what they had to do; null when nobody. */
  actionNeeded: { by: 'declarant' | 'partner'; action: string } | null;
  actors: { role: 'declarant' | 'partner'; nationalNumber: string }[];
  evidence: { type: 'document'; kind: string; identifier: string }[];
}

export const serviceIdentifier = 'beeindiging-wettelijke-samenwoning';
const serviceTitle = {
  nl: 'Wettelijke samenwoning beëindigen', fr: 'Mettre fin à la cohabitation légale',
  de: 'Gesetzliches Zusammenwohnen beenden', en: 'End a legal cohabitation',
};

/** What the citizen must do in each status, when it is theirs to act. */
const actions: Partial<Record<CaseStatus, { by: 'declarant' | 'partner'; action: string }>> = {
  draft: { by: 'declarant', action: 'sign_declaration' },
  awaiting_partner: { by: 'partner', action: 'answer_declaration' },
  awaiting_declarant_choice: { by: 'declarant', action: 'choose_to_continue_or_stop' },
  awaiting_counter_visit: { by: 'declarant', action: 'visit_counter' },
  awaiting_payment: { by: 'declarant', action: 'pay_deposit' },
};

/** The change to publish: the status the case entered at `version`, and when. */
export interface StatusChange {
  version: number;
  status: CaseStatus;
  at: string;
}

export function trackingRecord(
  state: CaseState, change: StatusChange, reference: string,
  documents: { id: string; kind: string }[],
): TrackingRecord {
  return {
    type: 'ServiceTransaction', identifier: reference, caseId: state.caseId,
    version: change.version,
    service: { identifier: serviceIdentifier, title: serviceTitle },
    competentAuthority: { municipality: state.municipality },
    status: { code: change.status, open: isOpen(change.status) },
    changedAt: change.at,
    actionNeeded: actions[change.status] ?? null,
    actors: [{ role: 'declarant', nationalNumber: state.declarant },
      { role: 'partner', nationalNumber: state.partner }],
    evidence: documents.map((d) => ({ type: 'document', kind: d.kind, identifier: d.id })),
  };
}
