import PDFDocument from 'pdfkit';
import type { CivilDate } from '../../domain/civil-date';
import { formatDutchDate, toUtcMs } from '../../domain/civil-date';
import type { LoadedLetterhead } from './letterhead';
import { postcodeCityLine } from './letterhead';
import type { ContactPerson } from './schemas';

/**
 * The letter engine: lays out one A4 letter with pdfkit. Templates never draw; they return a
 * LetterContent (subject, salutation, blocks) and this file owns every position on the page.
 *
 * Fonts: pdfkit's built-in Helvetica is encoded as WinAnsi, which holds ë é ü € „ ” – and ’,
 * so no font file is embedded (checked by text extraction and by eye, see tests/unit/letters).
 */

/** A piece of running text; bold for amounts and dates the reader must not miss. */
export type Run = string | { bold: string };

export type Block =
  | { type: 'paragraph'; runs: Run[] }
  | { type: 'heading'; text: string }
  | { type: 'list'; items: Run[][] }
  | { type: 'table'; rows: TableRow[] }
  | { type: 'deadline'; label: string; date: CivilDate; basis: string }
  | { type: 'access'; portalUrl: string; code: string };

export interface TableRow {
  label: string;
  value: string;
  /** Amounts and percentages: right-aligned so the decimals line up. */
  numeric?: boolean;
  /** Totals: bold with a rule above. */
  total?: boolean;
}

export interface LetterContent {
  subject: string;
  /** "Geachte heer, mevrouw,". */
  salutation: string;
  blocks: Block[];
  /** Line under "Met vriendelijke groet," for decisions: "namens het college van …". */
  onBehalfOf?: string;
}

export interface LetterLayout {
  letterhead: LoadedLetterhead;
  /** Recipient block as printed in the envelope window, first line the name. */
  recipientLines: string[];
  date: CivilDate;
  /** "SHV-2026-000123 / kennisgeving.CR-0017.1" */
  kenmerk: string;
  theirReference?: string;
  contact: ContactPerson;
  content: LetterContent;
}

export interface RenderedPdf {
  pdf: Buffer;
  pages: number;
}

const MM = 72 / 25.4;
const PAGE_WIDTH = 595.28;
const PAGE_HEIGHT = 841.89;
const LEFT = 25 * MM;
const RIGHT = 20 * MM;
const CONTENT_WIDTH = PAGE_WIDTH - LEFT - RIGHT;
/** Right column: sender details and letter data, clear of the envelope window. */
const COLUMN_X = 120 * MM;
const COLUMN_WIDTH = PAGE_WIDTH - RIGHT - COLUMN_X;
/** Window envelope, window on the left (EA5/6, A4 folded in three): address field 50–90 mm from the top. */
const RETURN_ADDRESS_Y = 45 * MM;
const ADDRESS_Y = 50 * MM;
const ADDRESS_WIDTH = 85 * MM;
const ADDRESS_BOTTOM = 90 * MM;
const FIRST_BODY_Y = 100 * MM;
const TOP_MARGIN = 28 * MM;
const BOTTOM_MARGIN = 25 * MM;
const FOOTER_Y = PAGE_HEIGHT - 14 * MM;

const FONT = 'Helvetica';
const BOLD = 'Helvetica-Bold';
const CODE_FONT = 'Courier-Bold';
const BODY_SIZE = 10;
const LINE_GAP = 2.5;
const PARAGRAPH_GAP = 7;
const INK = '#1a1a1a';
const GREY = '#5a5a5a';
const ACCENT = '#1f4e79';
const BOX_FILL = '#eef3f8';

