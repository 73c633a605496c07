/**
 * Creditor answers on its own track (creditor portal or API, or an officer typing in a paper answer). Declared
 * once in domain/records/creditor-answers.ts (the saldo-opgave in domain/records/saldo-opgave.ts), so the
 * API, the console and the track share them; re-exported here for the workflows.
 */
import { z } from 'zod';
import { buildOnce } from '../../domain/build-once';
import { creditorAnswerSchemas, paperEntrySchema } from '../../domain/records/creditor-answers';

export {
  creditorAnswerSchemas,
  CREDITOR_ANSWERS,
  paperEntrySchema,
  type CreditorAnswer,
  type CreditorAnswerInput,
  type PaperEntry,
} from '../../domain/records/creditor-answers';

const paperEntry = buildOnce('workflows/creditor-track/answers#paperEntry', () =>
  z.object({ enteredBy: paperEntrySchema.optional() }),
);
const withEntry = <S extends z.ZodType>(schema: S) => z.intersection(schema, paperEntry);

/**
 * The Update argument of each answer: the answer's schema, and for a paper answer who entered it. The server
 * sets `enteredBy` from the officer's token; the creditor's own route never passes it on.
 */
export const trackAnswerSchemas = buildOnce('workflows/creditor-track/answers#trackAnswerSchemas', () => ({
  'saldo-opgave': withEntry(creditorAnswerSchemas['saldo-opgave']),
  'vooraf-akkoord': withEntry(creditorAnswerSchemas['vooraf-akkoord']),
  'geen-medewerking': withEntry(creditorAnswerSchemas['geen-medewerking']),
  'pauze-bevestiging': withEntry(creditorAnswerSchemas['pauze-bevestiging']),
}));
