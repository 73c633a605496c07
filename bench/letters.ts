/**
 * Letter rendering benchmark: time and size per letter kind, and a typical two-page creditor letter against
 * bare pdfkit writing a comparable two-page text.
 *
 *   npx tsx bench/letters.ts [--iterations N]
 *
 * Exports benchLetters() and formatLetterBench() for a future bench/main.ts.
 */
import { performance } from 'node:perf_hooks';
import PDFDocument from 'pdfkit';
import { composeLetter } from '../activities/letters/compose';
import type { ComposeOptions } from '../activities/letters/compose';
import { exampleLetterInput, exampleLetterhead, examplePortalUrl } from '../activities/letters/examples';
import { loadLetterhead } from '../activities/letters/letterhead';
import type { LetterKind } from '../activities/letters/registry';
import { LETTER_KINDS } from '../activities/letters/registry';

export interface KindFigure {
  kind: LetterKind;
  pages: number;
  bytes: number;
  msPerLetter: number;
}

export interface LetterBenchResult {
  iterations: number;
  kinds: KindFigure[];
  typical: { kind: LetterKind; pages: number; bytes: number; rendersPerSecond: number };
  barePdfkit: { pages: number; bytes: number; rendersPerSecond: number };
  /** Letter renders per second divided by bare pdfkit renders per second (1 = no overhead). */
  ratio: number;
}

const TYPICAL: LetterKind = 'betaalvoorstel';

function options(): ComposeOptions {
  return {
    letterhead: loadLetterhead(exampleLetterhead),
    portalUrl: examplePortalUrl,
    accessCodeFor: () => 'K7QF-3MZP-W8HD-2RXT',
  };
}

async function timeIt(iterations: number, run: () => Promise<unknown>): Promise<number> {
  for (let i = 0; i < Math.min(3, iterations); i++) await run(); // warm-up: fonts, JIT
  const start = performance.now();
  for (let i = 0; i < iterations; i++) await run();
  return (performance.now() - start) / iterations;
}

/**
 * Bare pdfkit: A4, Helvetica 10 pt, about as much text as the typical letter (≈3,200 characters) on two pages,
 * no letterhead, no validation, no layout logic, no page furniture.
 */
function barePdf(paragraphs: string[]): Promise<{ pdf: Buffer; pages: number }> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 80, bottom: 70, left: 71, right: 57 },
    info: { CreationDate: new Date(0) },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  let pages = 1;
  doc.on('pageAdded', () => pages++);
  doc.font('Helvetica').fontSize(10);
  paragraphs.forEach((p, i) => {
    if (i === Math.ceil(paragraphs.length / 2)) doc.addPage();
    doc.text(p, { lineGap: 2.5, paragraphGap: 7 });
  });
  doc.end();
  return done.then((pdf) => ({ pdf, pages }));
}

/** Dutch running text of the same length as the typical letter's text (16 × 200 characters). */
function twoPagesOfText(): string[] {
  const sentence =
    'Wij hebben de inkomsten, de vaste lasten en alle schulden in kaart gebracht en doen u een voorstel ' +
    'voor uw vordering van € 3.482,19, te betalen in 18 maanden via een saneringskrediet. ';
  return Array.from({ length: 16 }, () => sentence);
}

export async function benchLetters(opts: { iterations?: number } = {}): Promise<LetterBenchResult> {
  const iterations = opts.iterations ?? 10;
  const compose = options();
  const kinds: KindFigure[] = [];
  for (const kind of LETTER_KINDS) await composeLetter(exampleLetterInput(kind), compose); // warm every template
  for (const kind of LETTER_KINDS) {
    const input = exampleLetterInput(kind);
    const sample = await composeLetter(input, compose);
    const ms = await timeIt(iterations, () => composeLetter(input, compose));
    kinds.push({ kind, pages: sample.pages, bytes: sample.pdf.length, msPerLetter: ms });
  }
  const typicalInput = exampleLetterInput(TYPICAL);
  const typicalSample = await composeLetter(typicalInput, compose);
  const typicalMs = await timeIt(iterations * 3, () => composeLetter(typicalInput, compose));
  const text = twoPagesOfText();
  const bareSample = await barePdf(text);
  const bareMs = await timeIt(iterations * 3, () => barePdf(text));
  return {
    iterations,
    kinds,
    typical: {
      kind: TYPICAL,
      pages: typicalSample.pages,
      bytes: typicalSample.pdf.length,
      rendersPerSecond: 1000 / typicalMs,
    },
    barePdfkit: { pages: bareSample.pages, bytes: bareSample.pdf.length, rendersPerSecond: 1000 / bareMs },
    ratio: 1000 / typicalMs / (1000 / bareMs),
  };
}

export function formatLetterBench(result: LetterBenchResult): string {
  const width = Math.max(...result.kinds.map((k) => k.kind.length));
  const lines = [
    `Letters (${result.iterations} renders per kind, after warm-up; validate + template + PDF, no storage)`,
    `${'kind'.padEnd(width)}  pages   bytes   ms/letter`,
    ...result.kinds.map(
      (k) =>
        `${k.kind.padEnd(width)}  ${String(k.pages).padStart(5)}  ${String(k.bytes).padStart(6)}  ${k.msPerLetter.toFixed(1).padStart(10)}`,
    ),
    '',
    `typical creditor letter (${result.typical.kind}, ${result.typical.pages} pages, ${result.typical.bytes} bytes): ` +
      `${result.typical.rendersPerSecond.toFixed(0)} renders/s`,
    `bare pdfkit, comparable text (${result.barePdfkit.pages} pages, ${result.barePdfkit.bytes} bytes): ` +
      `${result.barePdfkit.rendersPerSecond.toFixed(0)} renders/s`,
    `ratio letter/bare renders per second: ${result.ratio.toFixed(2)} (${(1 / result.ratio).toFixed(1)}× the time of bare pdfkit)`,
  ];
  return lines.join('\n');
}

if (require.main === module) {
  const flag = process.argv.indexOf('--iterations');
  const iterations = flag >= 0 ? Number(process.argv[flag + 1]) : undefined;
  benchLetters(iterations ? { iterations } : {})
    .then((result) => console.log(formatLetterBench(result)))
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
