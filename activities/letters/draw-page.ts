import { formatDutchDate } from '../../domain/civil-date';
import type { LetterLayout } from './engine';
import { BOLD, FONT, SEMIBOLD } from './fonts';
import {
  ACCENT,
  ADDRESS_BOTTOM,
  ADDRESS_WIDTH,
  ADDRESS_Y,
  BODY_SIZE,
  COLUMN_WIDTH,
  COLUMN_X,
  CONTENT_WIDTH,
  FIRST_PAGE_FOOTER_Y,
  FOOTER_Y,
  GREY,
  INK,
  LEFT,
  LINE_GAP,
  MM,
  PAGE_WIDTH,
  RETURN_ADDRESS_Y,
  RIGHT,
  RULE,
  fitLine,
} from './page-geometry';
import { ensureSpace } from './draw-blocks';
import type { Element } from './tagging';
import { artifact, group, leaf } from './tagging';

/** The parts of a letter around its body: sender, window address, letter data, signature, page furniture. */

function postcodeCity(address: { postcode: string; city: string }): string {
  const pc = address.postcode.replace(/\s+/g, '').toUpperCase();
  return `${pc.slice(0, 4)} ${pc.slice(4)} ${address.city}`;
}

/** Sender (logo, name, department), the window with return address and recipient, and the letter's data. */
export function drawFirstPageHeader(doc: PDFKit.PDFDocument, root: Element, layout: LetterLayout): number {
  const { letterhead } = layout;
  const sender = group(doc, root, 'Sect');
  let y = 14 * MM;
  if (letterhead.logo) {
    const logo = letterhead.logo;
    leaf(doc, sender, 'Figure', () => doc.image(logo, LEFT, 10 * MM, { fit: [55 * MM, 18 * MM] }), {
      alt: `Logo ${letterhead.name}`,
    });
    y = 30 * MM;
  }
  leaf(doc, sender, 'P', () => {
    doc
      .font(BOLD)
      .fontSize(letterhead.logo ? 14 : 18)
      .fillColor(ACCENT)
      .text(letterhead.name, LEFT, y, { width: 90 * MM });
    if (letterhead.department) {
      doc
        .font(FONT)
        .fontSize(10.5)
        .fillColor(GREY)
        .text(letterhead.department, LEFT, doc.y + 1, { width: 90 * MM });
    }
  });
  sender.end();

  // Envelope window: the return address (for the postal service, an artifact), then the recipient.
  const returnLine = `${letterhead.name}, ${letterhead.postalAddress.line}, ${postcodeCity(letterhead.postalAddress)}`;
  artifact(doc, () => {
    doc.font(FONT).fillColor(GREY);
    fitLine(doc, returnLine, LEFT, RETURN_ADDRESS_Y, ADDRESS_WIDTH, 7, 5.5);
  });
  leaf(doc, root, 'P', () =>
    doc
      .font(FONT)
      .fontSize(10.5)
      .fillColor(INK)
      .text(layout.recipientLines.join('\n'), LEFT, ADDRESS_Y, {
        width: ADDRESS_WIDTH,
        height: ADDRESS_BOTTOM - ADDRESS_Y,
        lineGap: 1.5,
        ellipsis: true,
      }),
  );

  // Right column, beside the window: label above value, each value on one line that never wraps.
  const meta: Array<[string, string]> = [
    ['Datum', formatDutchDate(layout.date)],
    ['Ons kenmerk', layout.kenmerk],
  ];
  if (layout.theirReference) meta.push(['Uw kenmerk', layout.theirReference]);
  meta.push(['Contactpersoon', layout.contact.name]);
  meta.push(['Telefoon', layout.contact.phone]);
  meta.push(['E-mail', layout.contact.email]);
  doc.y = ADDRESS_Y - 1;
  const table = group(doc, root, 'Table');
  for (const [label, value] of meta) {
    const tr = group(doc, table, 'TR');
    leaf(
      doc,
      tr,
      'TH',
      () => {
        doc.font(SEMIBOLD).fontSize(7.5).fillColor(ACCENT);
        fitLine(doc, label, COLUMN_X, doc.y, COLUMN_WIDTH, 7.5);
      },
      { scope: 'Row' },
    );
    leaf(doc, tr, 'TD', () => {
      doc.font(FONT).fillColor(INK);
      fitLine(doc, value, COLUMN_X, doc.y, COLUMN_WIDTH, 9.5, 7);
    });
    tr.end();
    doc.y += 1.5;
  }
  table.end();
  const metaBottom = doc.y;
  doc.fillColor(INK);
  return Math.max(metaBottom, ADDRESS_BOTTOM);
}

/** "Met vriendelijke groet," (and on whose behalf), the signatory's name in bold and their function. */
/** Height the signature block needs, so the last paragraph can go to the next page with it. */
export function signatureHeight(layout: LetterLayout): number {
  return (layout.content.onBehalfOf ? 6 : 5) * (BODY_SIZE + LINE_GAP) + 10;
}

