/**
 * Practice norms, one validated configuration per gemeente. Defaults are the values in
 * shared/domain.md (NVVK modules, Schuldenknooppunt agreements, Waarborgfonds conditions).
 *
 * Statutory terms are deliberately absent (eerste gesprek 4 weeks / 3 werkdagen, moratorium
 * max 6 months): a gemeente cannot change the law. The one exception is the beschikking: the
 * gemeente's verordening may set a term shorter than the statutory 8 weeks (Wgs art. 4a).
 */
import { z } from 'zod';
import { borgstellingCategorieSchema, DEFAULT_BORGSTELLING_CATEGORIE } from './borgstelling';
import { buildOnce } from './build-once';
import { parseRecord, type FieldError } from './records/errors';

const wholeNumber = (field: string, min: number, max: number) =>
  z
    .number({ error: `${field} moet een getal zijn` })
    .int({ error: `${field} moet een geheel getal zijn` })
    .min(min, { error: `${field} moet minstens ${min} zijn` })
    .max(max, { error: `${field} mag hoogstens ${max} zijn` });

/** The fund's address as the letter examples give it (was the constant WAARBORGFONDS in workflows/oplossing/state.ts). */
export const DEFAULT_WAARBORGFONDS_ADRES = Object.freeze({
  name: 'Waarborgfonds Saneringskredieten',
  attention: 't.a.v. de afdeling Borgstellingen',
  line: 'Postbus 9000',
  postcode: '9997 BB',
  city: 'Fondsstad',
});

export const policySchema = buildOnce('domain/policy#policySchema', () =>
  z
    .object({
      /** Werkdagen a creditor has to answer the saldoverzoek: 10 by a Schuldenknooppunt process agreement (a contractual term, not statute; no Atw). */
      creditorAnswerWerkdagen: wholeNumber('creditorAnswerWerkdagen', 1, 60).default(10),
      /** Convenant pause for creditors whose convenant is not recorded (NVVK: 4 or 8 months). */
      defaultConvenantMonths: z
        .union([z.literal(4), z.literal(8)], { error: 'defaultConvenantMonths moet 4 of 8 zijn' })
        .default(4),
      /** Second pause from the saldo-opgave, in months (NVVK Modelconvenant 2024: 8). */
      saldoOpgavePauseMonths: wholeNumber('saldoOpgavePauseMonths', 1, 12).default(8),
      /** Looptijd of a schuldregeling (NVVK since 1 July 2023: 18 months). */
      looptijdMonths: wholeNumber('looptijdMonths', 1, 60).default(18),
      /** Days to complete the schuldregeling work (NVVK module Schuldregeling: 120). */
      schuldregelingDays: wholeNumber('schuldregelingDays', 1, 365).default(120),
      /** Werkdagen before a deadline that a reminder goes out. */
      reminderLeadWerkdagen: wholeNumber('reminderLeadWerkdagen', 0, 30).default(5),
      /** Noodstop (modelled on CJIB): pause in months, and extension once help starts. */
      noodstopMonths: wholeNumber('noodstopMonths', 1, 12).default(4),
      noodstopExtensionMonths: wholeNumber('noodstopExtensionMonths', 0, 24).default(8),
      waarborgfonds: z
        .object({
          /** Loans up to this amount (cents) are guaranteed without risk check: € 5.000. */
          automaticThresholdCents: wholeNumber(
            'waarborgfonds.automaticThresholdCents',
            0,
            100_000_000,
          ).default(500_000),
          /** Premium in basis points of the loan (100 = 1%). */
          premiumBasisPoints: wholeNumber('waarborgfonds.premiumBasisPoints', 0, 10_000).default(100),
          /** The fund's borgstelling categorie for this gemeente's saneringskredieten (domain/borgstelling.ts). */
          categorie: borgstellingCategorieSchema.default({ ...DEFAULT_BORGSTELLING_CATEGORIE }),
          /** Gemeente codes (GM0599) on the kredietbank's list at the fund; absent: the kredietbank serves this gemeente. */
          aangeslotenGemeenten: z
            .array(z.string().regex(/^GM\d{4}$/, { error: 'aangeslotenGemeenten: gemeentecode als GM0599' }))
            .optional(),
          /** Where letters to the fund go. */
          adres: z
            .object({
              name: z.string().min(1),
              attention: z.string().min(1).optional(),
              line: z.string().min(1),
              postcode: z.string().min(1),
              city: z.string().min(1),
            })
            .strict()
            .default({ ...DEFAULT_WAARBORGFONDS_ADRES }),
        })
        .prefault({}),
      /** The verordening's beschikking term in weeks after the eerste gesprek: at most 8 (Wgs art. 4a). */
      beschikkingVerordeningWeeks: wholeNumber('beschikkingVerordeningWeeks', 1, 8).default(8),
      /** Nazorg check-ins, months after the end of the schuldregeling. */
      nazorgCheckInMonths: z
        .array(wholeNumber('nazorgCheckInMonths', 1, 60), {
          error: 'nazorgCheckInMonths moet een lijst getallen zijn',
        })
        .default([3, 12]),
      /** Periodic review of income during the looptijd. */
      reviewIntervalMonths: wholeNumber('reviewIntervalMonths', 1, 18).default(6),
      /** Days a monthly betalingsregeling payment may be late before the reminder (product choice). */
      betalingsregelingGraceDays: wholeNumber('betalingsregelingGraceDays', 0, 60).default(14),
    })
    .strict()
    .refine((p) => p.reminderLeadWerkdagen < p.creditorAnswerWerkdagen, {
      error: 'reminderLeadWerkdagen moet kleiner zijn dan creditorAnswerWerkdagen',
      path: ['reminderLeadWerkdagen'],
    }),
);

export type Policy = z.output<typeof policySchema>;
export type PolicyOverrides = z.input<typeof policySchema>;

export const DEFAULT_POLICY: Policy = buildOnce('domain/policy#DEFAULT_POLICY', () =>
  Object.freeze(policySchema.parse({})),
);

export class PolicyError extends Error {
  override name = 'PolicyError';
  constructor(readonly errors: FieldError[]) {
    super(`Ongeldig beleid: ${errors.map((e) => `${e.field}: ${e.message}`).join('; ')}`);
  }
}

/** The policy of one gemeente: domain.md defaults with its overrides. Throws PolicyError naming the field. */
export function resolvePolicy(overrides: PolicyOverrides = {}): Policy {
  const result = parseRecord(policySchema, overrides);
  if (!result.ok) throw new PolicyError(result.errors);
  return result.value;
}

/**
 * The waarborgfonds settings of a policy, with defaults for a policy recorded before they existed
 * (inputs of running cases carry the policy as it was). Pure, so a workflow may call it.
 */
export function waarborgfondsSettings(policy: Pick<Policy, 'waarborgfonds'>) {
  const w = policy.waarborgfonds as Partial<Policy['waarborgfonds']>;
  return {
    categorie: w.categorie ?? { ...DEFAULT_BORGSTELLING_CATEGORIE },
    adres: w.adres ?? { ...DEFAULT_WAARBORGFONDS_ADRES },
    /** Whether the gemeente is on the kredietbank's list (no list configured: yes). */
    gemeenteAangesloten: (gemeenteCode: string) =>
      w.aangeslotenGemeenten === undefined || w.aangeslotenGemeenten.includes(gemeenteCode),
  };
}
