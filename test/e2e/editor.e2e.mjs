// End to end: a real browser on code-server with the extension installed, used on the demo drafts as an editor would.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SELECTORS, clickWord, closePanel, hoverSettled, scrollHoverTo, decorationCount, editorText, hoverWord, problems, quickOpen, runCommand } from './workbench.mjs';
import { ARTIFACTS, commandTitle, openDemo, shotIfFailed, suiteFolder } from './session.mjs';

const DRAFT = 'nordkorea-truppen.md';

/** One-based line and column of the first `needle` in a file, as the Problems panel prints them. */
function positionIn(file, needle) {
  const text = readFileSync(file, 'utf8');
  const before = text.slice(0, text.indexOf(needle)).split('\n');
  return { line: before.length, col: before[before.length - 1].length + 1 };
}

describe('Faktenlage im Browser (code-server)', function () {
  this.timeout(60_000);
  let session;
  let page;
  let workspace;

  const shot = (name) => page.screenshot({ path: join(ARTIFACTS, `e2e-${name}.png`) });

  before(async function () {
    this.timeout(120_000);
    // The quick fix edits the draft; the session's copy keeps demo/ untouched even if the editor saved it.
    session = await openDemo({ tmp: suiteFolder('e2e'), name: 'e2e' });
    ({ page, workspace } = session);
  });

  after(() => session?.close());

  afterEach(function () {
    return shotIfFailed(this, page, 'e2e');
  });

  it('Quick Open öffnet den Entwurf „nordkorea-truppen.md“', async () => {
    await quickOpen(page, DRAFT);
    assert.match(await editorText(page), /15\.000 nordkoreanische Soldaten/);
  });

  it('Personen, Orte, Daten und Zahlen sind farbig hervorgehoben, Befunde unterschlängelt', async () => {
    await quickOpen(page, DRAFT);
    await page.waitForFunction(() => document.querySelectorAll('.editor-instance [class*="ced-"]').length >= 4, null, { timeout: 30_000 });
    await page.locator(SELECTORS.squiggleWarning).first().waitFor({ timeout: 30_000 });
    await shot('editor');
  });

  it('das Problems-Panel listet unsourced-figure und conflicting-figure mit Quelle „Faktenlage“ und Position', async () => {
    await quickOpen(page, DRAFT);
    const rows = await problems(page, [/unsourced-figure/, /conflicting-figure/]);
    const { line, col } = positionIn(join(workspace, 'drafts', DRAFT), '15.000');
    for (const code of ['unsourced-figure', 'conflicting-figure']) {
      const row = rows.find((r) => r.includes(code));
      assert.match(row, /Faktenlage/);
      assert.ok(row.includes(`[Ln ${line}, Col ${col}]`), `${row} should point at "15.000" (Ln ${line}, Col ${col})`);
    }
    await shot('problems');
  });

  it('der Hover über „Kim Jong Un“ zeigt die Korpuskarte mit der Zahl der Artikel', async () => {
    await quickOpen(page, DRAFT);
    await closePanel(page);
    const text = await hoverWord(page, 'Kim Jong Un', /Artikel im Korpus|articles? in the corpus/);
    assert.match(text, /Kim Jong Un/);
    assert.match(text, /\d+ (Artikel im Korpus|articles? in the corpus)/);
    await hoverSettled(page);
    await shot('hover-person');
  });

  it('der Hover über „15.000“ listet die widersprechenden Werte mit ihren Quellen', async () => {
    await quickOpen(page, DRAFT);
    await closePanel(page);
    // The hover also holds the diagnostics' messages; the card is the part after its heading.
    const heading = /Dieselbe Größe im Korpus|The same quantity in the corpus/;
    const text = await hoverWord(page, '15.000', heading);
    const card = text.slice(text.search(heading));
    assert.match(card, /bis zu 12\.000 ⚠ (widerspricht|disagrees) \(Nach Angaben des NIS\)/);
    assert.match(card, /11\.000 ⚠ (widerspricht|disagrees)/);
    await hoverSettled(page);
    await scrollHoverTo(page, '15.000 · ');
    await shot('hover-figure');
  });

  it('„Faktenlage: Toggle Highlights“ aus der Befehlspalette blendet die Hervorhebungen aus und wieder ein', async () => {
    await quickOpen(page, DRAFT);
    await page.mouse.move(5, 5);
    const before = await decorationCount(page);
    assert.ok(before > 0);
    await runCommand(page, commandTitle('command.toggleHighlights'));
    await page.waitForFunction(() => document.querySelectorAll('.editor-instance [class*="ced-"]').length === 0, null, { timeout: 10_000 });
    await runCommand(page, commandTitle('command.toggleHighlights'));
    await page.waitForFunction((n) => document.querySelectorAll('.editor-instance [class*="ced-"]').length >= n, before, { timeout: 10_000 });
  });

  it('die Schnellkorrektur (Strg+.) setzt „laut [Quelle]“ vor die Zahl ohne Quelle', async () => {
    await quickOpen(page, DRAFT);
    // Code actions exist only once the server has published the findings.
    await page.locator(SELECTORS.squiggleWarning).first().waitFor({ timeout: 30_000 });
    await clickWord(page, '15.000', 2);
    await page.keyboard.press('Control+.');
    const item = page.locator('.action-widget .monaco-list-row', { hasText: /laut \[Quelle\]/ }).first();
    await item.waitFor({ timeout: 10_000 });
    await shot('quickfix');
    // The menu focuses the preferred fix; Enter applies the focused row as a person would (a click can race the menu's layout).
    if (!/\bfocused\b/.test((await item.getAttribute('class')) ?? '')) await item.hover();
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      (sel) => document.querySelector(sel)?.textContent.replace(/\u00a0/g, ' ').includes('laut [Quelle] 15.000'),
      SELECTORS.editorLines,
      { timeout: 10_000 },
    );
    assert.match(await editorText(page), /laut \[Quelle\] 15\.000 nordkoreanische Soldaten/);
  });
});
