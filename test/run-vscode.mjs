#!/usr/bin/env node
// `npm run test:vscode`: runs the in-host suite (test/vscode) inside code-server's real extension host on a copy of test/workspace.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT, hostComplete } from '../scripts/host/paths.mjs';
import { runInCodeServer } from '../scripts/host/in-host.mjs';
import { printReport } from '../scripts/host/report.mjs';

const started = Date.now();
const ARTIFACTS = join(REPO_ROOT, 'test-artifacts');

function step(cmd, args) {
  const r = spawnSync(cmd, args, { cwd: REPO_ROOT, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`in-host: \`${cmd} ${args.join(' ')}\` failed`);
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
}

if (!hostComplete()) step(process.execPath, ['scripts/install-test-host.mjs']);
if (!existsSync(join(REPO_ROOT, 'dist', 'client.js'))) {
  console.error('in-host: dist/client.js is missing: run `npm run build` first');
  console.log('0 passed, 1 failed');
  process.exit(1);
}
step(process.execPath, ['esbuild.test.mjs']);

// The tests edit corpus files and settings, so they work on a throw-away copy of the workspace.
const workspace = join(mkdtempSync(join(tmpdir(), 'faktenlage-ws-')), 'workspace');
cpSync(join(REPO_ROOT, 'test', 'workspace'), workspace, { recursive: true });

let result;
try {
  result = await runInCodeServer({
    extensionPath: REPO_ROOT,
    testsPath: join(REPO_ROOT, 'out', 'test', 'vscode', 'index.js'),
    workspace,
    artifactsDir: ARTIFACTS,
    timeoutMs: Number(process.env.FAKTENLAGE_TEST_TIMEOUT_MS) || 150_000,
    env: process.env.FAKTENLAGE_TEST_GREP ? { FAKTENLAGE_TEST_GREP: process.env.FAKTENLAGE_TEST_GREP } : {},
  });
} catch (err) {
  console.error(`in-host: the host could not run the suite: ${err.message}`);
  result = { code: null, timedOut: false, report: '' };
} finally {
  rmSync(join(workspace, '..'), { recursive: true, force: true });
}

const ok = printReport('in-host (code-server)', result, {
  started,
  logs: [join(ARTIFACTS, 'vscode-code-server.log'), join(ARTIFACTS, 'vscode-browser.log')],
});
process.exit(ok ? 0 : 1);
