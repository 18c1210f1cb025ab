/**
 * Levels of assurance of a sign-in, in the words of eIDAS. The provider returns the level
 * as the ID token's `acr` claim (one of the URIs below); the product asks for a minimum with
 * `acr_values`. The government login names its levels the same way.
 */
export const levels = ['low', 'substantial', 'high'] as const;
export type Level = (typeof levels)[number];

const acrPrefix = 'http://eidas.europa.eu/LoA/';

export function acrFor(level: Level): string {
  return `${acrPrefix}${level}`;
}

/** The level an `acr` value stands for, or undefined for a value the product does not know. */
export function levelOfAcr(acr: unknown): Level | undefined {
  if (typeof acr !== 'string' || !acr.startsWith(acrPrefix)) return undefined;
  return parseLevel(acr.slice(acrPrefix.length));
}

export function parseLevel(value: unknown): Level | undefined {
  return levels.find((level) => level === value);
}

/** True when `level` is at least `minimum`. */
export function atLeast(level: Level, minimum: Level): boolean {
  return levels.indexOf(level) >= levels.indexOf(minimum);
}
