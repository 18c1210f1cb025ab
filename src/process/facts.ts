// Questions about a case's state that the decider, the fold and the effects all ask.
import type {
  BailiffAssignment,
  CaseState,
  MunicipalityCode,
  Path,
  PaymentPurpose,
} from './types.ts';

export function hasSigned(state: CaseState, by: 'declarant' | 'partner', path: Path): boolean {
  return state.signatures.some((s) => s.by === by && s.path === path);
}

/** Every signature the current path's declaration needs is there. */
export function signaturesComplete(state: CaseState): boolean {
  if (state.path === 'unilateral') return hasSigned(state, 'declarant', 'unilateral');
  return hasSigned(state, 'declarant', 'joint') && hasSigned(state, 'partner', 'joint');
}

/** Rule 2: both signatures (joint) or a recorded service (unilateral). */
export function rule2Satisfied(state: CaseState): boolean {
  if (state.path === 'unilateral') return state.service !== null;
  return signaturesComplete(state);
}

/** The unilateral path always pays the deposit; the joint path only when it has a fee. */
export function needsPayment(state: CaseState): boolean {
  return state.path === 'unilateral' || state.settings.jointFeeCents > 0;
}

export function paymentPurpose(state: CaseState): PaymentPurpose {
  return state.path === 'unilateral' ? 'deposit' : 'joint_fee';
}

export function paymentAmount(state: CaseState): number {
  const { depositCents, jointFeeCents } = state.settings;
  return state.path === 'unilateral' ? depositCents : jointFeeCents;
}

/** The money is in and not given back: the precondition for a bailiff (rule 3). */
export function isPaid(state: CaseState): boolean {
  return state.payment?.status === 'succeeded';
}

/** A payment was taken at some time, refunded or not: it is never taken again (rule 3). */
export function paymentTaken(state: CaseState): boolean {
  return state.payment !== null && state.payment.paidAt !== null;
}

/** A payment request is open at the payment provider. */
export function paymentOutstanding(state: CaseState): boolean {
  return state.payment?.status === 'requested';
}

/** Paid, not yet served, and no refund asked: withdrawing or lapsing gives the money back. */
export function refundDue(state: CaseState): boolean {
  return isPaid(state) && state.service === null && state.payment?.refundRequestedAt === null;
}

/** The engaged bailiff who has not declined or been replaced. */
export function activeBailiff(state: CaseState): BailiffAssignment | null {
  const bailiff = state.bailiff;
  if (bailiff === null) return null;
  return bailiff.status === 'engaged' || bailiff.status === 'accepted' ? bailiff : null;
}

/** The bailiffs who declined or were replaced: not to be asked again. */
export function excludedBailiffs(state: CaseState): string[] {
  const former = state.formerBailiffs.map((b) => b.id);
  const declined = state.bailiff?.status === 'declined' ? [state.bailiff.id] : [];
  return [...new Set([...former, ...declined])];
}

/** The partner knows of the case: invited (joint) or served (unilateral). */
export function partnerInformed(state: CaseState): boolean {
  return state.partnerInvitedAt !== null || state.service !== null;
}

/** The municipalities where a partner lives, other than the competent one. */
export function otherMunicipalities(state: CaseState): MunicipalityCode[] {
  const homes = [state.declarantMunicipality, state.partnerMunicipality];
  return [...new Set(homes)].filter((code) => code !== state.municipality);
}

export function awaitingReview(state: CaseState): boolean {
  return state.settings.reviewBeforeRegistration && state.registrationApprovedAt === null;
}
