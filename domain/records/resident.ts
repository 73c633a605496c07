/** The resident asking for help (inwoner). */
import { z } from 'zod';
import { buildOnce } from '../build-once';
import { isValidBsn, normalizeDutchPhone, normalizePostcode } from './checks';
import { civilDateField, text } from './fields';

export const bsnSchema = buildOnce('domain/records/resident#bsnSchema', () =>
  z
    .string({ error: 'bsn ontbreekt of is geen tekst' })
    // OpenAPI: nine digits (spaces and dots allowed between them); `format: bsn` names the elfproef.
    .meta({ format: 'bsn', pattern: '^[\\s.]*(?:[0-9][\\s.]*){9}$' })
    .transform((value) => value.replace(/[\s.]/g, ''))
    .refine((value) => /^\d{9}$/.test(value), { error: 'bsn moet uit 9 cijfers bestaan', abort: true })
    .refine(isValidBsn, { error: 'bsn voldoet niet aan de elfproef' }),
);

export const postcodeSchema = buildOnce('domain/records/resident#postcodeSchema', () =>
  z.string({ error: 'postcode ontbreekt of is geen tekst' })
    // OpenAPI: what normalizePostcode accepts (PostNL issues no SA, SD, SS).
    .meta({ pattern: '^\\s*[1-9][0-9]{3} ?(?![Ss][AaDdSs])[A-Za-z]{2}\\s*$' })
    .transform((value, ctx) => {
    const normalized = normalizePostcode(value);
    if (normalized === null) {
      ctx.addIssue({
        code: 'custom',
        message: `postcode ${JSON.stringify(value)} is geen Nederlandse postcode (1234 AB)`,
      });
      return z.NEVER;
    }
    return normalized;
  }),
);

export const residentNameSchema = buildOnce('domain/records/resident#residentNameSchema', () =>
  z.object(
    {
      givenNames: text('name.givenNames (voornamen)'),
      /** Tussenvoegsel: "van", "de", "van der". */
      prefix: text('name.prefix (tussenvoegsel)', 20).optional(),
      surname: text('name.surname (achternaam)'),
    },
    { error: 'name ontbreekt' },
  ),
);

export const addressSchema = buildOnce('domain/records/resident#addressSchema', () =>
  z.object(
    {
      street: text('address.street (straat)'),
      houseNumber: z
        .number({ error: 'address.houseNumber (huisnummer) moet een getal zijn' })
        .int({ error: 'address.houseNumber (huisnummer) moet een geheel getal zijn' })
        .min(1, { error: 'address.houseNumber (huisnummer) moet minstens 1 zijn' })
        .max(99999, { error: 'address.houseNumber (huisnummer) mag hoogstens 99999 zijn' }),
      houseNumberAddition: text('address.houseNumberAddition (toevoeging)', 10).optional(),
      postcode: postcodeSchema,
      city: text('address.city (woonplaats)'),
    },
    { error: 'address ontbreekt' },
  ),
);

export const contactSchema = buildOnce('domain/records/resident#contactSchema', () =>
  z
    .object(
      {
        email: z
          .email({ error: 'contact.email is geen geldig e-mailadres' })
          .max(254, { error: 'contact.email is te lang' })
          .optional(),
        phone: z
          .string({ error: 'contact.phone is geen tekst' })
          .transform((value, ctx) => {
            const normalized = normalizeDutchPhone(value);
            if (normalized === null) {
              ctx.addIssue({
                code: 'custom',
                message: `contact.phone ${JSON.stringify(value)} is geen Nederlands telefoonnummer`,
              });
              return z.NEVER;
            }
            return normalized;
          })
          .optional(),
      },
      { error: 'contact moet een object zijn' },
    )
    .default({}),
);

export const residentSchema = buildOnce('domain/records/resident#residentSchema', () =>
  z.object(
    {
      bsn: bsnSchema,
      name: residentNameSchema,
      /** How the resident wants to be addressed in letters; without it letters use a neutral salutation. */
      aanhef: z.enum(['heer', 'mevrouw'], { error: "aanhef moet 'heer' of 'mevrouw' zijn (of laat het weg)" }).optional(),
      address: addressSchema,
      // No clock in the domain, so "not in the future" is the caller's check; 1900 catches typos.
      dateOfBirth: civilDateField('dateOfBirth (geboortedatum)')
        .refine((date) => date >= '1900-01-01', { error: 'dateOfBirth (geboortedatum) ligt vóór 1900' })
        .meta({ format: 'date', pattern: '^(?:19|[2-9][0-9])[0-9]{2}-' }),
      contact: contactSchema,
    },
    { error: 'resident ontbreekt of is geen object' },
  ),
);

export type Resident = z.output<typeof residentSchema>;
export type ResidentInput = z.input<typeof residentSchema>;

/** "Jan van der Berg". */
export function residentFullName(resident: Pick<Resident, 'name'>): string {
  const { givenNames, prefix, surname } = resident.name;
  return [givenNames, prefix, surname].filter(Boolean).join(' ');
}
