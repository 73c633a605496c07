import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { backoffMs, supervise } from '../../../scripts/lib/supervise';

const root = path.resolve(__dirname, '../../..');

it('backs off 1, 2, 4 … seconds, at most 30', () => {
  expect([1, 2, 3, 4, 5, 6, 7].map((n) => backoffMs(n))).toEqual([1000, 2000, 4000, 8000, 16000, 30000, 30000]);
});

it('restarts a child that dies and says so; stop() ends it for good', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'supervise-'));
  const script = path.join(dir, 'child.js');
  // Dies at once on its first two runs, then stays up.
  writeFileSync(
    script,
    `const fs=require('fs');const f=${JSON.stringify(path.join(dir, 'runs'))};` +
      `const n=(fs.existsSync(f)?Number(fs.readFileSync(f,'utf8')):0)+1;fs.writeFileSync(f,String(n));` +
      `if(n<3)process.exit(7);setInterval(()=>{},1000);`,
  );
  const said: string[] = [];
  const child = supervise('probe', script, { cwd: root, env: process.env, say: (m) => said.push(m), write: () => undefined, minBackoffMs: 50 });
  try {
    const deadline = Date.now() + 20_000;
    while (child.restarts() < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(said).toEqual([
      '[supervisor] probe exited (code 7); restarting in 0 s (restart 1)',
      '[supervisor] probe exited (code 7); restarting in 0 s (restart 2)',
    ]);
  } finally {
    await child.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  expect(child.current().exitCode !== null || child.current().signalCode !== null).toBe(true);
}, 30_000);
