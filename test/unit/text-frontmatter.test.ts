// The flat front matter reader: it must read exactly what the yaml library reads, or leave the text to it.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { flatYaml, libraryYaml, metaFromYaml } from '../../src/core/text/frontmatter';

describe('Text: flache front matter ohne YAML-Bibliothek', () => {
  it('liest die übliche front matter selbst, mit denselben Werten wie die Bibliothek', () => {
    const yaml = 'datum: 2024-06-19\ntitel: "Seoul: Bis zu 12.000 Soldaten"\nquelle: Hanse-Echo\nautor: Jana Roth\n';
    assert.deepEqual(flatYaml(yaml), libraryYaml(yaml));
    assert.deepEqual(flatYaml(yaml), { datum: '2024-06-19', titel: 'Seoul: Bis zu 12.000 Soldaten', quelle: 'Hanse-Echo', autor: 'Jana Roth' });
  });

  it('liest Listen in beiden Schreibweisen', () => {
    for (const yaml of ['faktenlage-ignore: [vague-source, unsourced-figure]\n', 'faktenlage-ignore:\n  - vague-source\n  - unsourced-figure\n']) {
      assert.deepEqual(flatYaml(yaml), { 'faktenlage-ignore': ['vague-source', 'unsourced-figure'] });
      assert.deepEqual(flatYaml(yaml), libraryYaml(yaml));
    }
  });

  it('überlässt Zahlen, Kommentare, Escapes und Verschachtelung der Bibliothek', () => {
    for (const yaml of ['datum: 3.1\n', 'titel: x # Kommentar\n', 'titel: "a\\"b"\n', 'ort:\n  stadt: Kiel\n', '[ ^1 ]: Fußnote\n', 'titel: a\n  b\n', 'a: true\n']) {
      assert.equal(flatYaml(yaml), undefined, yaml);
    }
  });

  it('gibt für kaputtes YAML dasselbe Ergebnis wie vorher: keine Metadaten', () => {
    assert.deepEqual(metaFromYaml('datum: [2024-11-23\ntitel: "offen\n'), { date: null });
  });

  it('weicht auf zufälligen Zeilen nie von der Bibliothek ab', () => {
    const keys = ['datum', 'Datum', 'titel', 'quelle', 'autor', 'faktenlage-ignore', 'x_1', 'a-b'];
    const values = [
      '', '2024-11-23', '23.11.2024', '3.1', '12', '-5', '0x1F', '.5', '1e3', '.inf', '~', 'null', 'True', 'false', 'no', 'yes',
      'Jana Roth', 'a: b', 'a:b', 'a #b', 'a#b', 'C#', "Putin's Plan", '"Seoul: 12.000"', '"a\\"b"', "'x'", "'it''s'", '"x" y', "'x' y",
      '[a, b]', '[a,]', '[ ]', '[]', '[1, 2]', '[a b, c]', '[true]', '{a: b}', '- x', '-x', '?x', ':x', '&a x', '*a', '!x', '|', '>',
      '%x', '@x', '`x', 'a [b] {c}', 'ä ö ü ß', '„Zitat“', 'x  ', 'x:', 'http://e.de/a', '2024-11-23T14:05:00+01:00', '"', "'",
    ];
    const item = fc.constantFrom(...values.filter(Boolean));
    const line = fc.oneof(
      fc.tuple(fc.constantFrom(...keys), fc.constantFrom(...values)).map(([k, v]) => (v ? `${k}: ${v}` : `${k}:`)),
      fc.tuple(fc.constantFrom('', ' ', '  '), item).map(([ind, v]) => `${ind}- ${v}`),
      fc.constantFrom('', '# Kommentar', '  fortgesetzt', 'ohne Doppelpunkt', '---', '...', 'k:v', 'k :v'),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 6 }), fc.constantFrom('\n', '\r\n'), (lines, nl) => {
        const yaml = lines.join(nl) + nl;
        const flat = flatYaml(yaml);
        if (flat !== undefined) assert.deepEqual(flat, libraryYaml(yaml), JSON.stringify(yaml));
      }),
      { numRuns: 3000 },
    );
  });
});
