import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { configuredReportingStore } from '../../activities/reporting/open-store';
import { compareStores, rebuildStore } from '../../activities/reporting/rebuild';
import { Sealer } from '../../activities/reporting/sealed';
import { SqliteReportingStore } from '../../activities/reporting/sqlite-store';
import { loadConfig } from '../../platform/config';
import { resolveKeyRing } from '../../platform/encryption/dev-key';
import { createClient, dataConverter } from '../../platform/temporal';
import { UsageError, type CliCommand } from '../command';

const usage = `Gebruik:
  schuldhulp reporting check      bouwt de rapportage-opslag opnieuw op uit de Temporal-geschiedenissen (in een
                                  tijdelijk bestand) en bewijst dat die gelijk is aan de opslag zelf
  schuldhulp reporting rebuild    schrijft wat de geschiedenissen bevatten in de opslag (wat er al staat telt
                                  niet dubbel) en controleert daarna hetzelfde

Leest alle workflows van de namespace (ook afgesloten en voortgezette runs). Code 0: gelijk; 1: verschil.`;

export const reportingCommand: CliCommand = {
  name: 'reporting',
  summary: 'Rapportage-opslag: herbouwen uit de geschiedenissen en vergelijken',
  usage,
  async run(args, io) {
    const { positionals } = parseArgs({ args, options: {}, allowPositionals: true, strict: true });
    const [sub] = positionals;
    if (sub !== 'check' && sub !== 'rebuild') throw new UsageError('kies check of rebuild');
    const config = loadConfig();
    const ring = resolveKeyRing(config, () => undefined);
    const client = await createClient(config, ring);
    const live = configuredReportingStore(config, ring);
    const scratch = new SqliteReportingStore(
      path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'schuldhulp-rebuild-')), 'rebuilt.sqlite'),
      new Sealer(ring),
    );
    try {
      const converter = dataConverter(ring);
      const rebuilt = await rebuildStore(client, converter, scratch);
      if (sub === 'rebuild') io.stdout(`nieuw in de opslag: ${await live.write(await scratch.events())}`);
      const diff = await compareStores(live, scratch);
      io.stdout(`${rebuilt.workflows} workflows, ${rebuilt.events} gebeurtenissen in de geschiedenissen`);
      const same = !diff.onlyLive.length && !diff.onlyRebuilt.length && !diff.different.length;
      if (same) io.stdout('opslag gelijk aan de geschiedenissen');
      else
        io.stdout(
          [
            `alleen in de opslag: ${diff.onlyLive.join(', ') || '-'}`,
            `alleen in de geschiedenissen: ${diff.onlyRebuilt.join(', ') || '-'}`,
            `verschillend: ${diff.different.join(', ') || '-'}`,
          ].join('\n'),
        );
      return same ? 0 : 1;
    } finally {
      await scratch.close();
      await live.close();
      await client.connection.close();
    }
  },
};
