#!/usr/bin/env node
// `npm run test:e2e`: runs the browser end-to-end suite (test/e2e/*.e2e.mjs) with mocha against code-server and Chromium.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Mocha from 'mocha';
import { REPO_ROOT, hostComplete } from '../scripts/host/paths.mjs';
import { printReport } from '../scripts/host/report.mjs';

const started = Date.now();

function fail(message) {
  console.error(`e2e: ${message}`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}

if (!hostComplete() && spawnSync(process.execPath, ['scripts/install-test-host.mjs'], { cwd: REPO_ROOT, stdio: 'inherit' }).status !== 0) {
  fail('the test host could not be installed');
}
if (!existsSync(join(REPO_ROOT, 'dist', 'client.js'))) fail('dist/client.js is missing: run `npm run build` first');

// Screenshots of an earlier run would mislead whoever looks at the artifacts after this one.
const ARTIFACTS = join(REPO_ROOT, 'test-artifacts');
mkdirSync(ARTIFACTS, { recursive: true });
for (const f of readdirSync(ARTIFACTS).filter((f) => /^e2e-.*\.png$/.test(f))) rmSync(join(ARTIFACTS, f));

/** The README's screenshots, refreshed from a green run when FAKTENLAGE_UPDATE_SCREENSHOTS=1. */
const README_SHOTS = { 'e2e-problems.png': 'screenshot-problems.png', 'e2e-hover-figure.png': 'screenshot-hover.png' };

/** Collects results quietly; the shared report printer writes them with the closing "N passed, N failed" line. */
class Collect extends Mocha.reporters.Base {
  constructor(runner, options) {
    super(runner, options);
    const report = (options.reporterOptions.report = { passed: 0, failed: 0, lines: [] });
    runner.on('pass', (t) => {
      report.passed++;
      report.lines.push(`  ✓ ${t.fullTitle()} (${t.duration ?? 0} ms)`);
    });
    runner.on('fail', (t, err) => {
      report.failed++;
      const stack = String(err?.stack ?? err).split('\n').slice(0, 8).map((l) => `      ${l}`);
      report.lines.push(`  ✗ ${t.fullTitle()}`, ...stack);
    });
  }
}

const reporterOptions = {};
const mocha = new Mocha({ ui: 'bdd', timeout: 60_000, reporter: Collect, reporterOptions });
if (process.env.FAKTENLAGE_TEST_GREP) mocha.grep(process.env.FAKTENLAGE_TEST_GREP);
const dir = join(REPO_ROOT, 'test', 'e2e');
for (const f of readdirSync(dir).filter((f) => f.endsWith('.e2e.mjs')).sort()) mocha.addFile(join(dir, f));
await mocha.loadFilesAsync();
const failures = await new Promise((resolve) => mocha.run(resolve));
const report = reporterOptions.report ?? { passed: 0, failed: failures, lines: [] };
if (!failures && process.env.FAKTENLAGE_UPDATE_SCREENSHOTS === '1') {
  for (const [from, to] of Object.entries(README_SHOTS)) copyFileSync(join(ARTIFACTS, from), join(REPO_ROOT, 'media', to));
  console.log(`e2e: copied ${Object.values(README_SHOTS).join(', ')} to media/`);
}
const ok = printReport('end to end (browser)', { code: failures ? 1 : 0, timedOut: false, report: JSON.stringify(report) }, { started });
process.exit(ok ? 0 : 1);
