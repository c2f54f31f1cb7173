// The set-up every browser suite shares: a copy of demo/ served by code-server, Chromium on it, and the tidy-up afterwards.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '../../scripts/host/paths.mjs';
import { startCodeServer } from '../../scripts/host/code-server.mjs';
import { launchChromium } from '../../scripts/host/browser.mjs';
import { waitForWorkbench } from './workbench.mjs';

export const ARTIFACTS = join(REPO_ROOT, 'test-artifacts');

/**
 * A command's palette title as the manifest gives it ("Faktenlage: …"). code-server has no German
 * language pack offline, so its workbench and the extension's strings are the English ones.
 */
export function commandTitle(key) {
  const nls = JSON.parse(readFileSync(join(REPO_ROOT, 'package.nls.json'), 'utf8'));
  return `Faktenlage: ${nls[key]}`;
}

/** A temporary folder for one suite; `session.close()` removes it. */
export function suiteFolder(name) {
  mkdirSync(ARTIFACTS, { recursive: true });
  return mkdtempSync(join(tmpdir(), `faktenlage-${name}-`));
}

/**
 * Opens a copy of demo/ (inside `tmp`, so quick fixes and saves never touch the repository's demo) in
 * code-server and a Chromium page on it, and waits for the workbench. `extensions` defaults to the
 * repository itself; `onPage` sees the page before it loads (to listen to its console).
 */
export async function openDemo({ tmp, name, viewport = { width: 1400, height: 860 }, extensions, onPage }) {
  const workspace = join(tmp, 'demo');
  cpSync(join(REPO_ROOT, 'demo'), workspace, { recursive: true });
  const session = { tmp, workspace, server: undefined, browser: undefined, page: undefined };
  session.close = async () => {
    await session.browser?.close().catch(() => {});
    await session.server?.stop();
    rmSync(tmp, { recursive: true, force: true });
  };
  session.server = await startCodeServer({ workspace, ...(extensions ? { extensions } : {}), logFile: join(ARTIFACTS, `${name}-code-server.log`) });
  session.browser = await launchChromium();
  session.page = await session.browser.newPage({ viewport });
  onPage?.(session.page);
  await session.page.goto(session.server.folderUrl(workspace));
  await waitForWorkbench(session.page);
  return session;
}

/** Screenshots a failed test into test-artifacts/, named after it. */
export async function shotIfFailed(context, page, prefix) {
  if (context.currentTest?.state !== 'failed' || !page) return;
  const name = context.currentTest.title.replace(/[^\wäöüß-]+/gi, '-').slice(0, 60);
  await page.screenshot({ path: join(ARTIFACTS, `${prefix}-failed-${name}.png`) }).catch(() => {});
}
