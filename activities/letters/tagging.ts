/**
 * Tagged PDF for the letters: every piece of text belongs to a structure element in reading order, decoration
 * (rules, box backgrounds, fold marks, running headers and footers) is marked as an artifact, so a screen reader
 * reads the letter as a letter. Built on pdfkit's structure API: an element whose children are draw closures runs
 * them when it is added to an attached parent, wrapping what they draw in marked content with its own MCID.
 *
 * Rules of use: draw artifacts only outside element closures (pdfkit closes open marked content when an
 * artifact starts), and break pages with doc.continueOnNewPage() so open marked content carries over.
 */
export type Element = PDFKit.PDFStructureElement;
/** pdfkit's options; `scope` (TH) is supported by pdfkit 0.20 but missing from @types/pdfkit. */
type StructOptions = NonNullable<Parameters<PDFKit.PDFDocument['struct']>[1]> & {
  scope?: 'Row' | 'Column' | 'Both';
};

/** A leaf element (P, H1, Lbl, TD, Figure …): what `draw` puts on the page is its content. */
export function leaf(
  doc: PDFKit.PDFDocument,
  parent: Element,
  type: string,
  draw: () => void,
  options: StructOptions = {},
): void {
  parent.add(doc.struct(type, options as PDFKit.Mixins.StructureElementOptions, [draw]));
}

/** A grouping element (Sect, L, LI, Table, TR, Div); call end() on it when its children are added. */
export function group(
  doc: PDFKit.PDFDocument,
  parent: Element,
  type: string,
  options: StructOptions = {},
): Element {
  const element = doc.struct(type, options as PDFKit.Mixins.StructureElementOptions);
  parent.add(element);
  return element;
}

/** Decoration a screen reader skips: `type` 'Pagination' for running headers and footers, 'Layout' otherwise. */
export function artifact(
  doc: PDFKit.PDFDocument,
  draw: () => void,
  type: 'Pagination' | 'Layout' = 'Layout',
): void {
  doc.markContent('Artifact', { type });
  draw();
  doc.endMarkedContent();
}
