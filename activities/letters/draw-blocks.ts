import { formatDutchDate } from '../../domain/civil-date';
import type { Block, Run } from './engine';
import { BOLD, FONT, SEMIBOLD } from './fonts';
import {
  ACCENT,
  BODY_SIZE,
  BOX_FILL,
  BOX_INNER,
  CONTENT_WIDTH,
  GREY,
  INK,
  LEFT,
  LINE_GAP,
  MM,
  PARAGRAPH_GAP,
  TOP_MARGIN,
  fitLine,
} from './page-geometry';
import type { Element } from './tagging';
import { artifact, group, leaf } from './tagging';

/** The body of a letter, block by block, each block tagged as what it is (P, H2, L/LI, Table, Sect). */

function bottomLimit(doc: PDFKit.PDFDocument): number {
  return doc.page.height - doc.page.margins.bottom;
}

/** Starts a new page when `height` does not fit; continueOnNewPage keeps open marked content balanced. */
export function ensureSpace(doc: PDFKit.PDFDocument, height: number): void {
  if (doc.y + height > bottomLimit(doc)) {
    doc.continueOnNewPage();
    doc.x = LEFT;
    doc.y = TOP_MARGIN;
  }
}

/** Keeps at least `lines` of height together at the foot of a page (or all of it when shorter). */
function keepLinesTogether(doc: PDFKit.PDFDocument, lines: number, runs: Run[], width: number): void {
  if (doc.y + lines <= bottomLimit(doc)) return;
  ensureSpace(doc, Math.min(runsHeight(doc, runs, width), lines));
}

export function runsHeight(doc: PDFKit.PDFDocument, runs: Run[], width: number): number {
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

export function drawBlock(doc: PDFKit.PDFDocument, parent: Element, block: Block): void {
  switch (block.type) {
    case 'paragraph': {
      // Never leave a single line of a paragraph at the foot of a page.
      keepLinesTogether(doc, 2 * (BODY_SIZE + LINE_GAP) + 2, block.runs, CONTENT_WIDTH);
      leaf(doc, parent, 'P', () => drawRuns(doc, block.runs, LEFT, CONTENT_WIDTH));
      doc.y += PARAGRAPH_GAP;
      return;
    }
    case 'heading': {
      // A heading keeps at least three lines of what follows with it.
      ensureSpace(doc, 14 + 3 * (BODY_SIZE + LINE_GAP));
      doc.y += 3;
      leaf(doc, parent, 'H2', () =>
        doc.font(BOLD).fontSize(11).fillColor(ACCENT).text(block.text, LEFT, doc.y, { width: CONTENT_WIDTH }),
      );
      doc.fillColor(INK);
      doc.y += 2;
      return;
    }
    case 'list': {
      const indent = 5 * MM;
      const list = group(doc, parent, 'L');
      for (const item of block.items) {
        keepLinesTogether(doc, 2 * (BODY_SIZE + LINE_GAP), item, CONTENT_WIDTH - indent);
        const top = doc.y;
        const li = group(doc, list, 'LI');
        leaf(doc, li, 'Lbl', () =>
          doc
            .font(FONT)
            .fontSize(BODY_SIZE)
            .fillColor(ACCENT)
            .text('•', LEFT + 1.5 * MM, top, { lineBreak: false }),
        );
        doc.y = top;
        leaf(doc, li, 'LBody', () => drawRuns(doc, item, LEFT + indent, CONTENT_WIDTH - indent));
        li.end();
        doc.y += 2;
      }
      list.end();
      doc.y += PARAGRAPH_GAP - 2;
      return;
    }
    case 'table': {
      // Labels left (row headers); text values start at one column; amounts right-aligned in a narrow
      // sub-column so their decimals line up.
      const labelWidth = 72 * MM;
      const valueX = LEFT + labelWidth;
      const valueWidth = CONTENT_WIDTH - labelWidth;
      const amountWidth = 32 * MM;
      const table = group(doc, parent, 'Table');
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
          artifact(doc, () =>
            doc
              .moveTo(LEFT, top)
              .lineTo(valueX + amountWidth, top)
              .lineWidth(0.6)
              .strokeColor(GREY)
              .stroke(),
          );
        }
        const textTop = top + (row.total ? 3 : 0);
        const tr = group(doc, table, 'TR');
        let afterLabel = textTop;
        leaf(
          doc,
          tr,
          'TH',
          () => {
            doc
              .font(row.total ? BOLD : FONT)
              .fontSize(BODY_SIZE)
              .fillColor(INK);
            doc.text(row.label, LEFT, textTop, { width: labelWidth - 3 * MM });
            afterLabel = doc.y;
          },
          { scope: 'Row' },
        );
        leaf(doc, tr, 'TD', () => {
          doc
            .font(row.total ? BOLD : FONT)
            .fontSize(BODY_SIZE)
            .fillColor(INK);
          doc.text(row.value, valueX, textTop, { width, align: row.numeric ? 'right' : 'left' });
        });
        tr.end();
        doc.y = Math.max(afterLabel, doc.y) + 2.5;
      }
      table.end();
      doc.font(FONT);
      doc.y += PARAGRAPH_GAP - 2;
      return;
    }
    case 'deadline': {
      const x = LEFT + 5 * MM;
      drawBox(doc, parent, boxHeight(doc, block), (box) => {
        leaf(doc, box, 'P', () => {
          doc
            .font(SEMIBOLD)
            .fontSize(9.5)
            .fillColor(ACCENT)
            .text(block.label, x, doc.y, { width: BOX_INNER });
          doc
            .font(BOLD)
            .fontSize(13)
            .fillColor(INK)
            .text(formatDutchDate(block.date), x, doc.y + 1, { width: BOX_INNER });
        });
        leaf(doc, box, 'P', () =>
          doc
            .font(FONT)
            .fontSize(9)
            .fillColor(GREY)
            .text(block.basis, x, doc.y + 1, { width: BOX_INNER }),
        );
      });
      return;
    }
    case 'access': {
      const x = LEFT + 5 * MM;
      drawBox(doc, parent, boxHeight(doc, block), (box) => {
        leaf(doc, box, 'H2', () =>
          doc.font(BOLD).fontSize(10.5).fillColor(ACCENT).text(ACCESS_TITLE, x, doc.y, { width: BOX_INNER }),
        );
        doc.y += 2;
        leaf(doc, box, 'P', () => {
          doc.font(FONT).fontSize(10).fillColor(INK).text(ACCESS_GO, x, doc.y, { width: BOX_INNER });
          doc.font(BOLD).fillColor(INK);
          fitLine(doc, block.portalUrl, x, doc.y + 1, BOX_INNER, 10.5, 8);
          doc
            .font(FONT)
            .fontSize(10)
            .text(ACCESS_LOGIN, x, doc.y + 1, { width: BOX_INNER });
        });
        doc.y += 3;
        leaf(doc, box, 'P', () =>
          doc
            .font(BOLD)
            .fontSize(15)
            .fillColor(INK)
            .text(block.code, x, doc.y, { width: BOX_INNER, characterSpacing: 1 }),
        );
        doc.y += 3;
        leaf(doc, box, 'P', () =>
          doc.font(FONT).fontSize(9).fillColor(GREY).text(ACCESS_OUTRO, x, doc.y, { width: BOX_INNER }),
        );
      });
      return;
    }
  }
}