export function renderLetterPdf(layout: LetterLayout): Promise<RenderedPdf> {
  // Fixed dates and metadata: the same input gives the same bytes (pdfkit derives the file id from them).
  const letterDate = new Date(toUtcMs(layout.date));
  const doc = new PDFDocument({
    size: 'A4',
    bufferPages: true,
    autoFirstPage: true,
    margins: { top: TOP_MARGIN, bottom: BOTTOM_MARGIN, left: LEFT, right: RIGHT },
    lang: 'nl-NL',
    info: {
      Title: layout.content.subject,
      Author: layout.letterhead.name,
      Creator: 'schuldhulp',
      Producer: 'schuldhulp (pdfkit)',
      CreationDate: letterDate,
      ModDate: letterDate,
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  doc.fillColor(INK);
  const afterHeader = drawFirstPageHeader(doc, layout);
  doc.x = LEFT;
  doc.y = Math.max(FIRST_BODY_Y, afterHeader + 6 * MM);
  doc
    .font(BOLD)
    .fontSize(11)
    .fillColor(INK)
    .text(layout.content.subject, LEFT, doc.y, { width: CONTENT_WIDTH });
  doc.moveDown(1.2);
  doc.font(FONT).fontSize(BODY_SIZE).text(layout.content.salutation, LEFT, doc.y, { width: CONTENT_WIDTH });
  doc.y += PARAGRAPH_GAP;
  const blocks = layout.content.blocks;
  blocks.forEach((block, index) => {
    // The answer deadline and the portal box belong together: move both to the next page if need be.
    const next = blocks[index + 1];
    if (block.type === 'deadline' && next?.type === 'access') {
      ensureSpace(doc, boxHeight(doc, block) + boxHeight(doc, next) + 2 * (PARAGRAPH_GAP + 4));
    }
    drawBlock(doc, block);
  });
  drawSignature(doc, layout);

  const range = doc.bufferedPageRange();
  const pages = range.count;
  for (let i = 0; i < pages; i++) {
    doc.switchToPage(range.start + i);
    drawPageFurniture(doc, layout, i + 1, pages);
  }
  doc.end();
  return finished.then((pdf) => ({ pdf, pages }));
}

function drawFirstPageHeader(doc: PDFKit.PDFDocument, layout: LetterLayout): number {
  const { letterhead } = layout;
  // Sender, top left: logo (optional), name, department.
  let y = 14 * MM;
  if (letterhead.logo) {
    doc.image(letterhead.logo, LEFT, 10 * MM, { fit: [55 * MM, 18 * MM] });
    y = 30 * MM;
  }
  doc
    .font(BOLD)
    .fontSize(letterhead.logo ? 13 : 16)
    .fillColor(ACCENT);
  doc.text(letterhead.name, LEFT, y, { width: 95 * MM });
  if (letterhead.department) {
    doc
      .font(FONT)
      .fontSize(9.5)
      .fillColor(GREY)
      .text(letterhead.department, LEFT, doc.y + 1, { width: 95 * MM });
  }

  // Right column, top: how to reach the gemeente.
  doc.y = 14 * MM;
  const details: Array<[string, string[]]> = [
    ['Postadres', [letterhead.postalAddress.line, postcodeCity(letterhead.postalAddress)]],
  ];
  if (letterhead.visitingAddress) {
    details.push([
      'Bezoekadres',
      [letterhead.visitingAddress.line, postcodeCity(letterhead.visitingAddress)],
    ]);
  }
  details.push(['Contact', [`Telefoon ${letterhead.phone}`, letterhead.email, letterhead.website]]);
  for (const [label, lines] of details) {
    doc.font(BOLD).fontSize(7.5).fillColor(ACCENT).text(label, COLUMN_X, doc.y, { width: COLUMN_WIDTH });
    doc.font(FONT).fontSize(8).fillColor(GREY);
    for (const line of lines) doc.text(line, COLUMN_X, doc.y, { width: COLUMN_WIDTH });
    doc.y += 3;
  }

  // Envelope window: return address line (small, underlined by a hairline), then the recipient.
  const returnLine = `${letterhead.name}, ${letterhead.postalAddress.line}, ${postcodeCity(letterhead.postalAddress)}`;
  doc.font(FONT).fontSize(6.5).fillColor(GREY);
  doc.text(returnLine, LEFT, RETURN_ADDRESS_Y, { width: ADDRESS_WIDTH, lineBreak: false, ellipsis: true });
  doc.font(FONT).fontSize(10).fillColor(INK);
  doc.text(layout.recipientLines.join('\n'), LEFT, ADDRESS_Y, {
    width: ADDRESS_WIDTH,
    height: ADDRESS_BOTTOM - ADDRESS_Y,
    lineGap: 1.5,
    ellipsis: true,
  });

  // Right column, beside the window: the letter's own data.
  const meta: Array<[string, string]> = [
    ['Datum', formatDutchDate(layout.date)],
    ['Ons kenmerk', layout.kenmerk],
  ];
  if (layout.theirReference) meta.push(['Uw kenmerk', layout.theirReference]);
  meta.push([
    'Contactpersoon',
    layout.contact.role ? `${layout.contact.name}, ${layout.contact.role}` : layout.contact.name,
  ]);
  meta.push(['Telefoon', layout.contact.phone]);
  meta.push(['E-mail', layout.contact.email]);
  doc.y = ADDRESS_Y;
  const labelWidth = 22.5 * MM;
  for (const [label, value] of meta) {
    const top = doc.y;
    doc
      .font(BOLD)
      .fontSize(7.5)
      .fillColor(ACCENT)
      .text(label, COLUMN_X, top + 1, { width: labelWidth });
    doc.font(FONT).fontSize(8.5).fillColor(INK);
    doc.text(value, COLUMN_X + labelWidth, top, { width: COLUMN_WIDTH - labelWidth });
    doc.y += 2.5;
  }
  const metaBottom = doc.y;
  doc.fillColor(INK);
  return Math.max(metaBottom, ADDRESS_BOTTOM);
}

function postcodeCity(address: { postcode: string; city: string }): string {
  const pc = address.postcode.replace(/\s+/g, '').toUpperCase();
  return `${pc.slice(0, 4)} ${pc.slice(4)} ${address.city}`;
}

/** The window lines PostNL wants: name, attention line, street, "1234 AB  PLAATS". */
export function windowAddressLines(
  name: string,
  address: { line: string; postcode: string; city: string },
  attention?: string,
): string[] {
  return [name, ...(attention ? [attention] : []), address.line, postcodeCityLine(address)];
}

function bottomLimit(doc: PDFKit.PDFDocument): number {
  return doc.page.height - doc.page.margins.bottom;
}

function ensureSpace(doc: PDFKit.PDFDocument, height: number): void {
  if (doc.y + height > bottomLimit(doc)) {
    doc.addPage();
    doc.x = LEFT;
    doc.y = TOP_MARGIN;
  }
}

/**
 * Keeps at least `lines` of text together at the foot of a page (or all of it when shorter). Measuring is a
 * full layout pass, so it happens only when the page is nearly full: otherwise any height fits.
 */
function keepLinesTogether(doc: PDFKit.PDFDocument, lines: number, runs: Run[], width: number): void {
  if (doc.y + lines <= bottomLimit(doc)) return;
  ensureSpace(doc, Math.min(runsHeight(doc, runs, width), lines));
}

function runsHeight(doc: PDFKit.PDFDocument, runs: Run[], width: number): number {
  // Bold is a little wider than regular: measuring all of it in bold errs on the safe side.
  const joined = runs.map((r) => (typeof r === 'string' ? r : r.bold)).join('');
  doc.font(BOLD).fontSize(BODY_SIZE);
  return doc.heightOfString(joined, { width, lineGap: LINE_GAP });
}

function drawRuns(doc: PDFKit.PDFDocument, runs: Run[], x: number, width: number): void {
  const parts = runs.filter((r) => (typeof r === 'string' ? r : r.bold).length > 0);
  doc.fontSize(BODY_SIZE).fillColor(INK);
  parts.forEach((run, index) => {
    const last = index === parts.length - 1;
    doc.font(typeof run === 'string' ? FONT : BOLD);
    const str = typeof run === 'string' ? run : run.bold;
    if (index === 0) doc.text(str, x, doc.y, { width, lineGap: LINE_GAP, continued: !last });
    else doc.text(str, { continued: !last });
  });
  doc.font(FONT);
}

function drawBlock(doc: PDFKit.PDFDocument, block: Block): void {
  switch (block.type) {
    case 'paragraph': {
      // Never leave a single line of a paragraph at the foot of a page.
      keepLinesTogether(doc, 2 * (BODY_SIZE + LINE_GAP) + 2, block.runs, CONTENT_WIDTH);
      drawRuns(doc, block.runs, LEFT, CONTENT_WIDTH);
      doc.y += PARAGRAPH_GAP;
      return;
    }
    case 'heading': {
      // A heading keeps at least three lines of what follows with it.
      ensureSpace(doc, 14 + 3 * (BODY_SIZE + LINE_GAP));
      doc.y += 3;
      doc.font(BOLD).fontSize(10.5).fillColor(ACCENT).text(block.text, LEFT, doc.y, { width: CONTENT_WIDTH });
      doc.fillColor(INK);
      doc.y += 2;
      return;
    }
    case 'list': {
      const indent = 5 * MM;
      for (const item of block.items) {
        keepLinesTogether(doc, 2 * (BODY_SIZE + LINE_GAP), item, CONTENT_WIDTH - indent);
        const top = doc.y;
        doc
          .font(FONT)
          .fontSize(BODY_SIZE)
          .fillColor(ACCENT)
          .text('•', LEFT + 1.5 * MM, top, { lineBreak: false });
        doc.y = top;
        drawRuns(doc, item, LEFT + indent, CONTENT_WIDTH - indent);
        doc.y += 2;
      }
      doc.y += PARAGRAPH_GAP - 2;
      return;
    }
    case 'table': {
      // Labels left; text values start at one column; amounts right-aligned in a narrow sub-column so
      // their decimals line up.
      const labelWidth = 72 * MM;
      const valueX = LEFT + labelWidth;
      const valueWidth = CONTENT_WIDTH - labelWidth;
      const amountWidth = 32 * MM;
      for (const row of block.rows) {
        doc.font(row.total ? BOLD : FONT).fontSize(BODY_SIZE);
        const width = row.numeric ? amountWidth : valueWidth;
        const height = Math.max(
          doc.heightOfString(row.label, { width: labelWidth - 3 * MM }),
          doc.heightOfString(row.value, { width }),
        );
        ensureSpace(doc, height + 5);
        const top = doc.y;
        if (row.total) {
          doc
            .moveTo(LEFT, top)
            .lineTo(valueX + amountWidth, top)
            .lineWidth(0.6)
            .strokeColor(GREY)
            .stroke();
        }
        const textTop = top + (row.total ? 3 : 0);
        doc.fillColor(INK).text(row.label, LEFT, textTop, { width: labelWidth - 3 * MM });
        const afterLabel = doc.y;
        doc.text(row.value, valueX, textTop, { width, align: row.numeric ? 'right' : 'left' });
        doc.y = Math.max(afterLabel, doc.y) + 2.5;
      }
      doc.font(FONT);
      doc.y += PARAGRAPH_GAP - 2;
      return;
    }
    case 'deadline': {
      const inner = BOX_INNER;
      drawBox(doc, boxHeight(doc, block), () => {
        const x = LEFT + 5 * MM;
        doc.font(BOLD).fontSize(9).fillColor(ACCENT).text(block.label, x, doc.y, { width: inner });
        doc
          .font(BOLD)
          .fontSize(12.5)
          .fillColor(INK)
          .text(formatDutchDate(block.date), x, doc.y + 1, { width: inner });
        doc
          .font(FONT)
          .fontSize(8.5)
          .fillColor(GREY)
          .text(block.basis, x, doc.y + 1, { width: inner });
      });
      return;
    }
    case 'access': {
      const inner = CONTENT_WIDTH - 8 * MM;
      const intro = `Ga naar ${block.portalUrl} en log in met deze toegangscode:`;
      const outro =
        'De code hoort bij dit dossier en bij uw organisatie. Bewaar hem goed en geef hem niet aan anderen. ' +
        'In het portaal ziet u ook al onze brieven over dit dossier.';
      doc.font(FONT).fontSize(9.5);
      const height =
        6 +
        13 +
        doc.heightOfString(intro, { width: inner }) +
        22 +
        doc.heightOfString(outro, { width: inner }) +
        6;
      drawBox(doc, height, () => {
        const x = LEFT + 5 * MM;
        doc
          .font(BOLD)
          .fontSize(10)
          .fillColor(ACCENT)
          .text('Reageren via het schuldeisersportaal', x, doc.y, { width: inner });
        doc.y += 2;
        doc.font(FONT).fontSize(9.5).fillColor(INK).text(intro, x, doc.y, { width: inner });
        doc.y += 3;
        doc
          .font(CODE_FONT)
          .fontSize(14)
          .fillColor(INK)
          .text(block.code, x, doc.y, { width: inner, characterSpacing: 0.5 });
        doc.y += 3;
        doc.font(FONT).fontSize(8.5).fillColor(GREY).text(ACCESS_OUTRO, x, doc.y, { width: inner });
      });
      return;
    }
  }
}

const BOX_INNER = CONTENT_WIDTH - 8 * MM;
const accessIntro = (portalUrl: string) => `Ga naar ${portalUrl} en log in met deze toegangscode:`;
const ACCESS_OUTRO =
  'De code hoort bij dit dossier en bij uw organisatie. Bewaar hem goed en geef hem niet aan anderen. ' +
  'In het portaal ziet u ook al onze brieven over dit dossier.';

/** Height of a shaded box, measured with the fonts it is drawn in. */
function boxHeight(doc: PDFKit.PDFDocument, block: Extract<Block, { type: 'deadline' | 'access' }>): number {
  if (block.type === 'deadline') {
    doc.font(BOLD).fontSize(9);
    const labelHeight = doc.heightOfString(block.label, { width: BOX_INNER });
    doc.font(FONT).fontSize(8.5);
    const basisHeight = doc.heightOfString(block.basis, { width: BOX_INNER });
    return 6 + labelHeight + 16 + basisHeight + 6;
  }
  doc.font(FONT).fontSize(9.5);
  const intro = doc.heightOfString(accessIntro(block.portalUrl), { width: BOX_INNER });
  doc.fontSize(8.5);
  return 6 + 13 + intro + 22 + doc.heightOfString(ACCESS_OUTRO, { width: BOX_INNER }) + 6;
}

/** A shaded box with an accent bar on the left, kept whole on one page. */
function drawBox(doc: PDFKit.PDFDocument, height: number, draw: () => void): void {
  doc.y += 2;
  ensureSpace(doc, height + PARAGRAPH_GAP);
  const top = doc.y;
  doc.save();
  doc.rect(LEFT, top, CONTENT_WIDTH, height).fill(BOX_FILL);
  doc.rect(LEFT, top, 1.2 * MM, height).fill(ACCENT);
  doc.restore();
  doc.y = top + 6;
  draw();
  doc.fillColor(INK).font(FONT).fontSize(BODY_SIZE);
  doc.x = LEFT;
  doc.y = Math.max(doc.y, top + height) + PARAGRAPH_GAP + 2;
}

function drawSignature(doc: PDFKit.PDFDocument, layout: LetterLayout): void {
  const lines = ['Met vriendelijke groet,'];
  if (layout.content.onBehalfOf) lines.push(layout.content.onBehalfOf);
  const height = (lines.length + 4) * (BODY_SIZE + LINE_GAP) + 10;
  ensureSpace(doc, height);
  doc.y += 4;
  doc.font(FONT).fontSize(BODY_SIZE).fillColor(INK).text(lines.join('\n'), LEFT, doc.y, {
    width: CONTENT_WIDTH,
    lineGap: LINE_GAP,
  });
  doc.y += 2.2 * (BODY_SIZE + LINE_GAP);
  doc.font(BOLD).text(layout.contact.name, LEFT, doc.y, { width: CONTENT_WIDTH });
  doc.font(FONT).fillColor(GREY);
  const role = layout.contact.role ? `${layout.contact.role}, ` : '';
  doc.text(`${role}${layout.letterhead.department ?? layout.letterhead.name}`, LEFT, doc.y, {
    width: CONTENT_WIDTH,
  });
  doc.fillColor(INK);
}

function drawPageFurniture(doc: PDFKit.PDFDocument, layout: LetterLayout, page: number, pages: number): void {
  const savedBottom = doc.page.margins.bottom;
  doc.page.margins.bottom = 0; // writing below the margin must not add a page
  if (page > 1) {
    doc
      .font(BOLD)
      .fontSize(8)
      .fillColor(ACCENT)
      .text(layout.letterhead.name, LEFT, 12 * MM, { lineBreak: false });
    doc
      .font(FONT)
      .fontSize(8)
      .fillColor(GREY)
      .text(`${formatDutchDate(layout.date)}  ·  kenmerk ${layout.kenmerk}`, LEFT, 16 * MM, {
        lineBreak: false,
      });
    doc
      .moveTo(LEFT, 20 * MM)
      .lineTo(PAGE_WIDTH - RIGHT, 20 * MM)
      .lineWidth(0.4)
      .strokeColor('#b8c4d0')
      .stroke();
  } else {
    // Fold marks for an A4 folded in three (left edge, 99 and 198 mm).
    for (const y of [99 * MM, 198 * MM]) {
      doc
        .moveTo(4 * MM, y)
        .lineTo(8 * MM, y)
        .lineWidth(0.4)
        .strokeColor('#9a9a9a')
        .stroke();
    }
  }
  doc.font(FONT).fontSize(8).fillColor(GREY);
  doc.text(`Kenmerk ${layout.kenmerk}`, LEFT, FOOTER_Y, {
    width: CONTENT_WIDTH * 0.7,
    lineBreak: false,
    ellipsis: true,
  });
  doc.text(`pagina ${page} van ${pages}`, LEFT, FOOTER_Y, {
    width: CONTENT_WIDTH,
    align: 'right',
    lineBreak: false,
  });
  doc.page.margins.bottom = savedBottom;
  doc.fillColor(INK);
}
