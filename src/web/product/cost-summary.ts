import { t, type Lang } from '../i18n/index.ts';
import { euro, range, type MunicipalityOffer } from './offer.ts';

/** The two cost sentences (joint, unilateral) in one language; undefined with no offer. */
export function costSummary(lang: Lang, municipalities: MunicipalityOffer[]):
  { joint: string; unilateral: string } | undefined {
  const deposit = range(municipalities.map((m) => m.depositCents));
  const joint = range(municipalities.map((m) => m.jointFeeCents));
  if (!deposit || !joint) return undefined;
  return {
    joint: joint.max === 0 ? t(lang, 'product.cost.jointFree')
      : t(lang, 'product.cost.joint', { max: euro(lang, joint.max) }),
    unilateral: t(lang, 'product.cost.unilateral',
      { min: euro(lang, deposit.min), max: euro(lang, deposit.max) }),
  };
}
