// What a party may see of the other party's words (rule 5).
import type { CaseState } from './types.ts';

/** The partner's refusal reason, only when the partner chose to share it with the declarant. */
export function refusalReasonForDeclarant(state: CaseState): string | null {
  const refusal = state.refusal;
  return refusal !== null && refusal.shareWithDeclarant ? refusal.reason : null;
}
