// Settings over the workspace file over defaults, and the lenient reading of .faktenlage.yaml.
import assert from 'node:assert/strict';
import { mergeConfig } from '../../src/server/config';
import { parseWorkspaceFile } from '../../src/server/workspace-file';
import { DEFAULT_INCLUDE } from '../../src/shared/settings';

describe('Konfiguration', function () {
  it('liest Ordner, Ausschlüsse, Schweregrade, Zeitfenster und Hausliste aus .faktenlage.yaml', function () {
    const file = parseWorkspaceFile(
      'corpus:\n  folders: [archiv]\n  exclude: ["**/alt/**"]\nwindowDays: 14\nseverity:\n  vague-source: off\n  weekday-mismatch: laut\nentities:\n  - name: Kim Jong Un\n    type: PER\n    aliases: [Kim]\n  - type: PER\n',
    );
    assert.deepEqual(file, {
      folders: ['archiv'],
      exclude: ['**/alt/**'],
      windowDays: 14,
      severity: { 'vague-source': 'off' },
      entities: [{ name: 'Kim Jong Un', type: 'PER', aliases: ['Kim'] }],
    });
  });

  it('lässt der Arbeitsbereichsdatei den Vorrang, solange eine Einstellung auf dem Standard steht', function () {
    const file = parseWorkspaceFile('corpus:\n  folders: [archiv]\nwindowDays: 14\nseverity:\n  vague-source: hint\n');
    const c = mergeConfig({ corpus: { include: [...DEFAULT_INCLUDE] }, windowDays: 30, severity: { 'vague-source': 'default' } }, file, ['/ws'], true);
    assert.deepEqual([c.include, c.windowDays, c.severities['vague-source']], [['archiv'], 14, 'hint']);
  });

  it('lässt geänderte Einstellungen die Arbeitsbereichsdatei überstimmen', function () {
    const file = parseWorkspaceFile('corpus:\n  folders: [archiv]\nwindowDays: 14\nseverity:\n  vague-source: hint\n');
    const c = mergeConfig({ corpus: { include: ['texte/**/*.md'] }, windowDays: 7, severity: { 'vague-source': 'error' } }, file, ['/ws'], true);
    assert.deepEqual([c.include, c.windowDays, c.severities['vague-source']], [['texte/**/*.md'], 7, 'error']);
  });

  it('addiert die Ausschlüsse beider Ebenen', function () {
    const c = mergeConfig({ corpus: { exclude: ['**/.git/**'] } }, parseWorkspaceFile('corpus:\n  exclude: ["**/alt/**"]\n'), ['/ws'], true);
    assert.deepEqual(c.exclude, ['**/.git/**', '**/alt/**']);
  });
});
