import { z } from 'zod';
import { civilDateField, debtorSchema, nonNegativeCents } from '../schemas';
import {
  ORGANISATION_SALUTATION,
  accessBlock,
  answerDeadline,
  answerFields,
  b,
  datum,
  debtorTable,
  defineLetter,
  euro,
  formField,
  money,
  p,
  questions,
  table,
} from './common';

/** The end of a completed schuldregeling: asking for and confirming finale kwijting. */

export const verzoekFinaleKwijting = defineLetter({
  title: 'Verzoek finale kwijting',
  recipientType: 'creditor',
  asksForAnswer: true,
  schema: z.object({
    debtor: debtorSchema,
    form: formField,
    startDate: civilDateField,
    endDate: civilDateField,
    claimCents: nonNegativeCents,
    paidCents: nonNegativeCents,
    remainingCents: nonNegativeCents,
    ...answerFields,
  }),
  render: (ctx, _recipient, data) => ({
    subject: 'Verzoek om finale kwijting',
    salutation: ORGANISATION_SALUTATION,
    blocks: [
      p(
        `De ${data.form === 'betalingsregeling' ? 'betalingsregeling' : 'schuldregeling met saneringskrediet'} voor de `,
        `persoon hieronder liep van ${datum(data.startDate)} tot en met ${datum(data.endDate)} en is nu afgerond. `,
        'De schuldenaar heeft zich aan de afspraken gehouden.',
      ),
      debtorTable(data.debtor),
      table(
        money('Uw vordering bij de start', data.claimCents),
        money('Door u ontvangen', data.paidCents),
        money('Kwijt te schelden restant', data.remainingCents, true),
      ),
      p(
        'Volgens de afspraken in de schuldregeling vragen wij u nu ',
        b('finale kwijting'),
        ' te verlenen: u scheldt het restant van ',
        b(euro(data.remainingCents)),
        ' kwijt en verklaart dat de schuldenaar u voor deze vordering niets meer verschuldigd is.',
      ),
      answerDeadline('Graag uw verklaring uiterlijk op', data.answerBefore, data.answerTermWorkdays),
      accessBlock(ctx),
      questions(ctx),
    ],
  }),
});

export const bevestigingFinaleKwijting = defineLetter({
  title: 'Bevestiging finale kwijting',
  recipientType: 'creditor',
  asksForAnswer: false,
  schema: z.object({
    debtor: debtorSchema,
    kwijtingDate: civilDateField,
    claimCents: nonNegativeCents,
    paidCents: nonNegativeCents,
    writtenOffCents: nonNegativeCents,
  }),
  render: (ctx, _recipient, data) => ({
    subject: 'Bevestiging finale kwijting',
    salutation: ORGANISATION_SALUTATION,
    blocks: [
      p(
        `Hartelijk dank. U heeft op ${datum(data.kwijtingDate)} finale kwijting verleend voor uw vordering op de `,
        'persoon hieronder. Daarmee is de schuldregeling voor uw vordering afgesloten.',
      ),
      debtorTable(data.debtor),
      table(
        money('Uw vordering bij de start', data.claimCents),
        money('Ontvangen via de schuldregeling', data.paidCents),
        money('Kwijtgescholden', data.writtenOffCents, true),
      ),
      p(
        'Wilt u de vordering in uw administratie afboeken, een eventuele registratie (zoals bij het BKR) aanpassen en ',
        'lopende incasso- of beslagmaatregelen intrekken? U hoeft op deze brief niet te reageren.',
      ),
      questions(ctx),
    ],
  }),
});
