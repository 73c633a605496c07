import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

/** One veraPDF verdict: a file against one profile ("2a", "ua1"), with the rules it failed. */
export interface Verdict {
  name: string;
  profile: string;
  compliant: boolean;
  failed: Array<{ rule: string; count: number; message: string }>;
}

const ROOT = path.join(__dirname, '..', '..', '..');
const SCRIPT = path.join(ROOT, 'scripts', 'verapdf-validate');

/**
 * Validates PDFs with veraPDF (installed into .tools/verapdf by scripts/install-verapdf, which scripts/setup runs),
 * all in one JVM. Names become the file names, so a verdict says which letter it is about.
 */
export function validatePdfs(
  pdfs: Array<{ name: string; pdf: Buffer }>,
  profiles: string[],
): Promise<Verdict[]> {
  if (!existsSync(path.join(ROOT, '.tools', 'verapdf', 'classes', 'Validate.class'))) {
    throw new Error('veraPDF ontbreekt: draai scripts/install-verapdf (scripts/setup doet dat ook)');
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'verapdf-'));
  const files = pdfs.map(({ name, pdf }) => {
    const file = path.join(dir, `${name}.pdf`);
    writeFileSync(file, pdf);
    return file;
  });
  return new Promise<Verdict[]>((resolve, reject) => {
    execFile(
      SCRIPT,
      ['--flavour', profiles.join(','), ...files],
      { maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        rmSync(dir, { recursive: true, force: true });
        // Exit code 1 means "not compliant": the verdicts say why. Anything else is a failure to validate.
        if (error && error.code !== 1) return reject(new Error(`veraPDF faalde: ${stderr || error.message}`));
        const verdicts = stdout
          .split('\n')
          .filter((line) => line.startsWith('{'))
          .map((line) => JSON.parse(line) as Verdict & { file: string })
          .map(({ file, ...rest }) => ({ ...rest, name: path.basename(file, '.pdf') }));
        resolve(verdicts);
      },
    );
  });
}
