import type { CaseEngine } from '../engine/case-engine.ts';
import { caseForDeclarant } from './case-access.ts';

export interface WithdrawInput {
  caseId: string;
  /** The signed-in person's national number. */
  person: string;
  /** The case version the person saw on the confirmation page. */
  version: number;
}

/**
 * The declarant withdraws their open case. Only the declarant may (case access); a case
 * that changed since the person saw it is refused with `version_conflict`.
 */
export async function withdrawCase(engine: CaseEngine, input: WithdrawInput): Promise<void> {
  const access = await caseForDeclarant(engine, input.caseId, input.person);
  await engine.execute({
    type: 'Withdraw', caseId: access.state.caseId,
    actor: { role: 'declarant', id: input.person }, channel: 'online',
  }, { expectedVersion: input.version });
}
