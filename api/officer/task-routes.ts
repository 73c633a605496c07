import { z } from 'zod';
import { staff } from '../access';
import type { ApiDeps } from '../deps';
import { forbidden, notFound } from '../problem';
import { defineRoute, type AnyRoute } from '../route';
import { named } from '../schemas';
import { BASE } from './routes';

/**
 * "Mijn taken": the reminders, breach alerts and officer tasks the workflows leave (data/notifications). An officer
 * sees the own ones, a supervisor every task of the own gemeente (all gemeenten without one); both mark done.
 */

const TAG = 'Taken';

export const taskSchema = named(
  z.object({
    id: z.string(),
    audience: z.enum(['officer', 'supervisor']),
    kind: z.enum(['deadline-reminder', 'deadline-breached', 'creditor-silent', 'officer-task']),
    caseId: z.string(),
    gemeente: z.string(),
    officerId: z.string(),
    message: z.string(),
    deadline: z.string().optional(),
    createdAt: z.string(),
    done: z.object({ by: z.string(), at: z.string() }).optional(),
  }),
  'Task',
);
export const taskListResponse = named(
  z.object({ items: z.array(taskSchema), open: z.number().int() }),
  'TaskList',
);

const taskListQuery = z.object({
  open: z
    .enum(['true', 'false'], { error: 'open moet true of false zijn' })
    .optional()
    .transform((v) => v === 'true'),
});
const taskParams = z.object({
  taskId: z.string().min(1).max(300, { error: 'taskId is te lang' }),
});

export function taskRoutes(deps: ApiDeps): AnyRoute[] {
  const scopeOf = (principal: Parameters<typeof staff>[0]) => {
    const who = staff(principal);
    if (who.role === 'waarborgfonds') throw forbidden('Het waarborgfonds heeft geen taken in zaken.');
    return who.role === 'officer'
      ? { gemeente: who.gemeenteCode, officerId: who.officerId ?? '-' }
      : { gemeente: who.gemeenteCode };
  };

  const listTasks = defineRoute({
    method: 'GET',
    path: `${BASE}/tasks`,
    operationId: 'listTasks',
    summary: 'Mijn taken: herinneringen, overschreden termijnen en taken, nieuwste eerst',
    tag: TAG,
    roles: ['officer', 'supervisor'],
    query: taskListQuery,
    response: { status: 200, description: 'Taken en het aantal open taken', schema: taskListResponse },
    problems: [403],
    async handler({ query, principal }) {
      const scope = scopeOf(principal);
      const all = await deps.tasks.list(scope);
      return { items: query.open ? all.filter((t) => !t.done) : all, open: all.filter((t) => !t.done).length };
    },
  });

  const markDone = defineRoute({
    method: 'POST',
    path: `${BASE}/tasks/{taskId}/done`,
    operationId: 'markTaskDone',
    summary: 'Een taak afvinken',
    tag: TAG,
    roles: ['officer', 'supervisor'],
    params: taskParams,
    response: { status: 200, description: 'De afgevinkte taak', schema: taskSchema },
    problems: [403, 404],
    async handler({ params, principal }) {
      const scope = scopeOf(principal);
      const visible = (await deps.tasks.list(scope)).some((t) => t.id === params.taskId);
      if (!visible) throw notFound('Deze taak bestaat niet of is niet voor u.');
      const who = staff(principal);
      const done = await deps.tasks.markDone(params.taskId, who.officerId ?? who.role, deps.now());
      if (!done) throw notFound('Deze taak bestaat niet meer.');
      return done;
    },
  });

  return [listTasks, markDone];
}
