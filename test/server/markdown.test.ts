// Hover Markdown: article text is inert, and links go only to our own commands.
import assert from 'node:assert/strict';
import { commandLink, escapeMarkdown } from '../../src/server/markdown';

describe('Markdown der Hover-Karten', function () {
  it('macht Links, HTML und Hervorhebungen aus Korpus-Text unwirksam', function () {
    const escaped = escapeMarkdown('[klick](command:workbench.action.terminal.new) <img src=x> **fett**');
    assert.equal(escaped.includes('](command:'), false);
    assert.equal(escaped.includes('<img'), false);
    assert.equal(escaped.includes('**'), false);
  });

  it('verhindert automatische Links auf Adressen im Text', function () {
    assert.equal(escapeMarkdown('siehe https://example.org').includes('https://'), false);
  });

  it('kodiert die Argumente eines Befehlslinks als JSON', function () {
    const link = commandLink('Testblatt', 'faktenlage.openPassage', { uri: 'file:///a(1).md', start: 1, end: 2 });
    const target = /\]\((.*)\)$/.exec(link)![1];
    assert.equal(target.includes('('), false);
    const args = JSON.parse(decodeURIComponent(target.slice('command:faktenlage.openPassage?'.length)));
    assert.deepEqual(args, [{ uri: 'file:///a(1).md', start: 1, end: 2 }]);
  });

  it('verweigert Links auf fremde Befehle', function () {
    assert.throws(() => commandLink('x', 'workbench.action.terminal.new', {}));
  });
});
