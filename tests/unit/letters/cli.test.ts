import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { UsageError } from '../../../cli/command';
import type { CliIo } from '../../../cli/command';
import { lettersCommand } from '../../../cli/commands/letters';
import { LETTER_KINDS } from '../../../activities/letters/registry';

function io() {
  const out: string[] = [];
  const err: string[] = [];
  const cliIo: CliIo = { stdout: (t) => out.push(t), stderr: (t) => err.push(t), readStdin: async () => '' };
  return { cliIo, out, err };
}

describe('schuldhulp letters', () => {
  it('render --example --out DIR writes one PDF per kind and says what it wrote', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'letters-cli-'));
    try {
      const { cliIo, out } = io();
      expect(await lettersCommand.run(['render', '--example', '--out', dir], cliIo)).toBe(0);
      expect(readdirSync(dir).sort()).toEqual(LETTER_KINDS.map((k) => `${k}.pdf`).sort());
      expect(out).toHaveLength(LETTER_KINDS.length + 1);
      expect(out[0]).toContain(path.join(dir, 'kennisgeving.pdf'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('--kind limits the output', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'letters-cli-'));
    try {
      expect(
        await lettersCommand.run(['render', '--example', '--out', dir, '--kind', 'noodstop'], io().cliIo),
      ).toBe(0);
      expect(readdirSync(dir)).toEqual(['noodstop.pdf']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('bad usage is a UsageError (exit 2)', async () => {
    await expect(lettersCommand.run(['render', '--example'], io().cliIo)).rejects.toThrow(UsageError);
    await expect(lettersCommand.run(['render', '--out', '/tmp/x'], io().cliIo)).rejects.toThrow(UsageError);
    await expect(
      lettersCommand.run(['render', '--example', '--out', '/tmp/x', '--kind', 'aanmaning'], io().cliIo),
    ).rejects.toThrow("onbekende briefsoort 'aanmaning'");
    await expect(lettersCommand.run([], io().cliIo)).rejects.toThrow(UsageError);
  });

  it('kinds lists every kind with its recipient', async () => {
    const { cliIo, out } = io();
    expect(await lettersCommand.run(['kinds'], cliIo)).toBe(0);
    expect(out).toHaveLength(LETTER_KINDS.length);
    expect(out.find((l) => l.startsWith('aanvraag-borgstelling'))).toContain('waarborgfonds');
  });
});
