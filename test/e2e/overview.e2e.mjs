// End to end: the overview panel on the demo draft in a real browser: the conflict is drawn, and its marks open their passages by click and by keyboard.
import * as assert from 'node:assert/strict';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../../scripts/host/paths.mjs';
import { SELECTORS, quickOpen, runCommand } from './workbench.mjs';
import { ARTIFACTS, commandTitle, openDemo, shotIfFailed, suiteFolder } from './session.mjs';
const DRAFT = 'nordkorea-truppen.md';
const SEOUL = '2024-11-21-seoul-geheimdienst.md';
const FRONT = '2024-11-20-ostfront-lagebericht.md';

/**
 * The overview's document: code-server nests a webview in two iframes, and the inner one holds the
 * page the extension wrote. It is the frame whose `#app` has drawn marks.
 */
async function overviewFrame(page, timeout = 30_000) {
  const until = Date.now() + timeout;
  while (Date.now() < until) {
    for (const frame of page.frames()) {
      const drawn = await frame.evaluate(() => !!document.querySelector('#app .pt')).catch(() => false);
      if (drawn) return frame;
    }
    await page.waitForTimeout(250);
  }
  throw new Error(`no webview frame with a drawn overview among ${page.frames().length} frames`);
}

/** Waits until the editor group shows `fileName` as its active tab with a non-empty selection. */
async function passageShown(page, fileName) {
  await page.locator(`${SELECTORS.tab(fileName)}.active`).first().waitFor({ timeout: 15_000 });
  await page.locator('.editor-instance .selected-text').first().waitFor({ timeout: 10_000 });
}

describe('Übersicht im Browser (code-server)', function () {
  this.timeout(60_000);
  let session;
  let page;
  let frame;
  /** What the browser refused to load or run: a webview that breaks its own CSP would show here. */
  const refused = [];

  const shot = (name) => page.screenshot({ path: join(ARTIFACTS, `e2e-${name}.png`) });

  before(async function () {
    this.timeout(150_000);
    session = await openDemo({
      tmp: suiteFolder('e2e-overview'),
      name: 'e2e-overview',
      viewport: { width: 1440, height: 900 },
      onPage: (p) =>
        p.on('console', (m) => {
          if (/Refused to|Content Security Policy/i.test(m.text())) refused.push(m.text());
        }),
    });
    page = session.page;
    await quickOpen(page, DRAFT);
    // The conflict needs the indexed corpus; the squiggle says the server has it.
    await page.locator(SELECTORS.squiggleWarning).first().waitFor({ timeout: 60_000 });
  });

  after(() => session?.close());

  afterEach(function () {
    return shotIfFailed(this, page, 'e2e-overview');
  });

  it('„Faktenlage: Show Overview“ öffnet das Panel neben dem Entwurf', async () => {
    // The sidebar is closed so the draft and the panel share the window, as an editor would arrange them.
    if (await page.locator('.part.sidebar').isVisible().catch(() => false)) await page.keyboard.press('Control+B');
    await runCommand(page, commandTitle('command.showOverview'));
    await page.locator('.tabs-container .tab', { hasText: /Faktenlage: (Overview|Übersicht)/ }).first().waitFor({ timeout: 15_000 });
    frame = await overviewFrame(page);
  });

  it('zeichnet „15.000“ gegen die Korpuswerte und hebt die widersprechenden hervor', async () => {
    frame ??= await overviewFrame(page);
    const rows = await frame.$$eval('#figures .pt', (gs) =>
      gs.map((g) => ({ kind: g.getAttribute('data-kind'), label: g.getAttribute('aria-label') })),
    );
    const draft = rows.find((r) => r.kind === 'draft');
    assert.ok(draft && draft.label.includes('15.000'), JSON.stringify(rows));
    const conflicts = rows.filter((r) => r.kind === 'conflict').map((r) => r.label);
    assert.ok(conflicts.some((l) => l.includes('bis zu 12.000')), JSON.stringify(rows));
    assert.ok(conflicts.some((l) => l.includes('11.000')), JSON.stringify(rows));
    // The conflict is drawn in the theme's red, not only marked in the data.
    const red = await frame.$eval('#figures .pt.conflict .mark, #figures .pt.conflict .range', (m) => getComputedStyle(m).stroke);
    const themeRed = await frame.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--vscode-charts-red').trim());
    assert.ok(themeRed, 'the theme defines --vscode-charts-red');
    assert.notEqual(red, 'none');
    // The panel's script and stylesheet load under its own policy, and nothing inline is refused.
    assert.deepEqual(refused.filter((t) => /overview|vscode-resource|vscode-cdn|webview/i.test(t)), []);
    // Timeline and entity list are there too.
    assert.ok(await frame.$('#timeline .pt'), 'the timeline has marks');
    assert.ok((await frame.$$('#entities button')).length > 0, 'entities are listed');
    await page.mouse.move(5, 5);
    await shot('overview');
    if (process.env.FAKTENLAGE_UPDATE_SCREENSHOTS === '1') copyFileSync(join(ARTIFACTS, 'e2e-overview.png'), join(REPO_ROOT, 'media', 'screenshot-overview.png'));
  });

  it('ein Klick auf den Punkt „bis zu 12.000“ öffnet den Korpusartikel an der Stelle', async () => {
    frame = await overviewFrame(page);
    const point = frame.locator('#figures .pt.conflict', { hasText: 'bis zu 12.000' }).first();
    // The row is the button; a click anywhere on it, the bar included, opens the passage.
    await point.click();
    await passageShown(page, SEOUL);
  });

  it('Tab-Fokus und Enter auf „11.000“ öffnen ebenfalls die Stelle', async () => {
    // Opening the passage may have re-laid the frames out; look the panel up again.
    await page.locator('.tabs-container .tab', { hasText: /Faktenlage: (Overview|Übersicht)/ }).first().click();
    frame = await overviewFrame(page);
    const point = frame.locator('#figures .pt.conflict', { hasText: '11.000' }).first();
    await point.focus();
    const focused = await frame.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
    assert.match(focused, /11\.000/);
    await page.keyboard.press('Enter');
    await passageShown(page, FRONT);
  });
});
