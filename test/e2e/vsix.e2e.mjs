// End to end: the packaged .vsix, installed by code-server's own installer, activates on a demo draft and reports.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT, codeServerEntry } from '../../scripts/host/paths.mjs';
import { problems, quickOpen } from './workbench.mjs';
import { ARTIFACTS, openDemo, suiteFolder } from './session.mjs';

describe('Das gepackte .vsix in code-server', function () {
  this.timeout(120_000);
  let session;
  let page;
  let tmp;
  let vsix;

  before(async function () {
    this.timeout(240_000);
    tmp = suiteFolder('vsix');
    vsix = join(tmp, 'faktenlage.vsix');
    // The same packaging as `npm run package`, written to a temporary file so the checkout stays clean.
    const pack = spawnSync('npx', ['vsce', 'package', '--no-dependencies', '-o', vsix], { cwd: REPO_ROOT, encoding: 'utf8' });
    assert.equal(pack.status, 0, pack.stderr || pack.stdout);
    const extensions = join(tmp, 'extensions');
    mkdirSync(extensions);
    const install = spawnSync(process.execPath, [codeServerEntry(), '--extensions-dir', extensions, '--install-extension', vsix], {
      encoding: 'utf8',
      env: { ...process.env, PORT: '' },
    });
    assert.equal(install.status, 0, install.stderr || install.stdout);
    const [installed] = readdirSync(extensions).filter((d) => d.startsWith('faktenlage.faktenlage-'));
    assert.ok(installed, `installed into ${extensions}: ${readdirSync(extensions).join(', ')}`);
    session = await openDemo({ tmp, name: 'e2e-vsix', extensions: [{ path: join(extensions, installed), name: installed }] });
    page = session.page;
  });

  after(async () => {
    await session?.close();
    // Also when packaging or installing failed before the session existed.
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it('ist höchstens 3 MB groß', () => {
    assert.ok(statSync(vsix).size <= 3 * 1024 * 1024, `${statSync(vsix).size} bytes`);
  });

  it('aktiviert sich auf einem Demo-Entwurf und zeigt dessen Befunde im Problems-Panel', async () => {
    await quickOpen(page, 'hochwasser-bilanz.md');
    const rows = await problems(page, [/unsourced-figure/, /conflicting-figure/]);
    for (const code of [/unsourced-figure/, /conflicting-figure/]) {
      assert.ok(rows.some((r) => code.test(r) && /Faktenlage/.test(r)), rows.join('\n'));
    }
    await page.screenshot({ path: join(ARTIFACTS, 'e2e-vsix-problems.png') });
  });
});