export function drawSignature(doc: PDFKit.PDFDocument, root: Element, layout: LetterLayout): void {
  const signatory = layout.signatory ?? { name: layout.contact.name, role: layout.contact.role };
  const lines = ['Met vriendelijke groet,'];
  if (layout.content.onBehalfOf) lines.push(layout.content.onBehalfOf);
  ensureSpace(doc, signatureHeight(layout));
  doc.y += 4;
  leaf(doc, root, 'P', () =>
    doc.font(FONT).fontSize(BODY_SIZE).fillColor(INK).text(lines.join('\n'), LEFT, doc.y, {
      width: CONTENT_WIDTH,
      lineGap: LINE_GAP,
    }),
  );
  doc.y += 2.2 * (BODY_SIZE + LINE_GAP);
  leaf(doc, root, 'P', () => {
    doc
      .font(BOLD)
      .fontSize(BODY_SIZE)
      .fillColor(INK)
      .text(signatory.name, LEFT, doc.y, { width: CONTENT_WIDTH });
    doc.font(FONT).fillColor(GREY);
    // The official's function; for a team as signatory (no named official configured) nothing is repeated.
    const unit = layout.letterhead.department ?? layout.letterhead.name;
    const second = signatory.role ? capitalise(signatory.role) : unit === signatory.name ? undefined : unit;
    if (second) doc.text(second, LEFT, doc.y, { width: CONTENT_WIDTH });
  });
  doc.fillColor(INK);
}

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('nl-NL') + text.slice(1);
}

/** Running header (page 2 on), fold marks and the gemeente's addresses (page 1), kenmerk and page number. */
export function drawPageFurniture(
  doc: PDFKit.PDFDocument,
  layout: LetterLayout,
  page: number,
  pages: number,
): void {
  const savedBottom = doc.page.margins.bottom;
  doc.page.margins.bottom = 0; // writing below the margin must not add a page
  artifact(
    doc,
    () => {
      if (page > 1) {
        doc
          .font(BOLD)
          .fontSize(8)
          .fillColor(ACCENT)
          .text(layout.letterhead.name, LEFT, 12 * MM, { lineBreak: false });
        doc.font(FONT).fillColor(GREY);
        fitLine(
          doc,
          `${formatDutchDate(layout.date)}  ·  kenmerk ${layout.kenmerk}`,
          LEFT,
          16 * MM,
          CONTENT_WIDTH,
          8,
          6.5,
        );
        doc
          .moveTo(LEFT, 20.5 * MM)
          .lineTo(PAGE_WIDTH - RIGHT, 20.5 * MM)
          .lineWidth(0.4)
          .strokeColor(RULE)
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
      fitLine(doc, `Kenmerk ${layout.kenmerk}`, LEFT, FOOTER_Y, CONTENT_WIDTH * 0.75, 8, 6.5);
      doc.font(FONT).fontSize(8);
      doc.text(`pagina ${page} van ${pages}`, LEFT, FOOTER_Y, {
        width: CONTENT_WIDTH,
        align: 'right',
        lineBreak: false,
      });
    },
    'Pagination',
  );
  doc.page.margins.bottom = savedBottom;
  doc.fillColor(INK);
}

/** Page 1 footer: how to reach the gemeente, in three columns above the page line. Part of the text. */
export function drawContactFooter(doc: PDFKit.PDFDocument, root: Element, layout: LetterLayout): void {
  const { letterhead } = layout;
  const savedBottom = doc.page.margins.bottom;
  doc.page.margins.bottom = 0;
  artifact(doc, () =>
    doc
      .moveTo(LEFT, FIRST_PAGE_FOOTER_Y - 3 * MM)
      .lineTo(PAGE_WIDTH - RIGHT, FIRST_PAGE_FOOTER_Y - 3 * MM)
      .lineWidth(0.4)
      .strokeColor(RULE)
      .stroke(),
  );
  const columns: Array<[string, string[]]> = [
    ['Postadres', [letterhead.postalAddress.line, postcodeCity(letterhead.postalAddress)]],
  ];
  if (letterhead.visitingAddress) {
    columns.push([
      'Bezoekadres',
      [letterhead.visitingAddress.line, postcodeCity(letterhead.visitingAddress)],
    ]);
  }
  columns.push(['Contact', [`Telefoon ${letterhead.phone}`, letterhead.email, letterhead.website]]);
  const width = CONTENT_WIDTH / 3;
  const footer = group(doc, root, 'Sect');
  columns.forEach(([label, lines], index) => {
    const x = LEFT + index * width;
    leaf(doc, footer, 'P', () => {
      doc.font(SEMIBOLD).fillColor(ACCENT);
      fitLine(doc, label, x, FIRST_PAGE_FOOTER_Y, width - 3 * MM, 7.5);
      doc.font(FONT).fillColor(GREY);
      for (const line of lines) fitLine(doc, line, x, doc.y, width - 3 * MM, 8, 6.5);
    });
  });
  footer.end();
  doc.page.margins.bottom = savedBottom;
  doc.fillColor(INK);
}
