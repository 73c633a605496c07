import { execFile } from 'node:child_process';
import * as path from 'node:path';

export interface PdfText {
  /** Whitespace collapsed, so assertions do not depend on line breaks. */
  text: string;
  /** The extracted lines as laid out (trimmed), to check that something stays on one line. */
  lines: string[];
  pages: number;
}

/** Extracts the text of many PDFs with pdf-parse in one child process (see extract-text.cjs for why). */
export function pdfTexts(pdfs: Buffer[]): Promise<PdfText[]> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      process.execPath,
      [path.join(__dirname, 'extract-text.cjs')],
      { maxBuffer: 64 * 1024 * 1024, cwd: path.join(__dirname, '..', '..', '..') },
      (error, stdout, stderr) => {
        if (error) return reject(new Error(`pdf-parse faalde: ${stderr || error.message}`));
        const parsed = JSON.parse(stdout) as Array<{ text: string; pages: number }>;
        resolve(
          parsed.map((p) => ({
            text: p.text.replace(/\s+/g, ' '),
            lines: p.text.split('\n').map((line) => line.replace(/\s+/g, ' ').trim()),
            pages: p.pages,
          })),
        );
      },
    );
    child.stdin?.end(JSON.stringify(pdfs.map((pdf) => pdf.toString('base64'))));
  });
}

export async function pdfText(pdf: Buffer): Promise<PdfText> {
  const [result] = await pdfTexts([pdf]);
  if (!result) throw new Error('geen tekst');
  return result;
}
