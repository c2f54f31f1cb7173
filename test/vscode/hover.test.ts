// In-host: hovering an entity, a figure or a date in the draft shows the cross-reference card from the corpus.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { draftReady, hoverText, positionOf } from './helpers';

describe('Hover-Karten', () => {
  let doc: vscode.TextDocument;

  before(async function () {
    this.timeout(90_000);
    doc = (await draftReady()).editor.document;
  });

  it('auf „Kim Jong Un“ nennt die Karte die Person und zählt drei Korpusartikel', async () => {
    const md = await hoverText(doc.uri, positionOf(doc, 'Kim Jong Un', 2));
    assert.match(md, /Kim Jong Un/);
    assert.match(md, /\b3 (Artikel im Korpus|articles in the corpus)/);
  });

  it('auf „15.000“ listet die Karte „bis zu 12.000“ als widersprechend, mit der Quelle der Angabe', async () => {
    const md = await hoverText(doc.uri, positionOf(doc, '15.000', 1));
    const line = md.split('\n').find((l) => l.includes('bis zu 12.000'));
    assert.ok(line, md);
    assert.match(line, /widerspricht|disagrees/);
    assert.match(line, /südkoreanischen Geheimdienst/);
  });

  it('auf „15.000“ nennt die Karte das Medium des widersprechenden Artikels aus dessen Front Matter', async () => {
    const md = await hoverText(doc.uri, positionOf(doc, '15.000', 1));
    const line = md.split('\n').find((l) => l.includes('bis zu 12.000'));
    assert.match(line ?? '', /Küstenbote/, md);
  });

  it('auf „20. November 2024“ zeigt die Karte das normalisierte Datum mit seinem wahren Wochentag', async () => {
    const md = await hoverText(doc.uri, positionOf(doc, '20. November 2024', 4));
    assert.match(md, /2024-11-20/);
    assert.match(md, /Mittwoch|Wednesday/);
  });

  it('in der Front Matter erscheint keine Faktenlage-Karte', async () => {
    const md = await hoverText(doc.uri, positionOf(doc, 'Testblatt', 2));
    assert.doesNotMatch(md, /Korpus|corpus|Quelle|source/i);
  });
});
