/**
 * A creditor's answers on its own track: from the creditor portal or API, or typed in by an officer from a
 * paper answer. One zod schema per answer; the API, the console and the track's Update validator all use these.
 */
import { z } from 'zod';
import { buildOnce } from '../build-once';
import { civilDateField, idField, text } from './fields';
import { saldoOpgaveSchema } from './saldo-opgave';

export const creditorAnswerSchemas = buildOnce(
  'domain/records/creditor-answers#creditorAnswerSchemas',
  () =>
    ({
      'saldo-opgave': saldoOpgaveSchema,
      'vooraf-akkoord': z.object({}),
      'geen-medewerking': z.object({ reason: text('reason (reden)', 500) }),
      'pauze-bevestiging': z.object({ confirmed: z.literal(true, { error: 'confirmed moet true zijn' }) }),
    }) as const,
);

export type CreditorAnswer = keyof typeof creditorAnswerSchemas;
export type CreditorAnswerInput<A extends CreditorAnswer> = z.output<(typeof creditorAnswerSchemas)[A]>;
export const CREDITOR_ANSWERS = Object.keys(creditorAnswerSchemas) as CreditorAnswer[];

/**
 * Who put an answer in: set by the server from the officer's token for a paper answer (never from a body a
 * creditor sends). `receivedOn` is the day the paper answer arrived, when the officer knows it.
 */
export const paperEntrySchema = buildOnce('domain/records/creditor-answers#paperEntry', () =>
  z
    .object({
      officerId: idField('officerId'),
      receivedOn: civilDateField('receivedOn (datum ontvangen)').optional(),
    })
    .strict(),
);
export type PaperEntry = z.infer<typeof paperEntrySchema>;
