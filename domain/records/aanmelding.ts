/** The aanmelding that opens a case: who asked, how, and what is known already. */
import { z } from 'zod';
import { buildOnce } from '../build-once';
import { compareCivilDates, type CivilDate } from '../civil-date';
import { CRISIS_SITUATIONS } from '../terms';
import { creditorSchema, CREDITOR_TYPE_DEFAULTS } from './creditor';
import { claimInputSchema, type Claim } from './claim';
import type { FieldError } from './errors';
import { civilDateField, idField } from './fields';
import { residentSchema } from './resident';

/** The vroegsignalering partners of the Besluit gemeentelijke schuldhulpverlening. */
export const VROEGSIGNALERING_PARTNERS = [
  'verhuurder',
  'zorgverzekeraar',
  'energieleverancier',
  'drinkwaterbedrijf',
] as const;
export type VroegsignaleringPartner = (typeof VROEGSIGNALERING_PARTNERS)[number];

export const aanmeldingSourceSchema = buildOnce('domain/records/aanmelding#aanmeldingSourceSchema', () =>
  z.discriminatedUnion(
    'kind',
    [
      // Wgs art. 3: the resident asks the gemeente for help.
      z.object({ kind: z.literal('resident-request') }),
      // Wgs art. 3 lid 1 onder b: a signal of arrears, and the resident accepted the offer of help.
      z.object({
        kind: z.literal('vroegsignalering'),
        partnerType: z.enum(VROEGSIGNALERING_PARTNERS, {
          error: `source.partnerType moet een van ${VROEGSIGNALERING_PARTNERS.join(', ')} zijn`,
        }),
      }),
    ],
    { error: "source.kind moet 'resident-request' of 'vroegsignalering' zijn" },
  ),
);

export const aanmeldingSchema = buildOnce('domain/records/aanmelding#aanmeldingSchema', () =>
  z
    .object(
      {
        source: aanmeldingSourceSchema,
        crisisSituation: z
          .enum(CRISIS_SITUATIONS, {
            error: `crisisSituation moet een van ${CRISIS_SITUATIONS.join(', ')} zijn (Wgs art. 4 lid 2); andere urgente redenen verkorten de termijn niet`,
          })
          .optional(),
        officerId: idField('officerId'),
        /** CBS gemeentecode, "GM0363" (Amsterdam). "0363" is accepted and normalized. */
        gemeenteCode: z
          .string({ error: 'gemeenteCode ontbreekt of is geen tekst' })
          .trim()
          .transform((value) => value.toUpperCase().replace(/^(?!GM)/, 'GM'))
          .refine((value) => /^GM\d{4}$/.test(value), { error: 'gemeenteCode moet de vorm GM0363 hebben' }),
        resident: residentSchema,
        creditors: z.array(creditorSchema, { error: 'creditors moet een lijst zijn' }).default([]),
        claims: z.array(claimInputSchema, { error: 'claims moet een lijst zijn' }).default([]),
        /** Day of the request (or of accepting the vroegsignalering offer): the eerste-gesprek term starts the next day. */
        requestDate: civilDateField('requestDate (datum aanmelding)'),
      },
      { error: 'aanmelding ontbreekt of is geen object' },
    )
    .superRefine((aanmelding, ctx) => {
      const ids = new Set<string>();
      aanmelding.creditors.forEach((creditor, index) => {
        if (ids.has(creditor.id)) {
          ctx.addIssue({
            code: 'custom',
            path: ['creditors', index, 'id'],
            message: `creditors[${index}].id ${creditor.id} komt dubbel voor`,
          });
        }
        ids.add(creditor.id);
      });
      aanmelding.claims.forEach((claim, index) => {
        if (!ids.has(claim.creditorId)) {
          ctx.addIssue({
            code: 'custom',
            path: ['claims', index, 'creditorId'],
            message: `claims[${index}].creditorId ${claim.creditorId} is geen bekende schuldeiser in creditors`,
          });
        }
      });
    })
    .transform((aanmelding) => {
      const typeOf = new Map(aanmelding.creditors.map((c) => [c.id, c.type]));
      const claims: Claim[] = aanmelding.claims.map((claim) => {
        const type = typeOf.get(claim.creditorId);
        return {
          ...claim,
          preferent: claim.preferent ?? (type ? CREDITOR_TYPE_DEFAULTS[type].preferent : false),
        };
      });
      return { ...aanmelding, claims };
    }),
);

export type Aanmelding = z.output<typeof aanmeldingSchema>;
export type AanmeldingInput = z.input<typeof aanmeldingSchema>;

/**
 * The aanmelding's dates against the day it is registered (the clock belongs to the caller, not to the schema):
 * a request or a birth after today cannot have happened. Empty when both are plausible.
 */
export function aanmeldingDateProblems(
  aanmelding: Pick<Aanmelding, 'requestDate' | 'resident'>,
  today: CivilDate,
): FieldError[] {
  const problems: FieldError[] = [];
  if (compareCivilDates(aanmelding.requestDate, today) > 0)
    problems.push({
      field: 'requestDate',
      message: `requestDate (datum aanmelding) ligt in de toekomst: ${aanmelding.requestDate} is na vandaag (${today})`,
    });
  if (compareCivilDates(aanmelding.resident.dateOfBirth, today) > 0)
    problems.push({
      field: 'resident.dateOfBirth',
      message: `dateOfBirth (geboortedatum) ligt in de toekomst: ${aanmelding.resident.dateOfBirth} is na vandaag (${today})`,
    });
  return problems;
}
