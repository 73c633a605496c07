/** Page geometry, colours and type sizes of the letters (A4, window envelope EA5/6, window on the left). */
export const MM = 72 / 25.4;
export const PAGE_WIDTH = 595.28;
export const PAGE_HEIGHT = 841.89;
export const LEFT = 25 * MM;
export const RIGHT = 20 * MM;
export const CONTENT_WIDTH = PAGE_WIDTH - LEFT - RIGHT;
/** Right column beside the window: the letter's data, one label above each value so no value wraps. */
export const COLUMN_X = 118 * MM;
export const COLUMN_WIDTH = PAGE_WIDTH - RIGHT - COLUMN_X;
/** Address field of the window envelope: 50–90 mm from the top, 85 mm wide. */
export const RETURN_ADDRESS_Y = 45 * MM;
export const ADDRESS_Y = 50 * MM;
export const ADDRESS_WIDTH = 85 * MM;
export const ADDRESS_BOTTOM = 90 * MM;
export const FIRST_BODY_Y = 100 * MM;
export const TOP_MARGIN = 28 * MM;
export const BOTTOM_MARGIN = 22 * MM;
/** Page 1 carries the gemeente's addresses in its footer, so its text stops higher. */
export const FIRST_PAGE_BOTTOM_MARGIN = 38 * MM;
export const FIRST_PAGE_FOOTER_Y = PAGE_HEIGHT - 33 * MM;
export const FOOTER_Y = PAGE_HEIGHT - 13 * MM;

export const BODY_SIZE = 10.5;
export const LINE_GAP = 2.2;
export const PARAGRAPH_GAP = 7;
export const INK = '#1a1a1a';
export const GREY = '#555555';
export const ACCENT = '#1f4e79';
export const RULE = '#b8c4d0';
export const BOX_FILL = '#eef3f8';
export const BOX_INNER = CONTENT_WIDTH - 8 * MM;

/** The margins of every page after the first. */
export const LATER_MARGINS = { top: TOP_MARGIN, bottom: BOTTOM_MARGIN, left: LEFT, right: RIGHT };

/**
 * Writes one line that never wraps: the font size steps down (to `minSize`) until the text fits the width, so a
 * kenmerk or an e-mail address stays whole. Returns the height used.
 */
export function fitLine(
  doc: PDFKit.PDFDocument,
  text: string,
  x: number,
  y: number,
  width: number,
  size: number,
  minSize = size - 2,
): number {
  let current = size;
  doc.fontSize(current);
  while (current > minSize && doc.widthOfString(text) > width) {
    current = Math.max(minSize, current - 0.25);
    doc.fontSize(current);
  }
  doc.text(text, x, y, { lineBreak: false });
  doc.y = y + doc.currentLineHeight(true);
  return doc.currentLineHeight(true);
}
