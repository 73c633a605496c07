/**
 * The creditor's answers in the Schuldenknooppunt's vocabulary, as the SKN-vocabulary API and the CSV upload
 * take them. Each names the dossier (zaakkenmerk, as printed on our letters) and, when a credential speaks for
 * more than one creditor, the creditor (schuldeiser). The saldo-opgave inside is our own record
 * (domain/records/saldo-opgave.ts), whose field names already follow the SKN's saldo-opgave.
 */
import { z } from 'zod';
import { buildOnce } from '../build-once';
import { idField, text } from '../records/fields';
import { saldoOpgaveSchema } from '../records/saldo-opgave';

export const ZAAKKENMERK_PATTERN = /^GM\d{4}-[A-Za-z0-9][A-Za-z0-9-]{0,39}$/;

const zaakkenmerk = z
  .string({ error: 'zaakkenmerk ontbreekt of is geen tekst' })
  .trim()
  .regex(ZAAKKENMERK_PATTERN, { error: 'zaakkenmerk moet de vorm GM0599-2026-0001 hebben (zie de brief)' });

const addressed = {
  zaakkenmerk,
  /** Needed only when the credential speaks for more than one creditor. */
  schuldeiser: idField('schuldeiser').optional(),
};

export const saldoverzoekAntwoordSchema = buildOnce('domain/skn/answers#saldoverzoekAntwoord', () =>
  z
    .object({
      ...addressed,
      saldoOpgave: saldoOpgaveSchema.optional(),
      /** Collectief schuldregelen: akkoord vooraf, op voorwaarde van saneringskrediet en budgetbeheer. */
      voorafAkkoord: z.boolean({ error: 'voorafAkkoord moet true of false zijn' }).optional(),
    })
    .superRefine((a, ctx) => {
      if (!a.saldoOpgave && a.voorafAkkoord !== true)
        ctx.addIssue({
          code: 'custom',
          path: ['saldoOpgave'],
          message: 'saldoOpgave ontbreekt: geef een saldo-opgave, of voorafAkkoord true (of beide)',
        });
    })
    .meta({
      anyOf: [
        { required: ['saldoOpgave'] },
        { required: ['voorafAkkoord'], properties: { voorafAkkoord: { const: true } } },
      ],
    }),
);
export type SaldoverzoekAntwoord = z.output<typeof saldoverzoekAntwoordSchema>;

export const betaalvoorstelAntwoordSchema = buildOnce('domain/skn/answers#betaalvoorstelAntwoord', () =>
  z.discriminatedUnion(
    'antwoord',
    [
      z.object({ ...addressed, antwoord: z.literal('akkoord') }),
      z.object({
        ...addressed,
        antwoord: z.literal('afwijzing'),
        reden: text('reden (reden afwijzing)', 300),
      }),
    ],
    { error: 'antwoord moet akkoord of afwijzing zijn' },
  ),
);
export type BetaalvoorstelAntwoord = z.output<typeof betaalvoorstelAntwoordSchema>;

export const geenMedewerkingSchema = buildOnce('domain/skn/answers#geenMedewerking', () =>
  z.object({ ...addressed, reden: text('reden', 500) }),
);
export type GeenMedewerking = z.output<typeof geenMedewerkingSchema>;
