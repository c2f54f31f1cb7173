// Drives the VS Code workbench in the browser as a person would: Quick Open, command palette, hovers, Problems panel.

/** Monaco renders spaces as U+00A0 and the DOM keeps layout whitespace: normalise before matching. */
export function norm(text) {
  return String(text ?? '').replace(/\u00a0/g, ' ').replace(/[ \t]+/g, ' ').trim();
}

export const SELECTORS = {
  workbench: '.monaco-workbench',
  quickInput: '.quick-input-widget .quick-input-box input',
  quickRows: '.quick-input-widget .monaco-list-row',
  editorLines: '.editor-instance .view-lines',
  squiggleWarning: '.editor-instance .squiggly-warning',
  problemsRows: '.markers-panel .monaco-list-row',
  hover: '.monaco-hover:not(.hidden)',
  tab: (name) => `.tabs-container .tab[data-resource-name="${name}"]`,
};

export async function waitForWorkbench(page) {
  await page.waitForSelector(SELECTORS.workbench, { timeout: 30_000 });
  // The explorer shows the folder once the remote file system answers; before that, Quick Open has no files.
  await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: 30_000 });
}

/** Opens a file by typing its name into Quick Open (Ctrl+P) and waits for its editor tab and text; an active tab is kept. */
export async function quickOpen(page, fileName) {
  if (await page.locator(`${SELECTORS.tab(fileName)}.active`).isVisible().catch(() => false)) return;
  await page.keyboard.press('Control+P');
  const input = page.locator(SELECTORS.quickInput);
  await input.waitFor({ state: 'visible' });
  await input.fill(fileName);
  await page.locator(SELECTORS.quickRows, { hasText: fileName }).first().waitFor();
  await page.keyboard.press('Enter');
  await page.locator(`${SELECTORS.tab(fileName)}.active`).waitFor();
  await page.locator(SELECTORS.editorLines).first().waitFor();
}

/** Runs a command from the palette (F1) by its full title, e.g. "Faktenlage: Toggle Highlights". */
export async function runCommand(page, title) {
  await page.keyboard.press('F1');
  const input = page.locator(SELECTORS.quickInput);
  await input.waitFor({ state: 'visible' });
  await input.fill(`>${title}`);
  const row = page.locator(SELECTORS.quickRows, { hasText: title }).first();
  await row.waitFor();
  await page.keyboard.press('Enter');
  await input.waitFor({ state: 'hidden' });
}

/** The visible text of the active editor, lines joined with newlines. */
export async function editorText(page) {
  return page.evaluate((sel) => {
    const lines = [...document.querySelectorAll(`${sel} .view-line`)];
    lines.sort((a, b) => parseFloat(a.style.top) - parseFloat(b.style.top));
    return lines.map((l) => l.textContent.replace(/\u00a0/g, ' ')).join('\n');
  }, SELECTORS.editorLines);
}

/**
 * The screen rectangle of the first occurrence of `needle` in the editor, measured with a DOM Range
 * across the line's text nodes (a plain-text line is one span, so its centre is not the word's).
 */
export async function wordBox(page, needle) {
  const box = await page.evaluate(
    ({ sel, needle }) => {
      for (const line of document.querySelectorAll(`${sel} .view-line`)) {
        const nodes = [];
        const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
        let text = '';
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          nodes.push({ node: n, from: text.length });
          text += n.data.replace(/\u00a0/g, ' ');
        }
        const at = text.indexOf(needle);
        if (at < 0) continue;
        const locate = (offset) => {
          const hit = nodes.filter((x) => x.from <= offset).pop();
          return [hit.node, offset - hit.from];
        };
        const range = document.createRange();
        range.setStart(...locate(at));
        range.setEnd(...locate(at + needle.length - 1));
        const r = range.getBoundingClientRect();
        return { x: r.left, y: r.top, width: r.width, height: r.height };
      }
      return null;
    },
    { sel: SELECTORS.editorLines, needle },
  );
  if (!box) throw new Error(`"${needle}" is not visible in the editor:\n${await editorText(page)}`);
  return box;
}

