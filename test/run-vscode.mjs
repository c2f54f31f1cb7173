#!/usr/bin/env node
// `npm run test:vscode`: runs the in-host suite (test/vscode) inside code-server's real extension host on a copy of test/workspace,
// then the untrusted-workspace test in a second code-server where that folder was never trusted.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT, hostComplete } from '../scripts/host/paths.mjs';
import { runInCodeServer } from '../scripts/host/in-host.mjs';
import { printReport } from '../scripts/host/report.mjs';

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

/**
 * Restricted mode: a fresh user-data dir has never trusted the folder, trust is switched on (the quiet
 * defaults switch it off) without its start-up dialog, and code-server is started without
 * `--disable-workspace-trust` (`trustWorkspace: false`).
 * The workspace copy gets a draft and a setting pointing the corpus at a folder beside the workspace,
 * whose article contradicts the draft; test/vscode/untrusted.test.ts expects it not to be indexed.
 */
const UNTRUSTED = {
  settings: {
    'security.workspace.trust.enabled': true,
    'security.workspace.trust.startupPrompt': 'never',
    'security.workspace.trust.banner': 'never',
    'security.workspace.trust.untrustedFiles': 'open',
  },
  trustWorkspace: false,
  env: { FAKTENLAGE_TEST_UNTRUSTED: '1' },
  prepare(workspace) {
    mkdirSync(join(workspace, '..', 'aussen'), { recursive: true });
    writeFileSync(join(workspace, '..', 'aussen', '2019-05-02-hafen.md'), '---\ndatum: 2019-05-02\n---\n\nNach Angaben der Marine standen 9.000 Soldaten am Hafen.\n');
    writeFileSync(join(workspace, 'entwuerfe', 'aussen-probe.md'), '---\ndatum: 2019-05-03\n---\n\nLaut Polizei standen 4.321 Soldaten am Hafen. Es kamen 77 Reporter.\n');
    mkdirSync(join(workspace, '.vscode'), { recursive: true });
    writeFileSync(
      join(workspace, '.vscode', 'settings.json'),
      JSON.stringify({ 'faktenlage.corpus.include': ['**/*.md', '**/*.txt', '../aussen/**/*.md'] }, null, 2),
    );
  },
};

/** One code-server run of the suite on a fresh copy of test/workspace; prints its report and returns whether it passed. */
async function runSuite(label, { settings = {}, env = {}, prepare = () => {}, artifactsDir, timeoutMs, trustWorkspace = true }) {
  const started = Date.now();
  // The tests edit corpus files and settings, so they work on a throw-away copy of the workspace.
  const workspace = join(mkdtempSync(join(tmpdir(), 'faktenlage-ws-')), 'workspace');
  cpSync(join(REPO_ROOT, 'test', 'workspace'), workspace, { recursive: true });
  prepare(workspace);
  let result;
  try {
    result = await runInCodeServer({
      extensionPath: REPO_ROOT,
      testsPath: join(REPO_ROOT, 'out', 'test', 'vscode', 'index.js'),
      workspace,
      artifactsDir,
      settings,
      timeoutMs,
      trustWorkspace,
      env: { ...(process.env.FAKTENLAGE_TEST_GREP ? { FAKTENLAGE_TEST_GREP: process.env.FAKTENLAGE_TEST_GREP } : {}), ...env },
    });
  } catch (err) {
    console.error(`in-host: the host could not run the suite: ${err.message}`);
    result = { code: null, timedOut: false, report: '' };
  } finally {
    rmSync(join(workspace, '..'), { recursive: true, force: true });
  }
  return printReport(label, result, {
    started,
    logs: [join(artifactsDir, 'vscode-code-server.log'), join(artifactsDir, 'vscode-browser.log')],
  });
}

const timeoutMs = Number(process.env.FAKTENLAGE_TEST_TIMEOUT_MS) || 150_000;
const trustedOk = await runSuite('in-host (code-server)', { artifactsDir: ARTIFACTS, timeoutMs });
const untrustedOk =
  process.env.FAKTENLAGE_TEST_GREP && !process.env.FAKTENLAGE_TEST_UNTRUSTED
    ? true
    : await runSuite('in-host, untrusted workspace (code-server)', { ...UNTRUSTED, artifactsDir: join(ARTIFACTS, 'untrusted'), timeoutMs: 90_000 });
process.exit(trustedOk && untrustedOk ? 0 : 1);
