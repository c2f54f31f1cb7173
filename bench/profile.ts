// Summarises a V8 .cpuprofile (from `node --cpu-prof`) into the functions and files with the most self time.
// Usage: tsx bench/profile.ts <file.cpuprofile> [--top N] [--inclusive]
//   --inclusive: time with callees (each function counted once per stack), to cost a pipeline stage as a whole.
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { table } from './stats';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const ROOT = resolve(__dirname, '..');

function where(url: string): string {
  if (!url) return '(native)';
  const path = url.replace(/^file:\/\//, '');
  return path.startsWith(ROOT) ? relative(ROOT, path) : path.replace(/.*node_modules\//, 'node_modules/');
}

export function summarise(profile: Profile, top = 25): string {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const perFunction = new Map<string, number>();
  const perFile = new Map<string, number>();
  for (const [id, us] of self) {
    const f = byId.get(id)!.callFrame;
    const file = where(f.url);
    // Regex "functions" are named by their whole source, which would make the table unreadable.
    const key = `${(f.functionName || '(anonymous)').slice(0, 90)}  ${file}:${f.lineNumber + 1}`;
    perFunction.set(key, (perFunction.get(key) ?? 0) + us);
    perFile.set(file, (perFile.get(file) ?? 0) + us);
  }
  const rows = (m: Map<string, number>, head: string): string =>
    table([
      [head, 'self ms', '%'],
      ...[...m]
        .sort((a, b) => b[1] - a[1])
        .slice(0, top)
        .map(([k, us]) => [k, (us / 1000).toFixed(0), ((100 * us) / total).toFixed(1)]),
    ]);
  return `total ${(total / 1000).toFixed(0)} ms sampled\n\n${rows(perFunction, 'function')}\n\n${rows(perFile, 'file')}`;
}

/** Inclusive time per function: a sample counts for every distinct function on its stack. */
export function inclusive(profile: Profile, top = 40): string {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const perNode = new Map<number, number>();
  profile.samples.forEach((id, i) => perNode.set(id, (perNode.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const name = (n: ProfileNode): string => `${(n.callFrame.functionName || '(anonymous)').slice(0, 60)}  ${where(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`;
  const incl = new Map<string, number>();
  let total = 0;
  for (const [id, us] of perNode) {
    total += us;
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const k = name(byId.get(cur)!);
      if (seen.has(k)) continue;
      seen.add(k);
      incl.set(k, (incl.get(k) ?? 0) + us);
    }
  }
  return `total ${(total / 1000).toFixed(0)} ms sampled\n\n${table([
    ['function', 'inclusive ms', '%'],
    ...[...incl]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([k, us]) => [k, (us / 1000).toFixed(0), ((100 * us) / total).toFixed(1)]),
  ])}`;
}

if (require.main === module) {
  const file = process.argv[2];
  const i = process.argv.indexOf('--top');
  const top = i > 0 ? Number(process.argv[i + 1]) : 25;
  const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  console.log(process.argv.includes('--inclusive') ? inclusive(profile, top) : summarise(profile, top));
}
