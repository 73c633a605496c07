import type { CivilDate } from '../../domain/civil-date';
import { toUtcMs } from '../../domain/civil-date';
import { boxHeight, drawBlock, ensureSpace, runsHeight } from './draw-blocks';
import {
  drawContactFooter,
  drawFirstPageHeader,
  drawPageFurniture,
  drawSignature,
  signatureHeight,
} from './draw-page';
import { BOLD, FONT } from './fonts';
import type { LoadedLetterhead } from './letterhead';
import { postcodeCityLine } from './letterhead';
import {
  BODY_SIZE,
  CONTENT_WIDTH,
  FIRST_BODY_Y,
  FIRST_PAGE_BOTTOM_MARGIN,
  INK,
  LATER_MARGINS,
  LEFT,
  MM,
  PARAGRAPH_GAP,
  RIGHT,
  TOP_MARGIN,
} from './page-geometry';
import { collect, createLetterDocument } from './pdf-document';
import type { ContactPerson } from './schemas';
import { group, leaf } from './tagging';

/**
 * The letter engine: lays out one A4 letter with pdfkit as a tagged PDF/A-2a document (pdf-document.ts) in
 * Source Sans 3, embedded (fonts.ts). Templates never draw; they return a LetterContent (subject, salutation,
 * blocks) and the engine owns every position on the page (draw-page.ts, draw-blocks.ts).
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
  /** "Geachte mevrouw Jansen,"; "Geachte heer, mevrouw," for organisations. */
  salutation: string;
  blocks: Block[];
  /** Line under "Met vriendelijke groet," for decisions: "namens het college van …". */
  onBehalfOf?: string;
}

/** Who signs: a named official and their function. */
export interface Signatory {
  name: string;
  role?: string | undefined;
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
  /** Signs the letter; the contact person when absent. */
  signatory?: Signatory;
  content: LetterContent;
}

export interface RenderedPdf {
  pdf: Buffer;
  pages: number;
}

export function renderLetterPdf(layout: LetterLayout): Promise<RenderedPdf> {
  const letterDate = new Date(toUtcMs(layout.date));
  const doc = createLetterDocument(
    { title: layout.content.subject, author: layout.letterhead.name, date: letterDate },
    {
      size: 'A4',
      bufferPages: true,
      autoFirstPage: true,
      margins: { top: TOP_MARGIN, bottom: FIRST_PAGE_BOTTOM_MARGIN, left: LEFT, right: RIGHT },
    },
  );
  const finished = collect(doc);
  doc.on('pageAdded', () => {
    doc.page.margins = { ...LATER_MARGINS };
  });
  const root = doc.struct('Document');
  doc.addStructure(root);

  doc.fillColor(INK);
  const afterHeader = drawFirstPageHeader(doc, root, layout);
  doc.x = LEFT;
  doc.y = Math.max(FIRST_BODY_Y, afterHeader + 4 * MM);
  leaf(doc, root, 'H1', () =>
    doc
      .font(BOLD)
      .fontSize(12)
      .fillColor(INK)
      .text(layout.content.subject, LEFT, doc.y, { width: CONTENT_WIDTH }),
  );
  doc.moveDown(1);
  leaf(doc, root, 'P', () =>
    doc.font(FONT).fontSize(BODY_SIZE).text(layout.content.salutation, LEFT, doc.y, { width: CONTENT_WIDTH }),
  );
  doc.y += PARAGRAPH_GAP;
  const body = group(doc, root, 'Sect');
  const blocks = layout.content.blocks;
  blocks.forEach((block, index) => {
    // The answer deadline and the portal box belong together: move both to the next page if need be.
    const next = blocks[index + 1];
    if (block.type === 'deadline' && next?.type === 'access') {
      ensureSpace(doc, boxHeight(doc, block) + boxHeight(doc, next) + 2 * (PARAGRAPH_GAP + 4));
    }
    // The closing paragraph goes with the signature: no page holds a signature alone.
    if (block.type === 'paragraph' && index === blocks.length - 1) {
      ensureSpace(doc, runsHeight(doc, block.runs, CONTENT_WIDTH) + PARAGRAPH_GAP + signatureHeight(layout));
    }
    drawBlock(doc, body, block);
  });
  body.end();
  drawSignature(doc, root, layout);

  const range = doc.bufferedPageRange();
  const pages = range.count;
  doc.switchToPage(range.start);
  drawContactFooter(doc, root, layout);
  for (let i = 0; i < pages; i++) {
    doc.switchToPage(range.start + i);
    drawPageFurniture(doc, layout, i + 1, pages);
  }
  root.end();
  doc.end();
  return finished.then((pdf) => ({ pdf, pages }));
}

/** The window lines PostNL wants: name, attention line, street, "1234 AB  PLAATS". */
export function windowAddressLines(
  name: string,
  address: { line: string; postcode: string; city: string },
  attention?: string,
): string[] {
  return [name, ...(attention ? [attention] : []), address.line, postcodeCityLine(address)];
}
