// In-host: the draft's findings reach VS Code's diagnostics with the right code, range, source and related passages.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, SEOUL, draftReady, ofCode, textAt } from './helpers';

describe('Diagnosen im Entwurf', () => {
  let doc: vscode.TextDocument;
  let diagnostics: vscode.Diagnostic[];

  before(async function () {
    this.timeout(90_000);
    const ready = await draftReady();
    doc = ready.editor.document;
    diagnostics = ready.diagnostics;
  });

  it('die Erweiterung ist aktiv, sobald ein Markdown-Entwurf offen ist', () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is not installed in the host`);
    assert.equal(ext.isActive, true);
  });

  it('alle Diagnosen tragen die Quelle „Faktenlage“', () => {
    assert.deepEqual([...new Set(diagnostics.map((d) => d.source))], ['Faktenlage']);
  });

  it('unsourced-figure markiert die Zahl „15.000“', () => {
    const [d] = ofCode(diagnostics, 'unsourced-figure');
    assert.match(textAt(doc, d.range), /^15\.000/);
  });

  it('conflicting-figure markiert „15.000“ und verweist auf „bis zu 12.000“ im Seouler Artikel', () => {
    const [d] = ofCode(diagnostics, 'conflicting-figure');
    assert.match(textAt(doc, d.range), /^15\.000/);
    const related = d.relatedInformation ?? [];
    const seoul = related.find((r) => r.location.uri.path.endsWith(SEOUL));
    assert.ok(seoul, `no related passage in ${SEOUL}: ${related.map((r) => r.location.uri.path).join(', ')}`);
    return vscode.workspace.openTextDocument(seoul.location.uri).then((corpusDoc) => {
      assert.match(corpusDoc.getText(seoul.location.range), /12\.000/);
    });
  });

  it('die Angabe „mehr als 10.000“ widerspricht „15.000“ nicht', () => {
    const [d] = ofCode(diagnostics, 'conflicting-figure');
    const paths = (d.relatedInformation ?? []).map((r) => r.location.uri.path);
    assert.ok(!paths.some((p) => p.endsWith('2024-11-21-verteidigungsminister.md')), paths.join(', '));
  });

  it('vague-source markiert „Berichten zufolge“', () => {
    const [d] = ofCode(diagnostics, 'vague-source');
    assert.match(textAt(doc, d.range), /Berichten zufolge/);
  });

  it('weekday-mismatch markiert den falschen Wochentag zum 20. November 2024', () => {
    const [d] = ofCode(diagnostics, 'weekday-mismatch');
    assert.match(textAt(doc, d.range), /Dienstag|20\. November/);
  });

  it('jeder Befund erscheint genau einmal', () => {
    const codes = diagnostics.map((d) => `${typeof d.code === 'object' ? d.code.value : d.code}@${d.range.start.line}`);
    assert.equal(new Set(codes).size, codes.length, codes.join(', '));
  });
});
