// Runs a mocha suite inside a real extension host: code-server with the extension under development, driven by headless Chromium.
import { mkdirSync, writeFileSync, readFileSync, existsSync, rmSync, appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { startCodeServer } from './code-server.mjs';
import { launchChromium } from './browser.mjs';

/**
 * Opens `workspace` in code-server with `extensionPath` as the extension under development and
 * `testsPath` (a built module exporting run()) as its tests. The workbench reports the end of the
 * tests through window.codeAutomationExit(code). The suite writes its report to the file named by
 * FAKTENLAGE_TEST_REPORT, which is returned with the exit code.
 */
export async function runInCodeServer({ extensionPath, testsPath, workspace, env = {}, settings = {}, timeoutMs = 120_000, artifactsDir, trustWorkspace = true }) {
  mkdirSync(artifactsDir, { recursive: true });
  const reportFile = join(artifactsDir, 'vscode-report.json');
  const browserLog = join(artifactsDir, 'vscode-browser.log');
  rmSync(reportFile, { force: true });
  rmSync(join(artifactsDir, 'vscode-timeout.png'), { force: true });
  writeFileSync(browserLog, '');
  const server = await startCodeServer({
    workspace,
    extensions: [],
    settings,
    trustWorkspace,
    env: { ...env, FAKTENLAGE_TEST_REPORT: reportFile },
    logFile: join(artifactsDir, 'vscode-code-server.log'),
  });
  let browser;
  try {
    browser = await launchChromium();
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.on('console', (m) => appendFileSync(browserLog, `[${m.type()}] ${m.text()}\n`));
    page.on('pageerror', (e) => appendFileSync(browserLog, `[pageerror] ${e.message}\n`));
    let finish;
    const exited = new Promise((resolve) => (finish = resolve));
    await page.exposeFunction('codeAutomationExit', (code) => {
      finish(Number(code));
      return true;
    });
    const payload = [
      ['extensionDevelopmentPath', server.remoteUri(extensionPath)],
      ['extensionTestsPath', server.remoteUri(testsPath)],
    ];
    await page.goto(server.folderUrl(workspace, payload));
    let timer;
    const timeout = new Promise((resolve) => (timer = setTimeout(resolve, timeoutMs, 'timeout')));
    const code = await Promise.race([exited, timeout]);
    clearTimeout(timer);
    if (code === 'timeout') {
      await page.screenshot({ path: join(artifactsDir, 'vscode-timeout.png') }).catch(() => {});
    }
    const report = existsSync(reportFile) ? readFileSync(reportFile, 'utf8') : '';
    return { code: code === 'timeout' ? null : code, timedOut: code === 'timeout', report };
  } finally {
    await browser?.close().catch(() => {});
    await server.stop();
  }
}
