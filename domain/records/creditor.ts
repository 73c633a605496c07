/** A creditor (schuldeiser) and the defaults that follow from its type. */
import { z } from 'zod';
import { buildOnce } from '../build-once';
import { ibanProblem, normalizeIban } from './checks';
import { idField, text } from './fields';
import { postcodeSchema } from './resident';

export const CREDITOR_TYPES = [
  'belastingdienst',
  'cjib',
  'duo',
  'gemeente',
  'waterschap',
  'zorgverzekeraar',
  'verhuurder',
  'energieleverancier',
  'drinkwaterbedrijf',
  'telecom',
  'bank',
  'incassobureau',
  'deurwaarder',
  'overig',
] as const;

export type CreditorType = (typeof CREDITOR_TYPES)[number];

export interface CreditorTypeDefaults {
  /** Whether claims of this type are preferent by default (fiscal priority, Invorderingswet). */
  preferent: boolean;
  /** Whether the creditor grants finale kwijting at the end; CJIB and DUO never do. */
  grantsFinaleKwijting: boolean;
}

/**
 * Defaults per type. Only the Belastingdienst is preferent by default (its tax claims carry the
 * fiscal priority); a preferent claim of another creditor is marked on the claim itself.
 * CJIB (fines) and DUO (student debt) never grant finale kwijting: their claims stay.
 */
export const CREDITOR_TYPE_DEFAULTS: Readonly<Record<CreditorType, CreditorTypeDefaults>> =
  Object.fromEntries(
    CREDITOR_TYPES.map((type) => [
      type,
      { preferent: type === 'belastingdienst', grantsFinaleKwijting: type !== 'cjib' && type !== 'duo' },
    ]),
  ) as Record<CreditorType, CreditorTypeDefaults>;

export function creditorCanGrantFinaleKwijting(type: CreditorType): boolean {
  return type !== 'cjib' && type !== 'duo';
}

export const ibanSchema = buildOnce('domain/records/creditor#ibanSchema', () =>
  z.string({ error: 'iban ontbreekt of is geen tekst' })
    // OpenAPI: `format: iban` names the SEPA country, length and mod-97 check (ISO 13616).
    .meta({ format: 'iban', pattern: '^\\s*[A-Za-z]{2}[0-9]{2}[A-Za-z0-9 ]{11,40}$' })
    .transform((value, ctx) => {
    const iban = normalizeIban(value);
    const problem = ibanProblem(iban);
    if (problem !== null) {
      const why = {
        format: 'heeft niet de vorm van een IBAN',
        country: 'is niet van een SEPA-land',
        length: 'heeft niet de juiste lengte voor dit land',
        checksum: 'klopt niet (controlegetal mod-97)',
      }[problem];
      ctx.addIssue({ code: 'custom', message: `iban ${JSON.stringify(value)} ${why}` });
      return z.NEVER;
    }
    return iban;
  }),
);

export const creditorSchema = buildOnce('domain/records/creditor#creditorSchema', () =>
  z
    .object(
      {
        id: idField('id'),
        name: text('name (naam schuldeiser)'),
        type: z.enum(CREDITOR_TYPES, { error: `type moet een van ${CREDITOR_TYPES.join(', ')} zijn` }),
        iban: ibanSchema,
        /** Where letters go: a street address or "Postbus 1234", for the window envelope. */
        address: z.object(
          {
            line: text('address.line (straat en huisnummer of postbus)', 80),
            postcode: postcodeSchema,
            city: text('address.city (plaats)', 60),
          },
          { error: 'address (postadres schuldeiser) ontbreekt' },
        ),
        /** The department letters are addressed to: "t.a.v. afdeling Bijzonder Beheer". */
        attention: text('attention (t.a.v.)', 100).optional(),
        email: z.email({ error: 'email is geen geldig e-mailadres' }).optional(),
        kvk: z
          .string({ error: 'kvk is geen tekst' })
          .regex(/^\d{8}$/, { error: 'kvk (KvK-nummer) moet uit 8 cijfers bestaan' })
          .optional(),
        convenantMonths: z
          .union([z.literal(4), z.literal(8)], { error: 'convenantMonths moet 4 of 8 zijn' })
          .default(4),
        grantsFinaleKwijting: z.boolean({ error: 'grantsFinaleKwijting moet true of false zijn' }).optional(),
      },
      { error: 'schuldeiser ontbreekt of is geen object' },
    )
    .superRefine((creditor, ctx) => {
      if (creditor.grantsFinaleKwijting === true && !creditorCanGrantFinaleKwijting(creditor.type)) {
        ctx.addIssue({
          code: 'custom',
          path: ['grantsFinaleKwijting'],
          message: `grantsFinaleKwijting: ${creditor.type.toUpperCase()} verleent nooit finale kwijting`,
        });
      }
    })
    .transform((creditor) => ({
      ...creditor,
      grantsFinaleKwijting:
        creditor.grantsFinaleKwijting ?? CREDITOR_TYPE_DEFAULTS[creditor.type].grantsFinaleKwijting,
    })),
);

export type Creditor = z.output<typeof creditorSchema>;
export type CreditorInput = z.input<typeof creditorSchema>;
