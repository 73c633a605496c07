/**
 * Every letter kind as the configured gemeente sends it (example data, deploy/gemeenten.json or the file given),
 * as PDF and as PNG pages to look at: `npx tsx scripts/letters-png.ts [--out DIR] [--gemeenten FILE]`.
 * Needs pdftoppm (scripts/install-poppler).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { composeLetter } from '../activities/letters/compose';
import {
  GEMEENTEN_FILE,
  configuredDirectory,
  configuredInput,
  configuredOptions,
} from '../activities/letters/example-gemeente';
import { LETTER_KINDS } from '../activities/letters/registry';

async function main(): Promise<void> {
  const arg = (name: string) => {
    const i = process.argv.indexOf(name);
    return i >= 0 ? process.argv[i + 1] : undefined;
  };
  const out = path.resolve(arg('--out') ?? '/tmp/schuldhulp-letters');
  mkdirSync(out, { recursive: true });
  const directory = configuredDirectory(arg('--gemeenten') ?? GEMEENTEN_FILE);
  const options = configuredOptions(directory);
  for (const kind of LETTER_KINDS) {
    const letter = await composeLetter(configuredInput(kind, directory), options);
    const file = path.join(out, `${kind}.pdf`);
    writeFileSync(file, letter.pdf);
    execFileSync('pdftoppm', ['-r', '80', '-png', file, path.join(out, kind)]);
    console.log(`${file}  ${letter.pages} pagina('s) → ${kind}-<n>.png`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
