import PDFDocument from 'pdfkit';
import { registerLetterFonts, shareWordCaches } from './fonts';

/**
 * A pdfkit document set up for archiving and accessibility:
 * - PDF/A-2a (ISO 19005-2, level A): PDF 1.7, fonts embedded, sRGB output intent, XMP metadata, tagged;
 * - tagged PDF with a structure tree, document language nl-NL and a title shown in the viewer's title bar
 *   (what screen readers and PDF/UA-minded checkers look for).
 * Every date in it is the letter's own date, never the clock: the same letter gives the same bytes
 * (pdfkit derives the file identifier from the info dictionary).
 */
export interface DocumentMeta {
  title: string;
  author: string;
  subject?: string;
  /** The letter's date (midnight UTC of its civil date). */
  date: Date;
}

export const PDFA_PART = 2;
export const PDFA_CONFORMANCE = 'A';
const CREATOR = 'schuldhulp';
const PRODUCER = 'schuldhulp (pdfkit)';

export function createLetterDocument(
  meta: DocumentMeta,
  options: PDFKit.PDFDocumentOptions,
): PDFKit.PDFDocument {
  const doc = new PDFDocument({
    ...options,
    pdfVersion: '1.7',
    subset: `PDF/A-${PDFA_PART}${PDFA_CONFORMANCE.toLowerCase()}` as PDFKit.Mixins.PDFSubsets,
    tagged: true,
    lang: 'nl-NL',
    displayTitle: true,
    info: {
      Title: meta.title,
      Author: meta.author,
      ...(meta.subject ? { Subject: meta.subject } : {}),
      Creator: CREATOR,
      Producer: PRODUCER,
      CreationDate: meta.date,
      ModDate: meta.date,
    },
  });
  registerLetterFonts(doc);
  shareWordCaches(doc);
  // pdfkit writes its own XMP from the info dictionary without escaping and without xmp:ModifyDate or
  // dc:language; this replaces that one step with a complete, escaped packet (PDF/A-2 clause 6.6).
  Object.assign(doc, { _addInfo: () => doc.appendXML(xmpPacket(meta)) });
  return doc;
}

function xmpDate(date: Date): string {
  return `${date.toISOString().split('.')[0]}Z`;
}

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The rdf:Description elements for XMP (pdfkit wraps them in x:xmpmeta/rdf:RDF and adds pdfaid). */
export function xmpPacket(meta: DocumentMeta): string {
  const date = xmpDate(meta.date);
  const subject = meta.subject
    ? `<dc:description><rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(meta.subject)}</rdf:li></rdf:Alt></dc:description>`
    : '';
  return [
    '<rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">',
    `<xmp:CreateDate>${date}</xmp:CreateDate>`,
    `<xmp:ModifyDate>${date}</xmp:ModifyDate>`,
    `<xmp:MetadataDate>${date}</xmp:MetadataDate>`,
    `<xmp:CreatorTool>${CREATOR}</xmp:CreatorTool>`,
    '</rdf:Description>',
    '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    '<dc:format>application/pdf</dc:format>',
    `<dc:title><rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(meta.title)}</rdf:li></rdf:Alt></dc:title>`,
    `<dc:creator><rdf:Seq><rdf:li>${escapeXml(meta.author)}</rdf:li></rdf:Seq></dc:creator>`,
    subject,
    '<dc:language><rdf:Bag><rdf:li>nl-NL</rdf:li></rdf:Bag></dc:language>',
    '</rdf:Description>',
    // PDF/UA-1 identification, with the extension schema PDF/A-2 requires for a schema it does not predefine.
    '<rdf:Description rdf:about="" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">',
    '<pdfuaid:part>1</pdfuaid:part>',
    '</rdf:Description>',
    PDFUA_EXTENSION_SCHEMA,
    '<rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">',
    `<pdf:Producer>${PRODUCER}</pdf:Producer>`,
    '</rdf:Description>',
  ]
    .filter(Boolean)
    .join('\n');
}

const PDFUA_EXTENSION_SCHEMA = [
  '<rdf:Description rdf:about="" xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/"',
  ' xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#" xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">',
  '<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType="Resource">',
  '<pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>',
  '<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>',
  '<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>',
  '<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType="Resource">',
  '<pdfaProperty:name>part</pdfaProperty:name>',
  '<pdfaProperty:valueType>Integer</pdfaProperty:valueType>',
  '<pdfaProperty:category>internal</pdfaProperty:category>',
  '<pdfaProperty:description>Indicates, which part of ISO 14289 standard is followed</pdfaProperty:description>',
  '</rdf:li></rdf:Seq></pdfaSchema:property>',
  '</rdf:li></rdf:Bag></pdfaExtension:schemas>',
  '</rdf:Description>',
].join('');

/** Collects the document's bytes. Call before drawing; resolves after doc.end(). */
export function collect(doc: PDFKit.PDFDocument): Promise<Buffer> {
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  return new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}
