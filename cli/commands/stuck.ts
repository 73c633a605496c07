import { CASE_PHASES } from '../../workflows/case/types';
import { parseArgs } from 'node:util';
import { amsterdamDateOf } from '../../domain/amsterdam-time';
import { TemporalAttentionFinder } from '../../services/supervisor/attention';
import type { VisibilityClient } from '../../services/visibility';
import { loadConfig } from '../../platform/config';
import { UsageError, type CliCommand } from '../command';
import { caseService } from './case';

const usage = `Gebruik:
  schuldhulp stuck [--gemeente GM0599] [--officer ID] [--phase FASE] [--json]

De toezichtlijst in de terminal: zaken die aandacht nodig hebben (termijn overschreden of bijna, een
workflowtaak of activiteit die blijft falen, geen voortgang sinds dagen, lang wachten op een schuldeiser),
ook tijdens de schuldregeling, de dringendste eerst, elk met de reden en een link naar de workflow in de
Temporal UI. Gebouwd op zoekattributen: snel, ook bij duizenden zaken.`;

const PHASES = CASE_PHASES;

export const stuckCommand: CliCommand = {
  name: 'stuck',
  summary: 'Zaken die aandacht nodig hebben (toezicht)',
  usage,
  async run(args, io) {
    const { values } = parseArgs({
      args,
      options: {
        gemeente: { type: 'string' },
        officer: { type: 'string' },
        phase: { type: 'string' },
        json: { type: 'boolean' },
      },
      strict: true,
    });
    if (values.phase && !(PHASES as readonly string[]).includes(values.phase)) {
      throw new UsageError(`--phase moet een van ${PHASES.join(', ')} zijn`);
    }
    const config = loadConfig();
    const service = await caseService();
    const finder = new TemporalAttentionFinder(service.client as unknown as VisibilityClient, {
      namespace: config.temporal.namespace,
      temporalUiUrl: config.temporalUiUrl,
      dueWithinWerkdagen: config.api.attention.dueWithinWerkdagen,
      creditorWaitingDays: config.api.attention.creditorWaitingDays,
      progressDays: config.api.attention.progressDays,
      workflowTaskAttempts: config.api.attention.workflowTaskAttempts,
      now: () => new Date(),
    });
    const items = await finder.find(
      {
        gemeente: values.gemeente,
        officerId: values.officer,
        phase: values.phase as (typeof PHASES)[number] | undefined,
      },
      amsterdamDateOf(Date.now()),
    );
    if (!finder.usesReportedProblems) {
      io.stderr(
        'Let op: deze Temporal-server kent TemporalReportedProblems niet (nodig: 1.30 of nieuwer). Een ' +
          'falende workflowtaak komt dan uit de aandachtsmarkering die de worker zet na herhaalde fouten.',
      );
    }
    if (values.json) {
      io.stdout(JSON.stringify(items, null, 2));
      return 0;
    }
    io.stdout(
      items.length
        ? items
            .map((i) =>
              [
                `${i.caseId}  (${i.phase ?? '?'}${i.oplossingPhase ? `: ${i.oplossingPhase}` : ''}, ${i.officerId ?? '?'})`,
                ...i.reasons.map(
                  (r) =>
                    `  - ${r.message}${r.workflowId && r.workflowId !== i.caseId ? ` [${r.workflowId}]` : ''}`,
                ),
                `  ${i.temporalUiUrl}`,
              ].join('\n'),
            )
            .join('\n')
        : 'Geen zaken die aandacht nodig hebben.',
    );
    return 0;
  },
};
