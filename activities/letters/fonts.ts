import { readFileSync } from 'node:fs';
import * as fontkit from 'fontkit';

/**
 * The letters' typeface: Source Sans 3 (Adobe, npm package `source-sans`), TrueType outlines, licensed under the
 * SIL Open Font License 1.1, which allows embedding in documents. PDF/A needs every font embedded; pdfkit embeds
 * a subset holding only the glyphs a letter uses, with a ToUnicode map so the text can be extracted and read aloud.
 * The files are read and parsed (fontkit, pdfkit's own font library) once per process: parsing a 430 kB face per
 * document cost four times the rest of the text layout. Each document subsets the shared parsed faces.
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

let loaded: Record<FontRole, fontkit.Font> | undefined;

/**
 * fontkit caches a glyph with the code points it was first laid out for, and pdfkit writes those into the
 * ToUnicode map. Space and no-break space, or hyphen and soft hyphen, share a glyph: laying out ASCII and Latin-1
 * first, in this order, makes the map the same whatever a process renders first (same input, same bytes).
 */
const CANONICAL_TEXT = Array.from({ length: 0xff - 0x20 + 1 }, (_, i) => String.fromCharCode(0x20 + i))
  .filter((c) => c !== '\x7f')
  .join('');

export function letterFonts(): Record<FontRole, fontkit.Font> {
  const load = (role: FontRole) => {
    const font = fontkit.create(readFileSync(require.resolve(FONT_FILES[role])));
    font.layout(CANONICAL_TEXT);
    return font;
  };
  loaded ??= { regular: load('regular'), semibold: load('semibold'), bold: load('bold') };
  return loaded;
}

/** Registers the three faces on a document under FONT, SEMIBOLD and BOLD. */
export function registerLetterFonts(doc: PDFKit.PDFDocument): void {
  const fonts = letterFonts();
  // pdfkit takes a parsed fontkit font where it takes a file (its PDFFontFactory checks for `layout`).
  for (const role of Object.keys(fonts) as FontRole[]) doc.registerFont(NAMES[role], fonts[role] as never);
}

/**
 * Shaping a word (OpenType GSUB/GPOS) is most of a letter's time, and pdfkit caches shaped words per document
 * only. The shaped, scaled glyph run of a word depends on the face alone, so the letters share one cache per face
 * across documents (pdfkit 0.20's EmbeddedFont.layoutCache; the subset ids are still assigned per document).
 * Cleared when it grows past MAX_CACHED_WORDS, so names and amounts cannot pile up.
 */
const MAX_CACHED_WORDS = 20_000;
const emptyCache = () => Object.create(null) as Record<string, unknown>;
const wordCaches: Record<FontRole, Record<string, unknown>> = {
  regular: emptyCache(),
  semibold: emptyCache(),
  bold: emptyCache(),
};

interface PdfkitInternals {
  _fontFamilies: Record<string, { layoutCache?: Record<string, unknown> } | undefined>;
}

export function shareWordCaches(doc: PDFKit.PDFDocument): void {
  for (const role of Object.keys(NAMES) as FontRole[]) {
    doc.font(NAMES[role]); // instantiates the face for this document; embedded only if text uses it
    const font = (doc as unknown as PdfkitInternals)._fontFamilies[NAMES[role]];
    if (!font || !font.layoutCache) continue;
    if (Object.keys(wordCaches[role]).length > MAX_CACHED_WORDS) wordCaches[role] = emptyCache();
    font.layoutCache = wordCaches[role];
  }
  doc.font(NAMES.regular);
}
