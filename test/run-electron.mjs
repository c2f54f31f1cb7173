#!/usr/bin/env node
// `npm run test:electron`: runs the same in-host suite (test/vscode) in VS Code desktop through @vscode/test-electron.
//
// This needs a VS Code desktop build: FAKTENLAGE_VSCODE_EXECUTABLE names an installed one (the Electron
// binary, e.g. /usr/share/code/code), otherwise test-electron downloads one. Machines without access to
// Microsoft's servers cannot download it: use `npm run test:vscode` (code-server) there.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { REPO_ROOT } from '../scripts/host/paths.mjs';
import { printReport } from '../scripts/host/report.mjs';

const started = Date.now();
const ARTIFACTS = join(REPO_ROOT, 'test-artifacts');
mkdirSync(ARTIFACTS, { recursive: true });

function fail(message) {
  console.error(`electron: ${message}`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}

if (!existsSync(join(REPO_ROOT, 'dist', 'client.js'))) fail('dist/client.js is missing: run `npm run build` first');
if (spawnSync(process.execPath, ['esbuild.test.mjs'], { cwd: REPO_ROOT, stdio: 'inherit' }).status !== 0) fail('building the in-host tests failed');

const { runTests, downloadAndUnzipVSCode } = await import('@vscode/test-electron');

/** The Electron binary behind a `code` on the PATH (Linux installs: bin/code is a script beside ../code). */
function installedVSCode() {
  const which = spawnSync('sh', ['-c', 'command -v code'], { encoding: 'utf8' }).stdout.trim();
  if (!which) return undefined;
  const binary = join(dirname(realpathSync(which)), '..', 'code');
  return existsSync(binary) ? binary : undefined;
}

let executable = process.env.FAKTENLAGE_VSCODE_EXECUTABLE || installedVSCode();
if (executable && !existsSync(executable)) fail(`FAKTENLAGE_VSCODE_EXECUTABLE=${executable} does not exist`);
if (!executable) {
  try {
    executable = await downloadAndUnzipVSCode({ version: 'stable', cachePath: join(REPO_ROOT, '.cache', 'vscode-test') });
  } catch (err) {
    fail(
      `could not download VS Code desktop (${String(err?.message ?? err).split('\n')[0]}).\n` +
        '  This machine cannot reach the VS Code download servers. Either set FAKTENLAGE_VSCODE_EXECUTABLE to an\n' +
        '  installed VS Code (e.g. /usr/share/code/code), or run the same suite in code-server: npm run test:vscode',
    );
  }
}

const tmp = mkdtempSync(join(tmpdir(), 'faktenlage-electron-'));
const workspace = join(tmp, 'workspace');
cpSync(join(REPO_ROOT, 'test', 'workspace'), workspace, { recursive: true });
const reportFile = join(ARTIFACTS, 'electron-report.json');
rmSync(reportFile, { force: true });

let code = null;
try {
  code = await runTests({
    vscodeExecutablePath: executable,
    extensionDevelopmentPath: REPO_ROOT,
    extensionTestsPath: join(REPO_ROOT, 'out', 'test', 'vscode', 'index.js'),
    extensionTestsEnv: { FAKTENLAGE_TEST_REPORT: reportFile, FAKTENLAGE_TEST_GREP: process.env.FAKTENLAGE_TEST_GREP ?? '' },
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--user-data-dir', join(tmp, 'user-data')],
  });
} catch (err) {
  // runTests rejects when the suite fails as well as when VS Code cannot start; the report tells which.
  console.error(`electron: ${String(err?.message ?? err)}`);
  code = 1;
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
const report = existsSync(reportFile) ? readFileSync(reportFile, 'utf8') : '';
process.exit(printReport('in-host (VS Code desktop)', { code, timedOut: false, report }, { started }) ? 0 : 1);
