import { CsvFileError, parseCsv, splitRecord } from '../../../domain/skn/csv';
import { saldoCsvColumns, saldoCsvRow } from '../../../domain/skn/saldo-csv';

describe('parseCsv', () => {
  it('reads ; separated rows with quotes, doubled quotes, CRLF, a BOM and a trailing empty line', () => {
    const t = parseCsv(
      '\uFEFFzaakkenmerk;bedrag;referentie\r\nGM0599-2026-0001;1.234,56;"ref ""A""; 1"\r\n\r\n',
    );
    expect(t.separator).toBe(';');
    expect(t.header).toEqual(['zaakkenmerk', 'bedrag', 'referentie']);
    expect(t.rows).toEqual([{ rij: 2, fields: ['GM0599-2026-0001', '1.234,56', 'ref "A"; 1'] }]);
  });

  it('reads , separated rows with a quoted euro amount and a newline inside quotes', () => {
    const t = parseCsv(
      'zaakkenmerk,bedrag,referentie\nGM0599-2026-0001,"12,50","a\nb"\nGM0599-2026-0002,7,x\n',
    );
    expect(t.rows.map((r) => r.fields)).toEqual([
      ['GM0599-2026-0001', '12,50', 'a\nb'],
      ['GM0599-2026-0002', '7', 'x'],
    ]);
    // The second record starts on line 4 of the file but is the third spreadsheet row.
    expect(t.rows.map((r) => r.rij)).toEqual([2, 3]);
  });

  it('refuses a bad row on its own and keeps the others', () => {
    const t = parseCsv('a;b\n1;2\n1;2;3\nx"y;2\n"q"z;2\n5;6');
    expect(t.rows).toEqual([
      { rij: 2, fields: ['1', '2'] },
      { rij: 3, fields: [], error: '3 velden, de kolomnamen noemen er 2' },
      { rij: 4, fields: [], error: expect.stringContaining('midden in een veld') },
      { rij: 5, fields: [], error: expect.stringContaining('scheidingsteken (;)') },
      { rij: 6, fields: ['5', '6'] },
    ]);
  });

  it('refuses an empty file, an unclosed quote and too many rows as a whole', () => {
    expect(() => parseCsv('')).toThrow(CsvFileError);
    expect(() => parseCsv('a;b\n"1;2\n3;4')).toThrow('Rij 2: een aanhalingsteken');
    expect(() => parseCsv('a\n1\n2\n3', 2)).toThrow('Te veel rijen: 3');
  });

  it('splits an empty last field', () => {
    expect(splitRecord('a;;', ';')).toEqual({ fields: ['a', '', ''] });
  });
});

describe('saldo-opgave rows', () => {
  const table = (text: string) => {
    const t = parseCsv(text);
    const columns = saldoCsvColumns(t.header);
    return t.rows.map((r) => saldoCsvRow(r, columns));
  };

  it('turns euro with a comma, centen and parts into cents, with kenmerk and vooraf akkoord', () => {
    const rows = table(
      [
        'Zaakkenmerk;bedrag;bedragCenten;hoofdsom;rente;kosten;referentie;vooraf akkoord',
        'GM0599-2026-0001;1.234,56;;;;;BD-1;nee',
        'GM0599-2026-0002;;98765;;;;;ja',
        'GM0599-2026-0003;;;100,00;12,5;0,45;;',
        'GM0599-2026-0004;;;;;;;ja',
      ].join('\n'),
    );
    expect(rows).toEqual([
      {
        rij: 2,
        ok: true,
        antwoord: {
          zaakkenmerk: 'GM0599-2026-0001',
          saldoOpgave: { amount: 123456, kenmerkSchuldeiser: 'BD-1' },
          voorafAkkoord: false,
        },
      },
      {
        rij: 3,
        ok: true,
        antwoord: { zaakkenmerk: 'GM0599-2026-0002', saldoOpgave: { amount: 98765 }, voorafAkkoord: true },
      },
      {
        rij: 4,
        ok: true,
        antwoord: {
          zaakkenmerk: 'GM0599-2026-0003',
          saldoOpgave: { hoofdsom: 10000, rente: 1250, kosten: 45 },
          voorafAkkoord: false,
        },
      },
      { rij: 5, ok: true, antwoord: { zaakkenmerk: 'GM0599-2026-0004', voorafAkkoord: true } },
    ]);
  });

  it('gives each bad row its Dutch reason', () => {
    const rows = table(
      [
        'zaakkenmerk;bedrag;bedragCenten;voorafAkkoord',
        '2026-0001;10,00;;',
        'GM0599-2026-0002;tien euro;;',
        'GM0599-2026-0003;10,00;1000;',
        'GM0599-2026-0004;;12,5;',
        'GM0599-2026-0005;-3,00;;',
        'GM0599-2026-0006;;;misschien',
        'GM0599-2026-0007;;;nee',
      ].join('\n'),
    );
    expect(rows.map((r) => (r.ok ? 'ok' : r.reden))).toEqual([
      'zaakkenmerk moet de vorm GM0599-2026-0001 hebben (zie de brief).',
      'bedrag "tien euro" is geen bedrag in euro (voorbeeld: 1234,56).',
      'vul bedrag óf bedragCenten in, niet allebei.',
      'bedragCenten "12,5" moet een geheel aantal centen zijn.',
      'bedrag "-3,00" mag niet negatief zijn.',
      'voorafAkkoord "misschien" moet ja of nee zijn.',
      'saldoOpgave ontbreekt: geef een saldo-opgave, of voorafAkkoord true (of beide).',
    ]);
  });

  it('refuses a header without zaakkenmerk or amount, or with an unknown column', () => {
    expect(() => saldoCsvColumns(['bedrag'])).toThrow('Kolom zaakkenmerk ontbreekt');
    expect(() => saldoCsvColumns(['zaakkenmerk', 'referentie'])).toThrow('Kolom bedrag');
    expect(() => saldoCsvColumns(['zaakkenmerk', 'bedrag', 'iban'])).toThrow('Onbekende kolom "iban"');
    expect(() => saldoCsvColumns(['zaakkenmerk', 'bedrag', 'caseReference'])).toThrow('twee keer');
  });
});
