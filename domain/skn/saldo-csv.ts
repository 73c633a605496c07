/**
 * Saldo-opgaven in bulk: one CSV row per dossier, turned into a SaldoverzoekAntwoord each, or a Dutch reason why
 * the row cannot be one. Columns (names case-insensitive, in any order):
 *   zaakkenmerk (or caseReference)  required
 *   schuldeiser (or creditorId)     when the credential speaks for more than one creditor
 *   bedrag                          the saldo in euro: 1234,56 or 1.234,56 (or bedragCenten: 123456)
 *   hoofdsom, rente, kosten         instead of bedrag: the parts in euro
 *   referentie (or kenmerk)         the creditor's own kenmerk
 *   voorafAkkoord                   ja / nee (also true/false, 1/0); empty is nee
 * Pure: the API applies each accepted row through the same route as a single answer.
 */
import { parseEuro } from '../money';
import { fieldErrors } from '../records/errors';
import type { CsvRow } from './csv';
import { saldoverzoekAntwoordSchema, type SaldoverzoekAntwoord } from './answers';

const COLUMNS = {
  zaakkenmerk: ['zaakkenmerk', 'casereference'],
  schuldeiser: ['schuldeiser', 'creditorid'],
  bedrag: ['bedrag'],
  bedragCenten: ['bedragcenten'],
  hoofdsom: ['hoofdsom'],
  rente: ['rente'],
  kosten: ['kosten'],
  referentie: ['referentie', 'kenmerk'],
  voorafAkkoord: ['voorafakkoord', 'vooraf akkoord', 'vooraf_akkoord'],
} as const;
type Column = keyof typeof COLUMNS;

export type SaldoCsvRow =
  | { rij: number; ok: true; antwoord: SaldoverzoekAntwoord }
  | { rij: number; ok: false; reden: string; zaakkenmerk?: string };

/** Which field each column holds; throws (Dutch) when a required column is missing or one appears twice. */
export function saldoCsvColumns(header: readonly string[]): Partial<Record<Column, number>> {
  const found: Partial<Record<Column, number>> = {};
  header.forEach((name, index) => {
    const key = name.trim().toLowerCase();
    const column = (Object.keys(COLUMNS) as Column[]).find((c) =>
      (COLUMNS[c] as readonly string[]).includes(key),
    );
    if (!column)
      throw new RangeError(`Onbekende kolom "${name}"; bekend zijn: ${Object.keys(COLUMNS).join(', ')}`);
    if (found[column] !== undefined) throw new RangeError(`Kolom ${column} staat er twee keer in`);
    found[column] = index;
  });
  if (found.zaakkenmerk === undefined) throw new RangeError('Kolom zaakkenmerk ontbreekt');
  if (found.bedrag === undefined && found.bedragCenten === undefined && found.hoofdsom === undefined)
    throw new RangeError('Kolom bedrag (of bedragCenten, of hoofdsom) ontbreekt');
  return found;
}

function euroCents(value: string, column: string): number {
  let cents: number;
  try {
    cents = parseEuro(value);
  } catch {
    throw new RangeError(`${column} "${value}" is geen bedrag in euro (voorbeeld: 1234,56)`);
  }
  if (cents < 0) throw new RangeError(`${column} "${value}" mag niet negatief zijn`);
  return cents;
}

function yesNo(value: string): boolean {
  const v = value.trim().toLowerCase();
  if (['', 'nee', 'n', 'false', '0'].includes(v)) return false;
  if (['ja', 'j', 'true', '1'].includes(v)) return true;
  throw new RangeError(`voorafAkkoord "${value}" moet ja of nee zijn`);
}

/** One row as a SaldoverzoekAntwoord, or the reason it is refused. */
export function saldoCsvRow(row: CsvRow, columns: Partial<Record<Column, number>>): SaldoCsvRow {
  if (row.error) return { rij: row.rij, ok: false, reden: `Rij niet leesbaar: ${row.error}.` };
  const get = (c: Column) => (columns[c] === undefined ? '' : (row.fields[columns[c]!] ?? '').trim());
  const zaakkenmerk = get('zaakkenmerk') || undefined;
  try {
    const saldo: Record<string, unknown> = {};
    const bedrag = get('bedrag');
    const centen = get('bedragCenten');
    if (bedrag && centen) throw new RangeError('vul bedrag óf bedragCenten in, niet allebei');
    if (bedrag) saldo.amount = euroCents(bedrag, 'bedrag');
    if (centen) {
      if (!/^\d+$/.test(centen))
        throw new RangeError(`bedragCenten "${centen}" moet een geheel aantal centen zijn`);
      saldo.amount = Number(centen);
    }
    for (const part of ['hoofdsom', 'rente', 'kosten'] as const) {
      const value = get(part);
      if (value) saldo[part] = euroCents(value, part);
    }
    const referentie = get('referentie');
    if (referentie) saldo.kenmerkSchuldeiser = referentie;
    const hasSaldo = Object.keys(saldo).some((k) => k !== 'kenmerkSchuldeiser');
    const input = {
      zaakkenmerk: zaakkenmerk ?? '',
      ...(get('schuldeiser') ? { schuldeiser: get('schuldeiser') } : {}),
      ...(hasSaldo ? { saldoOpgave: saldo } : {}),
      voorafAkkoord: yesNo(get('voorafAkkoord')),
    };
    const parsed = saldoverzoekAntwoordSchema.safeParse(input);
    if (!parsed.success) {
      const reasons = fieldErrors(parsed.error).map((e) => e.message);
      return {
        rij: row.rij,
        ok: false,
        reden: `${reasons.join('; ')}.`,
        ...(zaakkenmerk ? { zaakkenmerk } : {}),
      };
    }
    return { rij: row.rij, ok: true, antwoord: parsed.data };
  } catch (error) {
    return {
      rij: row.rij,
      ok: false,
      reden: `${(error as Error).message}.`,
      ...(zaakkenmerk ? { zaakkenmerk } : {}),
    };
  }
}
