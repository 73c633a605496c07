/* eslint-disable @typescript-eslint/no-require-imports -- plain CommonJS script run by node, outside Jest */
// Runs outside Jest (plain Node): pdf-parse's pdf.js loads its worker with a dynamic import, which Jest's VM
// sandbox refuses. Reads JSON [base64 PDF, …] on stdin, writes JSON [{ text, pages }, …] on stdout.
const { PDFParse } = require('pdf-parse');

async function main() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  const pdfs = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  const out = [];
  for (const base64 of pdfs) {
    const parser = new PDFParse({ data: new Uint8Array(Buffer.from(base64, 'base64')) });
    try {
      const result = await parser.getText();
      out.push({ text: result.text, pages: result.total });
    } finally {
      await parser.destroy();
    }
  }
  process.stdout.write(JSON.stringify(out));
}

main().catch((error) => {
  process.stderr.write(String(error && error.stack ? error.stack : error));
  process.exit(1);
});
