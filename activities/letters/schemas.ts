import { z } from 'zod';
import type { CivilDate } from '../../domain/civil-date';
import { isCivilDate } from '../../domain/civil-date';
import type { Cents } from '../../domain/money';

/** Shared field types for letter inputs. Every message is Dutch: it ends up in an officer's error view. */

export const civilDateField = z
  .string()
  .refine(isCivilDate, 'geen geldige datum (JJJJ-MM-DD)')
  .transform((value) => value as CivilDate);

export const centsField = z
  .number()
  .int('moet een geheel aantal centen zijn')
  .refine(Number.isSafeInteger, 'bedrag te groot')
  .transform((value) => value as Cents);

export const nonNegativeCents = centsField.refine((v) => v >= 0, 'mag niet negatief zijn');

/** Percentages as integer basis points (2345 = 23,45%), never floats. */
export const basisPointsField = z
  .number()
  .int('moet een geheel aantal basispunten zijn')
  .min(0, 'mag niet negatief zijn')
  .max(10_000, 'mag niet boven 100% (10000) liggen');

export const text = (max = 200) => z.string().trim().min(1, 'mag niet leeg zijn').max(max);

const postcode = z
  .string()
  .trim()
  .regex(/^[1-9]\d{3} ?[A-Za-z]{2}$/, 'postcode als 1234 AB');

export const addressField = z.object({
  /** Street and number, or "Postbus 1234". */
  line: text(80),
  postcode,
  city: text(60),
});

/** Identifiers that end up in file names and log lines: no personal data, no path characters. */
export const idField = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,119}$/, 'alleen letters, cijfers, punt, streepje en liggend streepje')
  .refine((v) => !v.includes('..'), 'mag geen ".." bevatten');

export const creditorRecipientSchema = z.object({
  type: z.literal('creditor'),
  creditorId: idField,
  name: text(100),
  /** "t.a.v. afdeling Bijzonder Beheer". */
  attention: text(100).optional(),
  address: addressField,
  /** The creditor's own reference for this debtor (dossier- of klantnummer): printed as "Uw kenmerk". */
  theirReference: text(60).optional(),
  email: z.email('geen geldig e-mailadres').optional(),
});

export const residentRecipientSchema = z.object({
  type: z.literal('resident'),
  residentId: idField,
  /** As on the envelope: "Mevrouw A. de Vries". */
  name: text(100),
  /** "Geachte mevrouw De Vries,". Defaults to "Geachte heer, mevrouw,". */
  salutation: text(100).optional(),
  address: addressField,
  email: z.email('geen geldig e-mailadres').optional(),
});

export const waarborgfondsRecipientSchema = z.object({
  type: z.literal('waarborgfonds'),
  name: text(100),
  attention: text(100).optional(),
  address: addressField,
  theirReference: text(60).optional(),
  email: z.email('geen geldig e-mailadres').optional(),
});

export const recipientSchema = z.discriminatedUnion('type', [
  creditorRecipientSchema,
  residentRecipientSchema,
  waarborgfondsRecipientSchema,
]);

export type CreditorRecipient = z.infer<typeof creditorRecipientSchema>;
export type ResidentRecipient = z.infer<typeof residentRecipientSchema>;
export type WaarborgfondsRecipient = z.infer<typeof waarborgfondsRecipientSchema>;
export type Recipient = z.infer<typeof recipientSchema>;
export type RecipientType = Recipient['type'];

/** The officer the recipient can call about this letter. */
export const contactSchema = z.object({
  name: text(80),
  role: text(80).optional(),
  phone: text(30),
  email: z.email('geen geldig e-mailadres'),
});
export type ContactPerson = z.infer<typeof contactSchema>;

/** How a creditor letter names the debtor: enough to find the file, no BSN. */
export const debtorSchema = z.object({
  name: text(100),
  birthDate: civilDateField,
  address: addressField,
});
export type Debtor = z.infer<typeof debtorSchema>;

/** Zod issues → one Dutch sentence that names the field, e.g. "veld 'data.offerCents' ontbreekt". */
export function describeIssues(issues: readonly z.core.$ZodIssue[], prefix: string): string {
  return issues
    .slice(0, 5)
    .map((issue) => {
      const field = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
      return `veld '${field}' ${issue.message}`;
    })
    .join('; ');
}

/** Field errors become this: not retryable, the input will not get better by trying again. */
export class LetterInputError extends Error {
  override name = 'LetterInputError';
  constructor(
    message: string,
    readonly fields: string[],
  ) {
    super(message);
  }
}

export function parseOrThrow<T>(schema: z.ZodType<T>, value: unknown, what: string, prefix: string): T {
  const result = schema.safeParse(value, { error: dutchError });
  if (result.success) return result.data;
  const fields = result.error.issues.map((i) => [prefix, ...i.path.map(String)].filter(Boolean).join('.'));
  throw new LetterInputError(`${what}: ${describeIssues(result.error.issues, prefix)}`, fields);
}

const DUTCH_TYPES: Record<string, string> = {
  number: 'getal',
  string: 'tekst',
  object: 'object',
  array: 'lijst',
  boolean: 'ja/nee',
};

/** Dutch wording for zod's built-in checks when a schema gives no message of its own. */
function dutchError(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? 'ontbreekt'
        : `heeft het verkeerde type (verwacht: ${DUTCH_TYPES[issue.expected] ?? issue.expected})`;
    case 'invalid_value':
      return `moet een van deze waarden zijn: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_union':
      return 'heeft een onbekende vorm';
    case 'too_small':
      return issue.origin === 'string'
        ? 'mag niet leeg zijn'
        : issue.origin === 'array'
          ? `moet minstens ${String(issue.minimum)} element(en) hebben`
          : `moet minstens ${String(issue.minimum)} zijn`;
    case 'too_big':
      return issue.origin === 'string'
        ? `is te lang (hoogstens ${String(issue.maximum)} tekens)`
        : `mag hoogstens ${String(issue.maximum)} zijn`;
    case 'unrecognized_keys':
      return `onbekende velden: ${issue.keys.join(', ')}`;
    case 'invalid_format':
      return 'heeft een ongeldige vorm';
    default:
      return undefined;
  }
}
