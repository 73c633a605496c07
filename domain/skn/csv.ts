/**
 * A small strict CSV reader (RFC 4180): fields separated by ';' (Dutch spreadsheets, where the comma is the
 * decimal sign) or ',', the separator taken from the header line; fields may be quoted with '"', a quote inside
 * doubled; CRLF or LF; a UTF-8 byte-order mark is dropped. A row with a stray quote is refused on its own; a quote
 * that is never closed makes the file unreadable (nothing after it can be trusted). Pure, no I/O.
 */

export interface CsvRow {
  /** Row number as a spreadsheet shows it: the header is row 1. */
  rij: number;
  fields: string[];
  /** Why the row could not be read (then `fields` is empty). */
  error?: string;
}

export interface CsvTable {
  separator: ';' | ',';
  header: string[];
  rows: CsvRow[];
}

export class CsvFileError extends Error {
  override name = 'CsvFileError';
}

/**
 * Splits into records, keeping newlines inside quoted fields; returns the raw text of each record. A quote opens a
 * quoted field only at the start of a field; inside one, a doubled quote is a quote and a single one closes it.
 */
function records(text: string, separator: string): string[] {
  const out: string[] = [];
  let start = 0;
  let quoted = false;
  let fieldStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') i++;
        else quoted = false;
      }
      continue;
    }
    if (c === '"' && fieldStart) quoted = true;
    else if (c === '\n') {
      out.push(text.slice(start, i).replace(/\r$/, ''));
      start = i + 1;
      fieldStart = true;
      continue;
    }
    fieldStart = c === separator;
  }
  if (quoted) throw new CsvFileError(`Rij ${out.length + 1}: een aanhalingsteken (") wordt niet gesloten.`);
  const last = text.slice(start).replace(/\r$/, '');
  if (last.length) out.push(last);
  return out;
}

/** The fields of one record, or a Dutch reason why it is not well-formed. */
export function splitRecord(record: string, separator: string): { fields: string[] } | { error: string } {
  const fields: string[] = [];
  let i = 0;
  for (;;) {
    let value = '';
    if (record[i] === '"') {
      i++;
      for (;;) {
        if (i >= record.length) return { error: 'een aanhalingsteken (") wordt niet gesloten' };
        if (record[i] === '"') {
          if (record[i + 1] === '"') {
            value += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        value += record[i++];
      }
      if (i < record.length && record[i] !== separator)
        return { error: `na een veld tussen aanhalingstekens hoort een scheidingsteken (${separator})` };
    } else {
      const end = record.indexOf(separator, i);
      value = record.slice(i, end === -1 ? record.length : end);
      if (value.includes('"'))
        return { error: 'een aanhalingsteken (") midden in een veld: zet het veld tussen aanhalingstekens' };
      i = end === -1 ? record.length : end;
    }
    fields.push(value.trim());
    if (i >= record.length) return { fields };
    i++; // the separator
  }
}

export function parseCsv(input: string, maxRows = 1000): CsvTable {
  const text = input.replace(/^\uFEFF/, '');
  const firstLine = text.split('\n', 1)[0] ?? '';
  const separator = firstLine.includes(';') ? ';' : ',';
  const all = records(text, separator);
  const headerLine = all[0];
  if (headerLine === undefined || !headerLine.trim())
    throw new CsvFileError('Het bestand is leeg: de eerste rij moet de kolomnamen bevatten.');
  const header = splitRecord(headerLine, separator);
  if ('error' in header) throw new CsvFileError(`Rij 1 (kolomnamen): ${header.error}.`);
  const rows: CsvRow[] = [];
  all.slice(1).forEach((record, index) => {
    const rij = index + 2;
    if (!record.trim()) return; // an empty line (often the last) is no row
    const split = splitRecord(record, separator);
    if ('error' in split) rows.push({ rij, fields: [], error: split.error });
    else if (split.fields.length !== header.fields.length)
      rows.push({
        rij,
        fields: [],
        error: `${split.fields.length} velden, de kolomnamen noemen er ${header.fields.length}`,
      });
    else rows.push({ rij, fields: split.fields });
  });
  if (rows.length > maxRows)
    throw new CsvFileError(`Te veel rijen: ${rows.length}; stuur er hoogstens ${maxRows} per bestand.`);
  return { separator, header: header.fields, rows };
}
