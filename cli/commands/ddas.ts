import { parseArgs } from 'node:util';
import { configuredReportingStore } from '../../activities/reporting/open-store';
import { isCivilDate, type CivilDate } from '../../domain/civil-date';
import { buildDelivery } from '../../domain/ddas/delivery';
import { uitwisselmodelErrors } from '../../ddas/uitwisselmodel';
import { loadConfig } from '../../platform/config';
import { resolveKeyRing } from '../../platform/encryption/dev-key';
import { UsageError, type CliCommand } from '../command';

const usage = `Gebruik:
  schuldhulp ddas export --from 2026-01-01 --to 2026-12-31 [--gemeente GM0599 ...] > levering.json

Schrijft de DDAS-levering (Uitwisselmodel v1.0) van de periode: elk schuldhulptraject dat in de periode liep,
gebouwd uit de rapportage-opslag, één levering per gemeente (zonder --gemeente: elke gemeente in de opslag).
Dezelfde levering als POST /ddas/v1/gegevens, zonder paginering. De levering wordt eerst getoetst aan het
officiële JSON-schema; klopt die niet, dan schrijft het commando niets en eindigt met code 1.`;

const date = (value: string | undefined, flag: string): CivilDate => {
  if (!value) throw new UsageError(`${flag} ontbreekt (JJJJ-MM-DD)`);
  if (!isCivilDate(value)) throw new UsageError(`${flag} ${JSON.stringify(value)} is geen datum JJJJ-MM-DD`);
  return value;
};

export const ddasCommand: CliCommand = {
  name: 'ddas',
  summary: 'DDAS-levering aan het CBS (schuldhulpverlening) als bestand',
  usage,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      options: {
        from: { type: 'string' },
        to: { type: 'string' },
        gemeente: { type: 'string', multiple: true },
      },
      allowPositionals: true,
      strict: true,
    });
    if (positionals[0] !== 'export') throw new UsageError('alleen "ddas export" bestaat');
    const from = date(values.from, '--from');
    const to = date(values.to, '--to');
    if (from > to) throw new UsageError('--to ligt vóór --from');
    for (const g of values.gemeente ?? [])
      if (!/^GM\d{4}$/.test(g))
        throw new UsageError(`--gemeente ${JSON.stringify(g)} heeft niet de vorm GM0599`);
    const config = loadConfig();
    const store = configuredReportingStore(
      config,
      resolveKeyRing(config, () => undefined),
    );
    try {
      const events = await store.events();
      const gemeenten = values.gemeente?.length
        ? values.gemeente
        : [...new Set(events.map((e) => e.gemeente))].sort();
      if (!gemeenten.length) throw new Error('de rapportage-opslag bevat nog geen zaken; geef --gemeente');
      const { gegevens } = buildDelivery(
        { from, to, gemeenten, now: new Date().toISOString(), supplierCode: config.ddas.supplierCode },
        events,
      );
      const problems = uitwisselmodelErrors(gegevens);
      if (problems.length) {
        io.stderr(`De levering voldoet niet aan het DDAS-schema:\n${problems.join('\n')}`);
        return 1;
      }
      io.stdout(JSON.stringify(gegevens, null, 2));
      const count = gegevens.leveringen.reduce((n, l) => n + l.schuldhulptrajecten.length, 0);
      io.stderr(
        `${count} schuldhulptrajecten in ${gegevens.leveringen.length} levering(en), ${from} t/m ${to}`,
      );
      return 0;
    } finally {
      await store.close();
    }
  },
};
