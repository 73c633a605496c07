import { readFileSync } from 'node:fs';

/**
 * The letters' typeface: Source Sans 3 (Adobe, npm package `source-sans`), TrueType outlines, licensed under the
 * SIL Open Font License 1.1, which allows embedding in documents. PDF/A needs every font embedded; pdfkit embeds
 * a subset holding only the glyphs a letter uses, with a ToUnicode map so the text can be extracted and read aloud.
 * The files are read once per process; each document registers the same buffers.
 */
export const FONT_FILES = {
  regular: 'source-sans/TTF/SourceSans3-Regular.ttf',
  semibold: 'source-sans/TTF/SourceSans3-Semibold.ttf',
  bold: 'source-sans/TTF/SourceSans3-Bold.ttf',
} as const;

export type FontRole = keyof typeof FONT_FILES;

/** Names the engine selects fonts by (registered on every document). */
export const FONT = 'Body';
export const SEMIBOLD = 'Body-Semibold';
export const BOLD = 'Body-Bold';

const NAMES: Record<FontRole, string> = { regular: FONT, semibold: SEMIBOLD, bold: BOLD };

let loaded: Record<FontRole, Buffer> | undefined;

export function fontBuffers(): Record<FontRole, Buffer> {
  loaded ??= {
    regular: readFileSync(require.resolve(FONT_FILES.regular)),
    semibold: readFileSync(require.resolve(FONT_FILES.semibold)),
    bold: readFileSync(require.resolve(FONT_FILES.bold)),
  };
  return loaded;
}

/** Registers the three faces on a document under FONT, SEMIBOLD and BOLD. */
export function registerLetterFonts(doc: PDFKit.PDFDocument): void {
  const buffers = fontBuffers();
  for (const role of Object.keys(buffers) as FontRole[]) doc.registerFont(NAMES[role], buffers[role]);
}
