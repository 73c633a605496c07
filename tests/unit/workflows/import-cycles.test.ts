import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/**
 * No import cycles in workflows/: neither between modules nor between the folders (case/ starts creditor
 * tracks and the oplossing, so those two and shared/ must never import case/, and shared/ imports none of them).
 */

const root = resolve(__dirname, '../../../workflows');

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return tsFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

/** Relative imports of a file (import/export ... from, and bare imports), resolved to files under workflows/. */
function importsOf(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  const specifiers = [...source.matchAll(/(?:from|import)\s+'(\.[^']+)'/g)].map((m) => m[1]!);
  return specifiers
    .map((spec) => resolve(dirname(file), spec))
    .map((base) =>
      [`${base}.ts`, join(base, 'index.ts')].find((p) => {
        try {
          return statSync(p).isFile();
        } catch {
          return false;
        }
      }),
    )
    .filter((p): p is string => p !== undefined && p.startsWith(root));
}

/** One cycle in `graph` as a path of nodes, or undefined. */
export function findCycle(graph: Map<string, Set<string>>): string[] | undefined {
  const state = new Map<string, 'visiting' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string): string[] | undefined => {
    if (state.get(node) === 'done') return undefined;
    if (state.get(node) === 'visiting') return [...stack.slice(stack.indexOf(node)), node];
    state.set(node, 'visiting');
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    stack.pop();
    state.set(node, 'done');
    return undefined;
  };
  for (const node of graph.keys()) {
    const cycle = visit(node);
    if (cycle) return cycle;
  }
  return undefined;
}

const files = tsFiles(root);
const moduleGraph = new Map(
  files.map((f) => [relative(root, f), new Set(importsOf(f).map((i) => relative(root, i)))]),
);
const folderOf = (path: string) => (path.includes('/') ? path.split('/')[0]! : '.');
const folderGraph = new Map<string, Set<string>>();
for (const [from, tos] of moduleGraph) {
  const edges = folderGraph.get(folderOf(from)) ?? new Set<string>();
  for (const to of tos) if (folderOf(to) !== folderOf(from)) edges.add(folderOf(to));
  folderGraph.set(folderOf(from), edges);
}

describe('imports of workflows/', () => {
  it('the check itself finds a cycle (control)', () => {
    const graph = new Map([
      ['a', new Set(['b'])],
      ['b', new Set(['c'])],
      ['c', new Set(['a'])],
    ]);
    expect(findCycle(graph)).toEqual(['a', 'b', 'c', 'a']);
    expect(
      findCycle(
        new Map([
          ['a', new Set(['b'])],
          ['b', new Set<string>()],
        ]),
      ),
    ).toBeUndefined();
  });

  it('reads the imports it should (case/ imports the creditor track)', () => {
    expect(folderGraph.get('case')).toContain('creditor-track');
    expect(moduleGraph.size).toBeGreaterThan(20);
  });

  it('has no cycle between modules', () => {
    expect(findCycle(moduleGraph)).toBeUndefined();
  });

  it('has no cycle between folders (case/, creditor-track/, oplossing/, shared/)', () => {
    expect(findCycle(folderGraph)).toBeUndefined();
  });

  it('shared/ imports none of the workflows', () => {
    expect([...(folderGraph.get('shared') ?? [])]).toEqual([]);
  });
});
