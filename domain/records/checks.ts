/** Check digits and formats of Dutch and SEPA identifiers, as plain functions (the schemas use them). */

/** BSN elfproef: 9 digits, 9·d1 + 8·d2 + … + 2·d8 − 1·d9 divisible by 11 (and not all zeros). */
export function isValidBsn(bsn: string): boolean {
  if (!/^\d{9}$/.test(bsn) || bsn === '000000000') return false;
  let sum = 0;
  for (let i = 0; i < 9; i += 1) sum += Number(bsn[i]) * (i === 8 ? -1 : 9 - i);
  return sum % 11 === 0;
}

/** IBAN lengths of the SEPA countries (EPC list of SEPA countries and territories). */
export const SEPA_IBAN_LENGTHS: Readonly<Record<string, number>> = {
  AD: 24,
  AL: 28,
  AT: 20,
  BE: 16,
  BG: 22,
  CH: 21,
  CY: 28,
  CZ: 24,
  DE: 22,
  DK: 18,
  EE: 20,
  ES: 24,
  FI: 18,
  FR: 27,
  GB: 22,
  GI: 23,
  GR: 27,
  HR: 21,
  HU: 28,
  IE: 22,
  IS: 26,
  IT: 27,
  LI: 21,
  LT: 20,
  LU: 20,
  LV: 21,
  MC: 27,
  MD: 24,
  ME: 22,
  MK: 19,
  MT: 31,
  NL: 18,
  NO: 15,
  PL: 28,
  PT: 25,
  RO: 24,
  RS: 22,
  SE: 24,
  SI: 19,
  SK: 24,
  SM: 27,
  VA: 22,
};

/** Upper case, no spaces: "nl91 abna 0417 1643 00" → "NL91ABNA0417164300". */
export function normalizeIban(iban: string): string {
  return iban.replace(/\s+/g, '').toUpperCase();
}

/** ISO 13616 mod-97 on a normalized IBAN: move the first four characters to the end, letters → 10–35. */
export function ibanChecksumOk(iban: string): boolean {
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(iban)) return false;
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const char of rearranged) {
    const value = char >= 'A' ? char.charCodeAt(0) - 55 : Number(char);
    remainder = value >= 10 ? (remainder * 100 + value) % 97 : (remainder * 10 + value) % 97;
  }
  return remainder === 1;
}

export type IbanProblem = 'format' | 'country' | 'length' | 'checksum';

/** Why a (normalized) IBAN is not a valid SEPA IBAN, or null when it is. */
export function ibanProblem(iban: string): IbanProblem | null {
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(iban)) return 'format';
  const length = SEPA_IBAN_LENGTHS[iban.slice(0, 2)];
  if (length === undefined) return 'country';
  if (iban.length !== length) return 'length';
  return ibanChecksumOk(iban) ? null : 'checksum';
}

/**
 * Dutch postcode "1234 AB": four digits not starting with 0, two letters; PostNL does not issue the
 * letter pairs SA, SD and SS. Returns the normalized form (space, upper case) or null.
 */
export function normalizePostcode(text: string): string | null {
  const match = /^([1-9]\d{3})\s?([A-Za-z]{2})$/.exec(text.trim());
  if (!match) return null;
  const letters = (match[2] as string).toUpperCase();
  if (letters === 'SA' || letters === 'SD' || letters === 'SS') return null;
  return `${match[1] as string} ${letters}`;
}

/** Dutch phone number (06…, 0xx…, +31…, 0031…), normalized to +31 followed by 9 digits; or null. */
export function normalizeDutchPhone(text: string): string | null {
  const compact = text.replace(/[\s\-().]/g, '');
  const match = /^(?:\+31|0031|0)([1-9]\d{8})$/.exec(compact);
  return match ? `+31${match[1] as string}` : null;
}