const ACCESS_TITLE = 'Reageren via het schuldeisersportaal';
const ACCESS_GO = 'Ga naar';
const ACCESS_LOGIN = 'en log in met deze toegangscode:';
const ACCESS_OUTRO =
  'De code hoort bij dit dossier en bij uw organisatie. Bewaar hem goed en geef hem niet aan anderen. ' +
  'In het portaal ziet u ook al onze brieven over dit dossier.';

/** Height of a shaded box, measured with the fonts it is drawn in. */
export function boxHeight(
  doc: PDFKit.PDFDocument,
  block: Extract<Block, { type: 'deadline' | 'access' }>,
): number {
  if (block.type === 'deadline') {
    doc.font(SEMIBOLD).fontSize(9.5);
    const labelHeight = doc.heightOfString(block.label, { width: BOX_INNER });
    doc.font(FONT).fontSize(9);
    const basisHeight = doc.heightOfString(block.basis, { width: BOX_INNER });
    return 6 + labelHeight + 19 + basisHeight + 7;
  }
  doc.font(BOLD).fontSize(10.5);
  const title = doc.heightOfString(ACCESS_TITLE, { width: BOX_INNER });
  doc.font(FONT).fontSize(10);
  const lines = 3 * (doc.currentLineHeight(true) + 1) + 2;
  doc.fontSize(9);
  const outro = doc.heightOfString(ACCESS_OUTRO, { width: BOX_INNER });
  return 6 + title + 2 + lines + 3 + 22 + 3 + outro + 7;
}

/** A shaded box with an accent bar on the left (artifacts), kept whole on one page; its text is a Sect. */
function drawBox(
  doc: PDFKit.PDFDocument,
  parent: Element,
  height: number,
  draw: (box: Element) => void,
): void {
  doc.y += 2;
  ensureSpace(doc, height + PARAGRAPH_GAP);
  const top = doc.y;
  artifact(doc, () => {
    doc.save();
    doc.rect(LEFT, top, CONTENT_WIDTH, height).fill(BOX_FILL);
    doc.rect(LEFT, top, 1.2 * MM, height).fill(ACCENT);
    doc.restore();
  });
  doc.y = top + 6;
  const box = group(doc, parent, 'Sect');
  draw(box);
  box.end();
  doc.fillColor(INK).font(FONT).fontSize(BODY_SIZE);
  doc.x = LEFT;
  doc.y = Math.max(doc.y, top + height) + PARAGRAPH_GAP + 2;
}
