/**
 * Letter rendering benchmark: time and size per letter kind, and a typical two-page creditor letter against
 * bare pdfkit writing a comparable two-page text in the SAME embedded font (Source Sans 3, subsetted), so the
 * ratio measures the engine (layout, tagging, PDF/A metadata), not the cost of embedding a font.
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
import type { LetterInput } from '../activities/letters/compose';
import type { Block, Run } from '../activities/letters/engine';
import { BOLD, FONT, registerLetterFonts } from '../activities/letters/fonts';
import { letterRegistry } from '../activities/letters/registry';
import type { LetterDefinition, TemplateContext } from '../activities/letters/templates/common';
import type { CivilDate } from '../domain/civil-date';
import { formatDutchDate } from '../domain/civil-date';
import { kenmerk } from '../domain/letter-id';
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
  /**
   * Letter renders per second divided by bare pdfkit renders per second (1 = no overhead): the median over
   * rounds that each time both side by side, so a machine that slows down for a while slows both alike.
   */
  ratio: number;
  /** Lowest and highest round ratio. */
  ratioRange: [number, number];
  rounds: number;
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
 * Bare pdfkit: A4, Source Sans 3 10.5 pt embedded like the letters (regular and bold, the same parsed faces,
 * subsetted on output), the typical letter's own text on two pages;
 * no letterhead, no validation, no layout logic, no tagging, no PDF/A, no page furniture.
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
  registerLetterFonts(doc);
  doc.font(BOLD).fontSize(12).text('Voorstel voor een schuldregeling', { paragraphGap: 7 });
  doc.font(FONT).fontSize(10.5);
  paragraphs.forEach((p, i) => {
    if (i === Math.ceil(paragraphs.length / 2)) doc.addPage();
    doc.text(p, { lineGap: 2.2, paragraphGap: 7 });
  });
  doc.end();
  return done.then((pdf) => ({ pdf, pages }));
}

/**
 * The typical letter's own words (subject, salutation, every paragraph, list item, table row and box), as plain
 * paragraphs: the same text to shape and wrap, without the engine's layout. Repeating one sentence would let
 * pdfkit's per-document word cache do most of bare pdfkit's work.
 */
function letterText(input: LetterInput): string[] {
  const definition = letterRegistry[input.kind] as unknown as LetterDefinition;
  const data = definition.schema.parse(input.data);
  const ctx: TemplateContext = {
    letterhead: loadLetterhead(exampleLetterhead),
    date: input.date as CivilDate,
    caseReference: input.caseReference,
    kenmerk: kenmerk(input.caseReference, input.letterId),
    contact: input.contact,
    access: { portalUrl: examplePortalUrl, code: 'K7QF-3MZP-W8HD-2RXT' },
  };
  const content = definition.render(ctx, input.recipient, data);
  const runs = (r: Run[]) => r.map((x) => (typeof x === 'string' ? x : x.bold)).join('');
  const blockText = (block: Block): string[] => {
    switch (block.type) {
      case 'paragraph':
        return [runs(block.runs)];
      case 'heading':
        return [block.text];
      case 'list':
        return block.items.map((item) => `• ${runs(item)}`);
      case 'table':
        return block.rows.map((row) => `${row.label}  ${row.value}`);
      case 'deadline':
        return [block.label, formatDutchDate(block.date), block.basis];
      case 'access':
        return [`Ga naar ${block.portalUrl} en log in met deze toegangscode:`, block.code];
    }
  };
  return [
    content.salutation,
    ...content.blocks.flatMap(blockText),
    'Met vriendelijke groet,',
    input.contact.name,
  ];
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
  const text = letterText(typicalInput);
  const bareSample = await barePdf(text);
  const letter = () => composeLetter(typicalInput, compose);
  const bare = () => barePdf(text);
  await timeIt(3, letter);
  await timeIt(3, bare);
  // Interleaved rounds, alternating which goes first; each round yields one ratio.
  const rounds = Math.max(5, iterations * 2);
  const perRound = 4;
  const ratios: number[] = [];
  let typicalTotal = 0;
  let bareTotal = 0;
  for (let r = 0; r < rounds; r++) {
    const first = r % 2 === 0 ? letter : bare;
    const second = r % 2 === 0 ? bare : letter;
    const a = await block(perRound, first);
    const b = await block(perRound, second);
    const [letterMs, bareMs] = r % 2 === 0 ? [a, b] : [b, a];
    typicalTotal += letterMs;
    bareTotal += bareMs;
    ratios.push(bareMs / letterMs);
  }
  ratios.sort((x, y) => x - y);
  const typicalMs = typicalTotal / (rounds * perRound);
  const bareMs = bareTotal / (rounds * perRound);
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
    ratio: ratios[Math.floor(ratios.length / 2)]!,
    ratioRange: [ratios[0]!, ratios[ratios.length - 1]!],
    rounds,
  };
}

/** Total milliseconds for n runs back to back. */
async function block(n: number, run: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  for (let i = 0; i < n; i++) await run();
  return performance.now() - start;
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
    `bare pdfkit, comparable text in the same embedded font (${result.barePdfkit.pages} pages, ${result.barePdfkit.bytes} bytes): ` +
      `${result.barePdfkit.rendersPerSecond.toFixed(0)} renders/s`,
    `ratio letter/bare renders per second: ${result.ratio.toFixed(2)} (${(1 / result.ratio).toFixed(1)}× the time of bare pdfkit), ` +
      `median of ${result.rounds} interleaved rounds, range ${result.ratioRange[0].toFixed(2)}–${result.ratioRange[1].toFixed(2)}`,
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
