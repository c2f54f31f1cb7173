// `npm test`: type check, build, then every suite in order (unit, language server, in-host VS Code, end to end).
// Each stage's output is shown as it runs; the last line totals the tests as "N passed, N failed".
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

const stages = [
  { name: 'type check', cmd: ['npx', 'tsc', '--noEmit', '-p', '.'] },
  { name: 'build', cmd: ['node', 'esbuild.mjs'] },
  { name: 'unit', cmd: ['npx', 'mocha'] },
  { name: 'language server', cmd: ['npx', 'mocha', '--config', '.mocharc.server.json'], needs: '.mocharc.server.json' },
  { name: 'test host', cmd: ['node', 'scripts/install-test-host.mjs'], needs: 'scripts/install-test-host.mjs' },
  { name: 'in-host (VS Code)', cmd: ['node', 'test/run-vscode.mjs'], needs: 'test/run-vscode.mjs' },
  { name: 'end to end (browser)', cmd: ['node', 'test/run-e2e.mjs'], needs: 'test/run-e2e.mjs' },
];

/** Runs a command, echoing its output, and returns its exit code and output. */
function run(cmd) {
  return new Promise((resolve) => {
    const child = spawn(cmd[0], cmd.slice(1), { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      process.stdout.write(d);
    });
    child.stderr.on('data', (d) => {
      out += d;
      process.stderr.write(d);
    });
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), out }));
    child.on('error', (e) => resolve({ code: 1, out: String(e) }));
  });
}

/** Test counts from mocha's "N passing / N failing" or our runners' "N passed, N failed" lines. */
function counts(out) {
  const num = (re) => [...out.matchAll(re)].reduce((s, m) => s + Number(m[1]), 0);
  return {
    passed: num(/^\s*(\d+) passing/gm) + num(/^(\d+) passed, \d+ failed/gm),
    failed: num(/^\s*(\d+) failing/gm) + num(/^\d+ passed, (\d+) failed/gm),
  };
}

let passed = 0;
let failed = 0;
const summary = [];
for (const stage of stages) {
  if (stage.needs && !existsSync(stage.needs)) {
    summary.push(`${stage.name}: not present`);
    continue;
  }
  console.log(`\n=== ${stage.name} ===`);
  const started = Date.now();
  const { code, out } = await run(stage.cmd);
  const c = counts(out);
  passed += c.passed;
  failed += c.failed;
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  summary.push(`${stage.name}: ${code === 0 ? 'ok' : `FAILED (exit ${code})`}${c.passed + c.failed ? `, ${c.passed} passed, ${c.failed} failed` : ''} (${secs} s)`);
  if (code !== 0) {
    if (c.failed === 0) failed += 1;
    break;
  }
}
console.log('\n' + summary.join('\n'));
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
