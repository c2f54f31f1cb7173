// Holds package.json's contributions, the localisation files and the README against the definitions in src/shared.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { CHECKS } from '../../src/core';
import { COLORS } from '../../src/shared/colors';
import { COMMANDS } from '../../src/shared/commands';
import { REPOSITORY_URL } from '../../src/shared/links';
import { SETTINGS } from '../../src/shared/settings';
import { OVERVIEW_VIEW, REFERENCES_VIEW } from '../../src/shared/views';

const root = path.resolve(__dirname, '../..');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');
const manifest = JSON.parse(read('package.json'));
const contributes = manifest.contributes;
const nls = JSON.parse(read('package.nls.json')) as Record<string, string>;
const nlsDe = JSON.parse(read('package.nls.de.json')) as Record<string, string>;
const readme = (() => {
  const text = read('README.md');
  const start = text.indexOf('<!-- extension:start -->');
  const end = text.indexOf('<!-- extension:end -->');
  assert.ok(start >= 0 && end > start, 'README has the extension block');
  return text.slice(start, end);
})();

/** Every `%key%` placeholder anywhere in the manifest. */
function placeholders(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') {
    const m = /^%([^%]+)%$/.exec(value);
    if (m) out.push(m[1]);
  } else if (Array.isArray(value)) value.forEach((v) => placeholders(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => placeholders(v, out));
  return out;
}

describe('Manifest', function () {
  it('trägt genau die Befehle aus src/shared mit Kategorie ein', function () {
    assert.deepEqual(
      contributes.commands,
      COMMANDS.map((c) => ({ command: c.id, title: c.title, category: 'Faktenlage', ...(c.icon ? { icon: c.icon } : {}) })),
    );
  });

  it('versteckt interne Befehle in der Befehlspalette', function () {
    const hidden = contributes.menus.commandPalette.filter((m: { when: string }) => m.when === 'false').map((m: { command: string }) => m.command);
    assert.deepEqual(hidden, COMMANDS.filter((c) => !c.palette).map((c) => c.id));
  });

  it('trägt genau die Einstellungen aus src/shared mit Typ, Standard und Werten ein', function () {
    const props = contributes.configuration.properties as Record<string, Record<string, unknown>>;
    assert.deepEqual(Object.keys(props), SETTINGS.map((s) => s.key));
    for (const s of SETTINGS) {
      const p = props[s.key];
      assert.equal(p.type, s.type, s.key);
      assert.deepEqual(p.default, s.default, s.key);
      assert.deepEqual(p.enum, s.enum, s.key);
      assert.equal(p.markdownDescription, s.description, s.key);
    }
  });

  it('hat für jede Prüfung eine Schweregrad-Einstellung', function () {
    for (const c of CHECKS) assert.ok(contributes.configuration.properties[`faktenlage.severity.${c.code}`], c.code);
  });

  it('trägt genau die Farben aus src/shared ein', function () {
    assert.deepEqual(
      contributes.colors,
      COLORS.map((c) => ({ id: c.id, description: c.description, defaults: c.defaults })),
    );
  });

  it('trägt die Fundstellen-Ansicht und die Übersicht im Explorer ein', function () {
    assert.deepEqual(contributes.views.explorer.map((v: { id: string }) => v.id), [REFERENCES_VIEW, OVERVIEW_VIEW]);
  });

  it('setzt nur Befehle mit Symbol in die Titelleiste des Editors', function () {
    const titled = (contributes.menus['editor/title'] ?? []).map((m: { command: string }) => m.command);
    assert.ok(titled.length > 0);
    for (const id of titled) assert.ok(COMMANDS.find((c) => c.id === id)?.icon, id);
  });

  it('sperrt in nicht vertrauenswürdigen Arbeitsbereichen genau die Einstellungen mit Pfaden', function () {
    assert.deepEqual(
      manifest.capabilities.untrustedWorkspaces.restrictedConfigurations,
      SETTINGS.filter((s) => s.restrictedInUntrusted).map((s) => s.key),
    );
  });

  it('aktiviert sich nur für Markdown und Text, nie mit *', function () {
    assert.deepEqual(manifest.activationEvents, ['onLanguage:markdown', 'onLanguage:plaintext']);
  });

  it('verweist mit dem Repository auf dieselbe Adresse wie die Code-Links der Befunde', function () {
    assert.equal(manifest.repository.url.replace(/\.git$/, ''), REPOSITORY_URL);
  });

  it('hat jeden %Schlüssel% in der englischen und der deutschen Übersetzung', function () {
    const keys = [...new Set(placeholders(manifest))].sort();
    assert.deepEqual(keys.filter((k) => !(k in nls)), []);
    assert.deepEqual(keys.filter((k) => !(k in nlsDe)), []);
    assert.deepEqual(Object.keys(nlsDe).sort(), Object.keys(nls).sort());
  });

  it('übersetzt jeden Text des Clients ins Deutsche', function () {
    const bundle = JSON.parse(read('l10n/bundle.l10n.de.json')) as Record<string, string>;
    const dir = path.join(root, 'src/client');
    const used = new Set<string>();
    // Features with several modules live in subfolders (src/client/overview), so the walk descends.
    const files = (readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.ts'));
    for (const f of files) {
      for (const m of readFileSync(path.join(dir, f), 'utf8').matchAll(/l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g)) used.add(m[1]);
    }
    assert.ok(used.size > 0);
    assert.deepEqual([...used].filter((s) => !(s in bundle)), []);
    assert.equal(manifest.l10n, './l10n');
  });

  it('packt nach einer Positivliste', function () {
    const lines = read('.vscodeignore').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
    assert.equal(lines[0], '**');
    assert.ok(lines.slice(1).every((l) => l.startsWith('!')));
  });
});

describe('README-Abschnitt der Erweiterung', function () {
  it('nennt jeden Befehl', function () {
    for (const c of COMMANDS) assert.ok(readme.includes(`\`${c.id}\``), c.id);
  });

  it('nennt jede Einstellung', function () {
    for (const s of SETTINGS) assert.ok(readme.includes(`\`${s.key}\``), s.key);
  });

  it('nennt jede Farbe', function () {
    for (const c of COLORS) assert.ok(readme.includes(`\`${c.id}\``), c.id);
  });

  it('hat für jeden Prüfcode einen eigenen Abschnitt als Sprungziel der Befunde', function () {
    for (const c of CHECKS) {
      assert.match(readme, new RegExp(`^### ${c.code}$`, 'm'), c.code);
      assert.ok(readme.includes(`[\`${c.code}\`](#${c.code}) | ${c.defaultSeverity} |`), `${c.code} in the table`);
    }
  });
});
