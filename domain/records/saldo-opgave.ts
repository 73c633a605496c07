/**
 * The saldo-opgave: a creditor's answer to the saldoverzoek. It carries what the saldoverzoek letter asks:
 * hoofdsom, rente and kosten separately, the date the debt arose, any beslag (loonbeslag, bankbeslag, …)
 * and the creditor's own kenmerk. The Dutch field names follow the Schuldenknooppunt's saldo-opgave
 * vocabulary (hoofdsom, rente, kosten, datum ontstaan, beslag, kenmerk schuldeiser); the SKN's XML schema
 * itself is only given to participants, so the names are the vocabulary, not a copy of that XSD.
 *
 * Old answers stay valid: `{ amount, reference }` (one total, the kenmerk) is still a saldo-opgave.
 * Amounts are integer cents.
 */
import { z } from 'zod';
import { buildOnce } from '../build-once';
import type { CivilDate } from '../civil-date';
import type { Cents } from '../money';
import { centsField, civilDateField, text } from './fields';

const partCents = (field: string) => centsField(field).min(0, { error: `${field} mag niet negatief zijn` });

export const BESLAG_SOORTEN = ['loonbeslag', 'bankbeslag', 'beslag-roerende-zaken', 'ander-beslag'] as const;
export type BeslagSoort = (typeof BESLAG_SOORTEN)[number];

export const beslagSchema = buildOnce('domain/records/saldo-opgave#beslag', () =>
  z
    .object({
      soort: z.enum(BESLAG_SOORTEN, {
        error: 'soort beslag moet loonbeslag, bankbeslag, beslag-roerende-zaken of ander-beslag zijn',
      }),
      /** Day the beslag was laid. */
      gelegdOp: civilDateField('gelegdOp (datum beslag)').optional(),
      /** Who laid it (a deurwaarder, the creditor itself, the CJIB, …). */
      beslaglegger: text('beslaglegger', 200).optional(),
      /** What the beslag takes per month, when it is a loonbeslag. */
      bedragPerMaand: partCents('bedragPerMaand (bedrag per maand in centen)').optional(),
    })
    .strict(),
);
export type Beslag = z.infer<typeof beslagSchema>;

export const saldoOpgaveSchema = buildOnce('domain/records/saldo-opgave#saldoOpgave', () =>
  z
    .object({
      /** Hoofdsom: the original debt still open, in cents. */
      hoofdsom: partCents('hoofdsom (in centen)').optional(),
      /** Rente: interest charged so far, in cents. */
      rente: partCents('rente (in centen)').optional(),
      /** Kosten: collection and other costs, in cents. */
      kosten: partCents('kosten (in centen)').optional(),
      /** Datum ontstaan: the day the debt arose. */
      datumOntstaan: civilDateField('datumOntstaan (datum ontstaan schuld)').optional(),
      /** Beslag on the resident's income or goods for this claim; an empty list: none. */
      beslag: z.array(beslagSchema, { error: 'beslag moet een lijst zijn' }).max(10).optional(),
      /** Kenmerk schuldeiser: the creditor's own reference (optional; prefilled where known). */
      kenmerkSchuldeiser: text('kenmerkSchuldeiser (uw kenmerk)', 100).optional(),
      /** Older answers: the total saldo in cents (still accepted; with a breakdown it must equal the sum). */
      amount: z
        .number({ error: 'amount (saldo in centen) moet een geheel getal zijn' })
        .int({ error: 'amount (saldo in centen) moet een geheel getal zijn' })
        .positive({ error: 'amount (saldo in centen) moet groter dan nul zijn' })
        .optional(),
      /** Older answers: the kenmerk under its former name. */
      reference: text('reference (uw kenmerk)', 100).optional(),
      preferent: z.boolean({ error: 'preferent moet true of false zijn' }).optional(),
    })
    .superRefine((s, ctx) => {
      const parts = (s.hoofdsom ?? 0) + (s.rente ?? 0) + (s.kosten ?? 0);
      const hasParts = s.hoofdsom !== undefined || s.rente !== undefined || s.kosten !== undefined;
      if (!hasParts && s.amount === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['hoofdsom'],
          message: 'hoofdsom ontbreekt: vul de hoofdsom in (en zo nodig rente en kosten)',
        });
      } else if (hasParts && s.hoofdsom === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['hoofdsom'],
          message: 'hoofdsom ontbreekt: vul ook de hoofdsom in, naast rente en kosten',
        });
      } else if (hasParts && parts <= 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['hoofdsom'],
          message: 'hoofdsom, rente en kosten samen moeten meer dan nul zijn',
        });
      } else if (hasParts && s.amount !== undefined && s.amount !== parts) {
        ctx.addIssue({
          code: 'custom',
          path: ['amount'],
          message: 'amount (saldo) moet gelijk zijn aan hoofdsom + rente + kosten',
        });
      }
      if (
        s.kenmerkSchuldeiser !== undefined &&
        s.reference !== undefined &&
        s.kenmerkSchuldeiser !== s.reference
      ) {
        ctx.addIssue({
          code: 'custom',
          path: ['reference'],
          message: 'geef het kenmerk één keer op (kenmerkSchuldeiser)',
        });
      }
    })
    // What JSON Schema can say of those rules, for the OpenAPI document: a hoofdsom or an older total, and rente
    // or kosten only beside a hoofdsom. (That the parts add up to the total, and to more than nil, it cannot.)
    .meta({
      anyOf: [{ required: ['hoofdsom'] }, { required: ['amount'] }],
      dependentRequired: { rente: ['hoofdsom'], kosten: ['hoofdsom'] },
    }),
);
export type SaldoOpgave = z.output<typeof saldoOpgaveSchema>;

/** A saldo-opgave as the track keeps it: the total, with its parts when the creditor gave them. */
export interface SaldoOpgaveRecord {
  totaal: Cents;
  hoofdsom?: Cents;
  rente?: Cents;
  kosten?: Cents;
  datumOntstaan?: CivilDate;
  beslag: Beslag[];
  kenmerkSchuldeiser?: string;
}

/** The normal form of a valid saldo-opgave (old `{ amount, reference }` answers included). */
export function normaliseSaldoOpgave(s: SaldoOpgave): SaldoOpgaveRecord {
  const hasParts = s.hoofdsom !== undefined;
  const record: SaldoOpgaveRecord = {
    totaal: hasParts ? (s.hoofdsom ?? 0) + (s.rente ?? 0) + (s.kosten ?? 0) : s.amount!,
    beslag: s.beslag ?? [],
  };
  if (hasParts) {
    record.hoofdsom = s.hoofdsom!;
    record.rente = s.rente ?? 0;
    record.kosten = s.kosten ?? 0;
  }
  if (s.datumOntstaan !== undefined) record.datumOntstaan = s.datumOntstaan;
  const kenmerk = s.kenmerkSchuldeiser ?? s.reference;
  if (kenmerk !== undefined) record.kenmerkSchuldeiser = kenmerk;
  return record;
}
