import { z } from 'zod';
import { buildOnce } from '../../domain/build-once';
import { centsField, civilDateField, idField, text } from '../../domain/records/fields';

/**
 * What people do to an oplossing, one zod schema per Update (named after it). Used at the edge (services) and
 * again in the workflow's update validators, so input that bypasses the edge is refused the same way.
 * Who may send which: officer actions carry `officerId` (from authentication), creditor answers `creditorId`
 * (from the creditor session), the waarborgfonds decision `by` (the fund's own reference of the decision).
 */

const officer = buildOnce('workflows/oplossing/actions#officer', () => ({ officerId: idField('officerId') }));
const creditor = buildOnce('workflows/oplossing/actions#creditor', () => ({
  creditorId: idField('creditorId'),
}));
const on = buildOnce('workflows/oplossing/actions#on', () => ({ date: civilDateField('date (datum)') }));

export const oplossingActionSchemas = buildOnce(
  'workflows/oplossing/actions#oplossingActionSchemas',
  () =>
    ({
      /** Officer: afloscapaciteit (cents per month), the VTLB basis it came from, and the form. */
      'oplossing-start': z
        .object({
          ...officer,
          afloscapaciteitPerMonth: centsField('afloscapaciteitPerMonth (afloscapaciteit per maand)').min(0, {
            error: 'afloscapaciteitPerMonth mag niet negatief zijn',
          }),
          vtlbBasis: text('vtlbBasis (berekening VTLB)', 600),
          form: z.enum(['betalingsregeling', 'saneringskrediet'], {
            error: 'form moet betalingsregeling of saneringskrediet zijn',
          }),
          kredietbank: text('kredietbank (naam kredietbank)', 100).optional(),
          /** Whether the gemeente uses the Waarborgfonds Saneringskredieten for this credit. */
          waarborgfonds: z.boolean({ error: 'waarborgfonds moet true of false zijn' }).default(true),
        })
        .refine((a) => a.form !== 'saneringskrediet' || a.kredietbank, {
          error: 'kredietbank: bij een saneringskrediet is de kredietbank verplicht',
          path: ['kredietbank'],
        })
        // OpenAPI: the same rule as JSON Schema says it.
        .meta({
          if: { properties: { form: { const: 'saneringskrediet' } }, required: ['form'] },
          then: { required: ['kredietbank'] },
        }),
      /** Creditor: agrees with the betaalvoorstel (or with the heroverweging). */
      'voorstel-akkoord': z.object({ ...creditor }),
      /** Creditor: rejects the betaalvoorstel, with its reason. */
      'voorstel-afwijzing': z.object({ ...creditor, reason: text('reason (reden afwijzing)', 300) }),
      /** Officer: petition for a dwangakkoord (Fw art. 287a) against a creditor that keeps refusing. */
      'dwangakkoord-verzoek': z.object({ ...officer, ...creditor, ...on }),
      'dwangakkoord-zitting': z.object({ ...officer, ...creditor, ...on }),
      'dwangakkoord-uitspraak': z.object({
        ...officer,
        ...creditor,
        ...on,
        granted: z.boolean({ error: 'granted moet true of false zijn' }),
        /**
         * A refused dwangakkoord: the court decides the Wsnp request in the same ruling (Fw art. 287a). Absent:
         * admitted; false: not admitted either (the officer then chooses how the case goes on).
         */
        wsnpToegelaten: z.boolean({ error: 'wsnpToegelaten moet true of false zijn' }).optional(),
      }),
      /** Officer: no minnelijke regeling possible; the gemeente issues the Wsnp-verklaring (Fw art. 285). */
      'wsnp-verklaring': z.object({
        ...officer,
        ...on,
        reason: text('reason (toelichting)', 400),
        /** First payment of the resident in the minnelijk traject, if before the looptijd (Fw art. 349a). */
        firstAflossingOn: civilDateField('firstAflossingOn (datum eerste aflossing)').optional(),
      }),
      /** Waarborgfonds: decision on a borgstelling above the automatic limit. */
      'borgstelling-besluit': z.object({
        by: text('by (kenmerk besluit waarborgfonds)', 60),
        ...on,
        granted: z.boolean({ error: 'granted moet true of false zijn' }),
      }),
      /**
       * Officer: how the case goes on after the waarborgfonds's rule refused the borgstelling at once: a
       * betalingsregeling instead, or the saneringskrediet without borgstelling (the Wsnp: wsnp-verklaring).
       */
      'borgstelling-vervolg': z.object({
        ...officer,
        ...on,
        route: z.enum(['betalingsregeling', 'zonder-borgstelling'], {
          error: 'route moet betalingsregeling of zonder-borgstelling zijn',
        }),
      }),
      /** Officer: a monthly payment of the resident received (betalingsregeling or credit instalment). */
      betaling: z.object({
        ...officer,
        ...on,
        amount: centsField('amount (bedrag in centen)').positive({
          error: 'amount moet groter dan nul zijn',
        }),
      }),
      /** Officer: ends the regeling early (beëindigingsbeschikking, Wgs art. 4a lid 6). */
      'regeling-beeindigen': z.object({
        ...officer,
        ...on,
        reason: z.enum(['niet-nagekomen', 'op-verzoek', 'overlijden', 'overig'], {
          error: 'reason moet niet-nagekomen, op-verzoek, overlijden of overig zijn',
        }),
        grounds: z
          .array(text('grounds[] (grond)', 400))
          .min(1, { error: 'grounds: minstens één grond voor de beëindiging' }),
        /** Date of the beschikking toelating, printed on the beëindigingsbeschikking. */
        admissionDate: civilDateField('admissionDate (datum beschikking toelating)'),
      }),
      /** Creditor: grants finale kwijting for the rest of its claim. */
      'finale-kwijting': z.object({ ...creditor, ...on }),
    }) as const,
);

export type OplossingAction = keyof typeof oplossingActionSchemas;
export type OplossingActionInput<A extends OplossingAction> = z.output<(typeof oplossingActionSchemas)[A]>;
export const OPLOSSING_ACTIONS = Object.keys(oplossingActionSchemas) as OplossingAction[];

/** Who sends each update: what the front doors check before they pass it on. */
export const OPLOSSING_ACTION_ROLES: Record<OplossingAction, 'officer' | 'creditor' | 'waarborgfonds'> = {
  'oplossing-start': 'officer',
  'voorstel-akkoord': 'creditor',
  'voorstel-afwijzing': 'creditor',
  'dwangakkoord-verzoek': 'officer',
  'dwangakkoord-zitting': 'officer',
  'dwangakkoord-uitspraak': 'officer',
  'wsnp-verklaring': 'officer',
  'borgstelling-besluit': 'waarborgfonds',
  'borgstelling-vervolg': 'officer',
  betaling: 'officer',
  'regeling-beeindigen': 'officer',
  'finale-kwijting': 'creditor',
};
