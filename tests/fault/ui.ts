import type { Cluster } from '../../scripts/lib/cluster/cluster';

/**
 * The cluster's Temporal Web UI (temporalio/ui-server built from its Go module, configured from
 * deploy/temporal-ui.env like docker-compose's temporalio/ui), after the faults:
 *  - it lists the cases from the same visibility the console reads, with their search attributes;
 *  - it shows their inputs only as ciphertext (it has no sign-in, so the codec server decrypts nothing for it);
 *  - it refuses write actions (terminate, signal, reset), which TEMPORAL_DISABLE_WRITE_ACTIONS turns off while
 *    nobody signs in to it: supervisors act through the console. Queries (reading a case) still go through.
 */

export interface UiFigures {
  ok: boolean;
  lines: string[];
}

interface Settings {
  DisableWriteActions?: boolean;
  Codec?: { Endpoint?: string; PassAccessToken?: boolean };
}

export async function checkTemporalUi(cluster: Cluster, caseId: string, namespace = 'schuldhulp'): Promise<UiFigures> {
  const ui = cluster.uiUrl;
  if (!ui) return { ok: false, lines: ['the cluster started without its Web UI'] };
  const lines: string[] = [];
  let ok = true;
  const check = (what: string, passed: boolean, detail = '') => {
    lines.push(`${passed ? 'ok  ' : 'FAIL'} ${what}${detail ? `: ${detail}` : ''}`);
    ok &&= passed;
  };

  const settings = (await (await fetch(`${ui}/api/v1/settings`)).json()) as Settings;
  check('write actions off', settings.DisableWriteActions === true, `DisableWriteActions ${String(settings.DisableWriteActions)}`);
  check(
    'codec endpoint is the cluster codec server, with the user token passed on',
    settings.Codec?.Endpoint === cluster.codecUrl && settings.Codec?.PassAccessToken === true,
    `${settings.Codec?.Endpoint} (pass token ${String(settings.Codec?.PassAccessToken)})`,
  );

  const base = `${ui}/api/v1/namespaces/${encodeURIComponent(namespace)}`;
  const query = encodeURIComponent(`WorkflowType = 'caseWorkflow' AND ExecutionStatus = 'Running'`);
  const listed = (await (await fetch(`${base}/workflows?query=${query}`)).json()) as {
    executions?: { execution?: { workflowId?: string } }[];
  };
  const ids = (listed.executions ?? []).map((e) => e.execution?.workflowId);
  check('lists the running cases', ids.includes(caseId), `${ids.length} listed, ${caseId} among them: ${ids.includes(caseId)}`);

  const history = (await (await fetch(`${base}/workflows/${encodeURIComponent(caseId)}/history?maximumPageSize=1`)).json()) as {
    history?: { events?: { workflowExecutionStartedEventAttributes?: { input?: { payloads?: { metadata?: Record<string, string> }[] } } }[] };
  };
  const input = history.history?.events?.[0]?.workflowExecutionStartedEventAttributes?.input?.payloads?.[0];
  const encoding = Buffer.from(input?.metadata?.encoding ?? '', 'base64').toString();
  check('shows the case input only encrypted', encoding.startsWith('binary/encrypted'), `encoding ${encoding || 'none'}`);
  const anonymous = await fetch(`${cluster.codecUrl}/decode`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-namespace': namespace, origin: ui },
    body: JSON.stringify({ payloads: [input ?? {}] }),
  });
  check('the codec server decrypts nothing for the UI without a sign-in', anonymous.status === 401, `HTTP ${anonymous.status}`);

  // An Authorization header is how the UI's API skips its CSRF check (a signed-in UI sends one); it must not help.
  const terminate = await fetch(`${base}/workflows/${encodeURIComponent(caseId)}/terminate`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: 'Bearer nobody' },
    body: JSON.stringify({ reason: 'fault test: the UI must refuse this' }),
  });
  const still = (await (await fetch(`${base}/workflows/${encodeURIComponent(caseId)}`)).json()) as {
    workflowExecutionInfo?: { status?: string };
  };
  const status = still.workflowExecutionInfo?.status ?? 'unknown';
  check(
    'refuses to terminate a case',
    terminate.status === 405 && /RUNNING/.test(status),
    `HTTP ${terminate.status}, the case is ${status}`,
  );
  return { ok, lines };
}
