import { z } from 'zod';
import { buildOnce } from '../../domain/build-once';
import { text } from '../../domain/records/fields';

/** Creditor answers on its own track (creditor portal, or the officer typing in a paper answer). */
export const creditorAnswerSchemas = buildOnce(
  'workflows/creditor-track/answers#creditorAnswerSchemas',
  () =>
    ({
      'saldo-opgave': z.object({
        amount: z
          .number({ error: 'amount (saldo in centen) moet een geheel getal zijn' })
          .int({ error: 'amount (saldo in centen) moet een geheel getal zijn' })
          .positive({ error: 'amount (saldo in centen) moet groter dan nul zijn' }),
        reference: text('reference (uw kenmerk)', 100),
        preferent: z.boolean().optional(),
      }),
      'vooraf-akkoord': z.object({}),
      'geen-medewerking': z.object({ reason: text('reason (reden)', 500) }),
      'pauze-bevestiging': z.object({ confirmed: z.literal(true, { error: 'confirmed moet true zijn' }) }),
    }) as const,
);

export type CreditorAnswer = keyof typeof creditorAnswerSchemas;
export type CreditorAnswerInput<A extends CreditorAnswer> = z.output<(typeof creditorAnswerSchemas)[A]>;
export const CREDITOR_ANSWERS = Object.keys(creditorAnswerSchemas) as CreditorAnswer[];

