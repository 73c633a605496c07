/** The saldo-opgave as the saldoverzoek asks it (issue 13 item 11); old answers stay valid. */
import { normaliseSaldoOpgave, saldoOpgaveSchema } from '../../../domain/records/saldo-opgave';
import { parseRecord } from '../../../domain/records/errors';

describe('saldo-opgave', () => {
  test('breakdown: 2.500,00 + 312,40 + 40,00 = 2.852,40, with datum ontstaan, loonbeslag and kenmerk', () => {
    const parsed = saldoOpgaveSchema.parse({
      hoofdsom: 250_000,
      rente: 31_240,
      kosten: 4_000,
      datumOntstaan: '2024-11-05',
      beslag: [
        {
          soort: 'loonbeslag',
          gelegdOp: '2025-09-01',
          beslaglegger: 'Deurwaarder X',
          bedragPerMaand: 15_000,
        },
      ],
      kenmerkSchuldeiser: 'ZK-88',
    });
    expect(normaliseSaldoOpgave(parsed)).toEqual({
      totaal: 285_240,
      hoofdsom: 250_000,
      rente: 31_240,
      kosten: 4_000,
      datumOntstaan: '2024-11-05',
      beslag: [
        {
          soort: 'loonbeslag',
          gelegdOp: '2025-09-01',
          beslaglegger: 'Deurwaarder X',
          bedragPerMaand: 15_000,
        },
      ],
      kenmerkSchuldeiser: 'ZK-88',
    });
  });

  test('an old answer { amount, reference } is still a saldo-opgave; the kenmerk may be left out', () => {
    expect(
      normaliseSaldoOpgave(saldoOpgaveSchema.parse({ amount: 315_075, reference: 'HUUR-2026-0042' })),
    ).toEqual({
      totaal: 315_075,
      beslag: [],
      kenmerkSchuldeiser: 'HUUR-2026-0042',
    });
    expect(normaliseSaldoOpgave(saldoOpgaveSchema.parse({ hoofdsom: 100 }))).toEqual({
      totaal: 100,
      hoofdsom: 100,
      rente: 0,
      kosten: 0,
      beslag: [],
    });
  });

  test.each([
    [{}, 'hoofdsom'],
    [{ rente: 100 }, 'hoofdsom'],
    [{ hoofdsom: 0 }, 'hoofdsom'],
    [{ hoofdsom: 1000, rente: 5, amount: 1000 }, 'amount'],
    [{ hoofdsom: -1 }, 'hoofdsom'],
    [{ hoofdsom: 1, datumOntstaan: '2025-02-30' }, 'datumOntstaan'],
    [{ hoofdsom: 1, beslag: [{ soort: 'huisbeslag' }] }, 'beslag[0].soort'],
  ])('%j is refused naming %s', (body, field) => {
    const result = parseRecord(saldoOpgaveSchema, body);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]!.field).toBe(field);
  });
});
