// Summarises a V8 .cpuprofile (from `node --cpu-prof`) into the functions and files with the most self time.
// Usage: tsx bench/profile.ts <file.cpuprofile> [--top N]
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
    const key = `${f.functionName || '(anonymous)'}  ${file}:${f.lineNumber + 1}`;
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

if (require.main === module) {
  const file = process.argv[2];
  const i = process.argv.indexOf('--top');
  const top = i > 0 ? Number(process.argv[i + 1]) : 25;
  console.log(summarise(JSON.parse(readFileSync(file, 'utf8')) as Profile, top));
}
