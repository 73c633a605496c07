import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { main } from '../../../cli/main';
import type { CliIo } from '../../../cli/command';

function fakeIo(stdin = '') {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { stdout: (t) => out.push(t), stderr: (t) => err.push(t), readStdin: async () => stdin };
  return { io, out: () => out.join('\n'), err: () => err.join('\n') };
}

async function run(...args: string[]) {
  const fake = fakeIo();
  const code = await main(args, fake.io);
  return { code, out: fake.out(), err: fake.err() };
}

async function json(...args: string[]) {
  const result = await run(...args, '--json');
  expect(result).toMatchObject({ code: 0, err: '' });
  return JSON.parse(result.out) as Record<string, string>;
}

describe('schuldhulp deadline <term>', () => {
  test('crisis aanmelding just before Christmas: 3 werkdagen → 29 December 2026', async () => {
    const out = await json('deadline', 'eerste-gesprek', '--from', '2026-12-23', '--crisis');
    expect(Object.keys(out).sort()).toEqual(['deadline', 'from', 'kind', 'source']);
    expect(out).toMatchObject({ kind: 'eerste-gesprek', from: '2026-12-23', deadline: '2026-12-29' });
    expect(out.source).toMatch(/Wgs art\. 4 lid 2/);
  });

  test('eerste gesprek without crisis: 4 weeks', async () => {
    expect((await json('deadline', 'eerste-gesprek', '--from', '2026-12-23')).deadline).toBe('2027-01-20');
  });

  test('a named statutory crisis situation is accepted', async () => {
    const out = await json(
      'deadline',
      'eerste-gesprek',
      '--from',
      '2026-12-23',
      '--crisis',
      '--situation',
      'gedwongen-woningontruiming',
    );
    expect(out.deadline).toBe('2026-12-29');
  });

  test.each([
    [['beschikking', '--from', '2026-03-19'], '2026-05-18'],
    [['creditor-answer', '--from', '2026-12-18'], '2027-01-05'],
    [['kennisgeving-pause', '--from', '2026-06-30', '--months', '8'], '2027-02-28'],
    [['kennisgeving-pause', '--from', '2026-10-31'], '2027-02-28'],
    [['noodstop', '--from', '2026-03-10', '--help-started', '2026-05-01'], '2027-03-10'],
    [['schuldregeling', '--from', '2026-01-05'], '2026-05-05'],
    [['moratorium', '--from', '2026-08-31'], '2027-02-28'],
    [['looptijd', '--from', '2026-07-01'], '2028-01-01'],
  ])('%j → %s', async (args, deadline) => {
    const out = await json('deadline', ...args);
    expect(out.kind).toBe(args[0]);
    expect(out.deadline).toBe(deadline);
  });

  test('without --json a readable Dutch text with the ISO date', async () => {
    const { code, out } = await run('deadline', 'eerste-gesprek', '--from', '2026-12-23', '--crisis');
    expect(code).toBe(0);
    expect(out).toContain('2026-12-29');
    expect(out).toContain('dinsdag 29 december 2026');
  });
});

describe('schuldhulp deadline with a generic length', () => {
  test.each([
    [['--weeks', '4', '--from', '2026-04-16'], '2026-05-18'], // Hemelvaart + decree day + weekend
    [['--days', '3', '--from', '2026-04-02'], '2026-04-08'], // Atw art. 2 over Easter
    [['--werkdagen', '3', '--from', '2026-12-23'], '2026-12-29'],
    [['--months', '3', '--from', '2026-09-27'], '2026-12-28'], // Sunday → Monday (Atw)
    [['--months', '4', '--from', '2026-08-27'], '2026-12-27'], // > 3 months: Atw art. 4, stays Sunday
    [['--weeks', '4', '--from', '2026-11-27', '--no-atw'], '2026-12-25'], // practice norm
  ])('%j → %s', async (args, deadline) => {
    expect((await json('deadline', ...args)).deadline).toBe(deadline);
  });

  test('source says when the Atw does not apply', async () => {
    expect((await json('deadline', '--months', '4', '--from', '2026-08-27')).source).toMatch(/art\. 4/);
  });
});

describe('bad input exits 2 and names the field', () => {
  test.each([
    [['deadline', 'eerste-gesprek'], '--from'],
    [['deadline', 'eerste-gesprek', '--from', '2026-02-30'], '--from'],
    [['deadline', 'eerste-gesprek', '--from', 'morgen'], '--from'],
    [['deadline', 'kennisgeving-pause', '--from', '2026-01-01', '--months', '6'], '--months'],
    [['deadline', 'moratorium', '--from', '2026-01-01', '--months', '7'], '--months'],
    [['deadline', 'beschikking', '--from', '2026-01-01', '--weeks', '9'], '--weeks'],
    [['deadline', 'eerste-gesprek', '--from', '2026-01-01', '--situation', 'beslaglegging'], '--situation'],
    [['deadline', 'looptijd', '--from', '2026-01-01', '--crisis'], '--crisis'],
    [['deadline', 'noodstop', '--from', '2026-01-01', '--help-started', '2026-13-01'], '--help-started'],
    [['deadline', '--from', '2026-01-01', '--weeks', '2', '--days', '3'], '--weeks'],
    [['deadline', '--from', '2026-01-01', '--weeks', 'vier'], '--weeks'],
    [['deadline', '--from', '2026-01-01'], '--weeks'],
    [['deadline', 'herinnering', '--from', '2026-01-01'], 'herinnering'],
    [['deadline', 'eerste-gesprek', '--from', '2026-01-01', '--bogus'], '--bogus'],
  ])('%j', async (args, field) => {
    const { code, err, out } = await run(...args);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toContain(field);
  });
});

test('--help prints the usage and exits 0', async () => {
  const { code, out } = await run('deadline', '--help');
  expect(code).toBe(0);
  expect(out).toMatch(/eerste-gesprek/);
  expect(out).toMatch(/--weeks/);
});

describe('the real binary', () => {
  const bin = path.join(__dirname, '../../../bin/schuldhulp.js');

  test('node bin/schuldhulp.js deadline … prints the JSON', () => {
    const result = spawnSync(
      process.execPath,
      [bin, 'deadline', 'eerste-gesprek', '--from', '2026-12-23', '--crisis', '--json'],
      {
        encoding: 'utf8',
        timeout: 60_000,
      },
    );
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ kind: 'eerste-gesprek', deadline: '2026-12-29' });
  });

  test('bad input exits 2 from the real binary', () => {
    const result = spawnSync(process.execPath, [bin, 'deadline', 'eerste-gesprek', '--from', '2026-02-30'], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--from');
  });
});
