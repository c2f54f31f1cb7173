// Entry point the extension host calls (extensionTestsPath): runs the in-host suites with mocha and writes a report for the runner.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

interface Report {
  passed: number;
  failed: number;
  lines: string[];
}

const UNTRUSTED_SUITE = 'untrusted.test.js';

/** Runs every bundled `*.test.js` beside this file (in the untrusted host only untrusted.test.js); FAKTENLAGE_TEST_GREP narrows the run to matching titles. */
export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 30_000, reporter: 'spec' });
  if (process.env.FAKTENLAGE_TEST_GREP) mocha.grep(process.env.FAKTENLAGE_TEST_GREP);
  // The untrusted-workspace test needs its own host (a folder never trusted); it runs there alone.
  const untrusted = process.env.FAKTENLAGE_TEST_UNTRUSTED === '1';
  const files = fs.readdirSync(__dirname).filter((f) => f.endsWith('.test.js') && (f === UNTRUSTED_SUITE) === untrusted);
  for (const f of files.sort()) mocha.addFile(path.join(__dirname, f));
  const report: Report = { passed: 0, failed: 0, lines: [] };
  const write = () => {
    const file = process.env.FAKTENLAGE_TEST_REPORT;
    if (file) fs.writeFileSync(file, JSON.stringify(report, null, 2));
  };
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      write();
      if (failures > 0) reject(new Error(`${failures} in-host tests failed`));
      else resolve();
    });
    runner.on('pass', (t) => {
      report.passed++;
      report.lines.push(`  ✓ ${t.fullTitle()} (${t.duration ?? 0} ms)`);
    });
    runner.on('fail', (t, err: Error) => {
      report.failed++;
      const stack = (err.stack ?? String(err)).split('\n').slice(0, 6).map((l) => `      ${l}`);
      report.lines.push(`  ✗ ${t.fullTitle()}`, ...stack);
    });
  });
}