/** Moves the mouse onto a word and waits for a hover whose text matches `expect`; returns that text. */
export async function hoverWord(page, needle, expect, timeout = 15_000) {
  await page.mouse.move(5, 5);
  await page.locator(SELECTORS.hover).waitFor({ state: 'detached', timeout: 3_000 }).catch(() => {});
  const b = await wordBox(page, needle);
  // A small move inside the word triggers the hover as a hand would.
  await page.mouse.move(b.x + b.width / 2 - 2, b.y + b.height / 2);
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 2 });
  const hover = page.locator(SELECTORS.hover, { hasText: expect }).first();
  await hover.waitFor({ timeout });
  return norm(await hover.innerText());
}

/** Clicks just inside a word, which puts the cursor there. */
export async function clickWord(page, needle, offsetChars = 1) {
  const b = await wordBox(page, needle);
  await page.mouse.click(b.x + Math.min(b.width - 1, 4 * offsetChars), b.y + b.height / 2);
}

/**
 * Opens the Problems panel (Ctrl+Shift+M) and waits until, for each pattern, some row matches it;
 * returns the rows' normalised text. The panel fills as the language server publishes.
 */
export async function problems(page, patterns, timeout = 30_000) {
  if (!(await page.locator('.markers-panel').isVisible().catch(() => false))) await page.keyboard.press('Control+Shift+M');
  await page.locator('.markers-panel').waitFor({ timeout });
  const sources = patterns.map((p) => [p.source, p.flags]);
  try {
    await page.waitForFunction(
      ({ sel, sources }) => {
        const rows = [...document.querySelectorAll(sel)].map((r) => r.innerText.replace(/\u00a0/g, ' ').replace(/\s+/g, ' '));
        return sources.every(([src, flags]) => rows.some((t) => new RegExp(src, flags).test(t)));
      },
      { sel: SELECTORS.problemsRows, sources },
      { timeout },
    );
  } catch (err) {
    const rows = (await page.locator(SELECTORS.problemsRows).allInnerTexts()).map(norm);
    throw new Error(`the Problems panel never showed ${patterns.join(', ')}; rows:\n  ${rows.join('\n  ')}`);
  }
  return (await page.locator(SELECTORS.problemsRows).allInnerTexts()).map(norm);
}

/** How many highlight decorations the editor shows (VS Code renders each decoration type as a `ced-*` class). */
export async function decorationCount(page) {
  return page.evaluate(() => document.querySelectorAll('.editor-instance [class*="ced-"]').length);
}

/** Hides the bottom panel (Ctrl+J toggles it) so hovers have room; a no-op when it is already hidden. */
export async function closePanel(page) {
  const panel = page.locator('.part.panel');
  if (!(await panel.isVisible().catch(() => false))) return;
  await page.keyboard.press('Control+J');
  await panel.waitFor({ state: 'hidden' });
}

/** Waits until the visible hover has finished fading in, so a screenshot shows it crisp. */
export async function hoverSettled(page) {
  await page.waitForFunction(
    (sel) =>
      document.getAnimations().every((a) => a.playState !== 'running' || !a.effect?.target?.closest?.(sel)) &&
      [...document.querySelectorAll(sel)].every((h) => getComputedStyle(h.closest('.monaco-hover-content, .monaco-hover') ?? h).opacity === '1'),
    '.monaco-hover:not(.hidden)',
    { timeout: 5_000 },
  );
}

/**
 * Scrolls the visible hover until the element holding `text` is at its top: the diagnostics come first
 * in a hover, and the card below them is what the screenshot should show. The mouse rests on the hover,
 * which keeps it open.
 */
export async function scrollHoverTo(page, text) {
  const hover = page.locator(SELECTORS.hover).first();
  const box = await hover.boundingBox();
  if (!box) return;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 });
  for (let i = 0; i < 10; i++) {
    const offset = await page.evaluate(
      ({ sel, text }) => {
        const h = document.querySelector(sel);
        const target = [...h.querySelectorAll('p, div')].find((e) => e.children.length === 0 && e.textContent.includes(text)) ??
          [...h.querySelectorAll('p')].find((e) => e.textContent.includes(text));
        return target ? target.getBoundingClientRect().top - h.getBoundingClientRect().top : null;
      },
      { sel: SELECTORS.hover, text },
    );
    if (offset === null || offset < 60) return;
    await page.mouse.wheel(0, Math.min(offset - 20, 200));
    await page.waitForFunction(() => new Promise((r) => requestAnimationFrame(() => r(true))));
  }
}
