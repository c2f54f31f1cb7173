// Prints a suite's report the same way for every runner, ending with the plain line "N passed, N failed".

/**
 * `result.report` is the JSON the suite wrote ({passed, failed, lines}); `result.code` the exit code the
 * host gave. A host that failed without a report counts as one failure, so a crash never reads as green.
 */
export function printReport(title, result, { started, logs = [] } = {}) {
  let report = { passed: 0, failed: 0, lines: [] };
  try {
    if (result.report) report = JSON.parse(result.report);
  } catch {
    report.lines.push(`  (unreadable report: ${String(result.report).slice(0, 200)})`);
  }
  console.log(`${title}:`);
  for (const line of report.lines) console.log(line);
  let failed = report.failed;
  const hostFailed = result.timedOut || result.code === null || (result.code !== 0 && failed === 0);
  if (result.timedOut) console.log('  ✗ the suite did not finish in time');
  else if (hostFailed) console.log(`  ✗ the host ended with code ${result.code} and no failing test reported`);
  if (hostFailed) {
    failed += 1;
    if (logs.length) console.log(`  logs: ${logs.join(', ')}`);
  }
  if (started) console.log(`  (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  console.log(`${report.passed} passed, ${failed} failed`);
  return failed === 0 && result.code === 0;
}
