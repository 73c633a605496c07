import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { reportingSqliteFile } from '../../activities/reporting/open-store';
import { Sealer } from '../../activities/reporting/sealed';
import { SqliteReportingStore } from '../../activities/reporting/sqlite-store';
import { main } from '../../cli/main';
import { uitwisselmodelErrors } from '../../ddas/uitwisselmodel';
import { loadConfig } from '../../platform/config';
import { resolveKeyRing } from '../../platform/encryption/dev-key';
import { exampleEvents } from './cases';

/** `schuldhulp ddas export --from --to > levering.json` over the store of the data folder. */
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'schuldhulp-ddas-cli-'));
const saved = process.env.SCHULDHULP_DATA_DIR;
beforeAll(async () => {
  process.env.SCHULDHULP_DATA_DIR = dataDir;
  const ring = resolveKeyRing(loadConfig(), () => undefined);
  const store = new SqliteReportingStore(reportingSqliteFile(dataDir), new Sealer(ring));
  await store.write(exampleEvents);
  await store.close();
});
afterAll(() => {
  if (saved === undefined) delete process.env.SCHULDHULP_DATA_DIR;
  else process.env.SCHULDHULP_DATA_DIR = saved;
});

async function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    readStdin: async () => '',
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

it('writes the delivery of the period for every gemeente in the store, valid against the official schema', async () => {
  const { code, out, err } = await run(['ddas', 'export', '--from', '2026-01-01', '--to', '2026-12-31']);
  expect(code).toBe(0);
  const levering = JSON.parse(out);
  expect(uitwisselmodelErrors(levering)).toEqual([]);
  expect(
    levering.leveringen.map(
      (l: { aanleverende_organisatie: { gemeentecode: string }; schuldhulptrajecten: unknown[] }) => [
        l.aanleverende_organisatie.gemeentecode,
        l.schuldhulptrajecten.length,
      ],
    ),
  ).toEqual([
    ['0363', 1],
    ['0599', 4],
  ]);
  expect(err).toBe('5 schuldhulptrajecten in 2 levering(en), 2026-01-01 t/m 2026-12-31');
});

it('one gemeente; bad dates are usage errors (exit 2)', async () => {
  const one = await run([
    'ddas',
    'export',
    '--from',
    '2025-01-01',
    '--to',
    '2025-12-31',
    '--gemeente',
    'GM0599',
  ]);
  expect(JSON.parse(one.out).leveringen[0].schuldhulptrajecten).toHaveLength(1);
  const bad = await run(['ddas', 'export', '--from', '2026-13-01', '--to', '2026-12-31']);
  expect(bad.code).toBe(2);
  expect(bad.err).toContain('--from "2026-13-01" is geen datum JJJJ-MM-DD');
  expect((await run(['ddas', 'export', '--from', '2026-12-31', '--to', '2026-01-01'])).code).toBe(2);
});
