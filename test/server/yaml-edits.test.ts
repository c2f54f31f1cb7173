// Edits to front matter and the workspace file that keep the user's formatting.
import assert from 'node:assert/strict';
import { addEntity, addToList, type TextEdit } from '../../src/server/yaml-edits';

const apply = (s: string, e: TextEdit | null) => (e ? s.slice(0, e.start) + e.newText + s.slice(e.end) : null);

describe('YAML-Änderungen', function () {
  it('legt eine fehlende Liste an', function () {
    assert.equal(apply('datum: 2024-11-04\n', addToList('datum: 2024-11-04\n', 'faktenlage-ignore', 'vague-source')), 'datum: 2024-11-04\nfaktenlage-ignore: [vague-source]\n');
  });

  it('ergänzt eine einzeilige Liste in ihrem Stil', function () {
    const s = 'faktenlage-ignore: [weekday-mismatch] # Absicht\n';
    assert.equal(apply(s, addToList(s, 'faktenlage-ignore', 'vague-source')), 'faktenlage-ignore: [weekday-mismatch, vague-source] # Absicht\n');
  });

  it('ergänzt eine Blockliste mit ihrer Einrückung', function () {
    const s = 'faktenlage-ignore:\n    - weekday-mismatch\ntitel: X\n';
    assert.equal(apply(s, addToList(s, 'faktenlage-ignore', 'vague-source')), 'faktenlage-ignore:\n    - weekday-mismatch\n    - vague-source\ntitel: X\n');
  });

  it('ändert nichts, wenn der Code schon eingetragen ist', function () {
    assert.equal(addToList('faktenlage-ignore: [vague-source]\n', 'faktenlage-ignore', 'vague-source'), null);
  });

  it('hängt eine Person an die Hausliste an, ohne Kommentare zu verlieren', function () {
    const s = '# Hausliste der Redaktion\nentities:\n  - name: Olaf Scholz\n    type: PER\nwindowDays: 14\n';
    assert.equal(
      apply(s, addEntity(s, { name: 'Kim Jong Un', type: 'PER' })),
      '# Hausliste der Redaktion\nentities:\n  - name: Olaf Scholz\n    type: PER\n  - name: Kim Jong Un\n    type: PER\nwindowDays: 14\n',
    );
  });

  it('bietet für kaputtes YAML keine Änderung an', function () {
    assert.throws(() => addEntity('entities: [\n', { name: 'X', type: 'PER' }));
  });
});
