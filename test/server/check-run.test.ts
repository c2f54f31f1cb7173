// The engine's check in steps (src/core/checks/run.ts): the same findings as check(), and a stop between steps keeps what was found.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { analyze, check, createCorpus, formatOf } from '../../src/core';
import { checkRun, checkUntil } from '../../src/core/checks/run';

const DEMO = path.resolve(__dirname, '../../demo');
const read = (dir: string) =>
  readdirSync(path.join(DEMO, dir)).map((f) => ({ uri: `file:///demo/${dir}/${f}`, text: readFileSync(path.join(DEMO, dir, f), 'utf8') }));

describe('Prüfung in Schritten', () => {
  const corpus = createCorpus(read('corpus'));

  it('findet in kleinen Schritten auf jedem Demo-Entwurf genau, was check() findet', () => {
    for (const draft of read('drafts')) {
      const analysis = analyze(draft.text, { uri: draft.uri, format: formatOf(draft.uri) });
      const opts = { uri: draft.uri, corpus };
      const run = checkRun(analysis, opts, 2);
      // The run yields between steps: the count of yields is one less than the steps.
      let steps = 0;
      for (const _ of run.steps) steps++;
      const items = analysis.figures.length + analysis.attributions.length + analysis.dates.length;
      if (items > 2) assert.ok(steps >= 1, `${draft.uri} ran in one step only`);
      assert.ok(run.complete);
      assert.deepEqual(run.findings(), check(analysis, opts), draft.uri);
    }
  });

  it('hält Schweregrade, „off“ und Ignorier-Marker ein wie check()', () => {
    const text = '---\ndatum: 2024-11-23\nfaktenlage-ignore: [vague-source]\n---\n\n<!-- faktenlage-ignore unsourced-figure -->\nEs kamen 3.000 Menschen.\n\nEs kamen 4.000 Menschen, hieß es. Am Mittwoch, 23. November 2024, kamen 5.000.\n';
    const analysis = analyze(text, { uri: 'file:///e.md', format: 'markdown' });
    const opts = { uri: 'file:///e.md', severities: { 'weekday-mismatch': 'error' as const, 'conflicting-figure': 'off' as const } };
    const expected = check(analysis, opts);
    assert.ok(expected.some((f) => f.severity === 'error'), 'the fixture has a weekday mismatch');
    assert.deepEqual(checkUntil(analysis, opts, () => false), { findings: expected, complete: true });
  });

  it('hört auf, sobald shouldStop() es sagt, und gibt die Befunde bis dahin zurück', () => {
    const text = Array.from({ length: 2000 }, (_, i) => `Es kamen ${i + 1} Gäste.`).join('\n');
    const analysis = analyze(text, { uri: 'file:///z.md', format: 'text' });
    let asked = 0;
    const { findings, complete } = checkUntil(analysis, { uri: 'file:///z.md' }, () => ++asked > 2);
    assert.equal(complete, false);
    assert.ok(findings.length > 0 && findings.length < 2000, `${findings.length} findings`);
    // The partial findings are the first ones in the text, as the full check would list them.
    assert.deepEqual(findings, check(analysis, { uri: 'file:///z.md' }).slice(0, findings.length));
  });
});
