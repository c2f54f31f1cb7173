// The text layer: front matter, the date line at the top, Markdown prose, German sentences and tokens.
import assert from 'node:assert/strict';
import { clearPrepareCache, prepare, type Format } from '../../src/core/text';
import type { Doc } from '../../src/core/types';

function sents(text: string, format: Format = 'text'): string[] {
  const d = prepare(text, format);
  return d.sentences.map((s) => text.slice(s.start, s.end));
}

function md(text: string): string[] {
  return sents(text, 'markdown');
}

function tokensOf(text: string, format: Format = 'text'): [string, string][] {
  return prepare(text, format)
    .sentences.flatMap((s) => s.tokens)
    .filter((t) => t.kind !== 'ws')
    .map((t) => [t.text, t.kind]);
}

describe('Text: front matter', () => {
  it('liest datum, titel, quelle und autor', () => {
    const d = prepare('---\ndatum: 2024-11-23\ntitel: Truppen in Kursk\nquelle: Abendblatt\nautor: Jana Roth\n---\nText.', 'markdown');
    assert.deepEqual(d.meta, { date: '2024-11-23', title: 'Truppen in Kursk', source: 'Abendblatt', author: 'Jana Roth' });
  });

  it('versteht die englischen Schlüssel date, title, source, author', () => {
    const d = prepare('---\ndate: 2024-11-23\ntitle: T\nsource: S\nauthor: A\n---\n', 'markdown');
    assert.deepEqual(d.meta, { date: '2024-11-23', title: 'T', source: 'S', author: 'A' });
  });

  it('normalisiert deutsche Datumsformate mit und ohne Uhrzeit', () => {
    const date = (v: string) => prepare(`---\ndatum: ${v}\n---\nText.`, 'markdown').meta.date;
    assert.equal(date('23.11.2024'), '2024-11-23');
    assert.equal(date('23. November 2024'), '2024-11-23');
    assert.equal(date('"23. November 2024, 14:05 Uhr"'), '2024-11-23');
    assert.equal(date('2024-11-23 14:05'), '2024-11-23');
    assert.equal(date('2024-11-23T14:05:00+01:00'), '2024-11-23');
    assert.equal(date('3.1.2025'), '2025-01-03');
  });

  it('gibt null für ein unmögliches Datum', () => {
    assert.equal(prepare('---\ndatum: 31.02.2024\n---\nText.', 'markdown').meta.date, null);
  });

  it('nimmt faktenlage-ignore als Liste oder als einzelne Zeichenkette', () => {
    assert.deepEqual(prepare('---\nfaktenlage-ignore: [vague-source, unsourced-figure]\n---\n', 'markdown').meta.ignore, [
      'vague-source',
      'unsourced-figure',
    ]);
    assert.deepEqual(prepare('---\nfaktenlage-ignore: vague-source\n---\n', 'markdown').meta.ignore, ['vague-source']);
  });

  it('wirft bei kaputtem YAML nicht und liest dann keine Metadaten', () => {
    const text = '---\ndatum: [2024-11-23\ntitel: "offen\n---\nDer Text bleibt Prosa.';
    const d = prepare(text, 'markdown');
    assert.deepEqual(d.meta, { date: null });
    assert.deepEqual(md(text), ['Der Text bleibt Prosa.']);
  });

  it('schreibt bei seltsamen Schlüsseln in der front matter keine Warnung auf stderr', async () => {
    const warnings: string[] = [];
    const listen = (w: Error) => warnings.push(w.message);
    process.on('warning', listen);
    try {
      const d = prepare('---\n[ ^1 ]: Fußnote\ndatum: 2024-03-01\n---\n\nText.\n', 'markdown');
      assert.equal(d.meta.date, '2024-03-01');
      await new Promise((r) => setImmediate(r));
    } finally {
      process.off('warning', listen);
    }
    assert.deepEqual(warnings, []);
  });

  it('lässt die front matter aus Prosa und Sätzen heraus, auch mit CRLF und BOM', () => {
    const text = '\uFEFF---\r\ndatum: 2024-11-23\r\ntitel: Nicht prosa\r\n---\r\nErster Satz.';
    const d = prepare(text, 'markdown');
    assert.equal(d.meta.date, '2024-11-23');
    assert.deepEqual(md(text), ['Erster Satz.']);
    assert.deepEqual(d.prose.map((p) => text.slice(p.start, p.end)), ['Erster Satz.']);
  });

  it('liest in .txt keine front matter', () => {
    assert.deepEqual(sents('---\ntitel: x\n---\nText.', 'text'), ['titel: x', 'Text.']);
    assert.equal(prepare('---\ntitel: x\n---\nText.', 'text').meta.title, undefined);
  });
});

describe('Text: Datumszeile am Anfang', () => {
  const date = (t: string, f: Format = 'text') => prepare(t, f).meta.date;

  it('erkennt 23.11.2024 als erste Zeile', () => {
    assert.equal(date('23.11.2024\n\nNordkorea schickt Soldaten.'), '2024-11-23');
  });

  it('erkennt „Stand: 23.11.2024, 14:05 Uhr“', () => {
    assert.equal(date('Stand: 23.11.2024, 14:05 Uhr\nText.'), '2024-11-23');
  });

  it('erkennt ein ISO-Datum unter Rubrik und Titel', () => {
    assert.equal(date('Politik\nMoskau und Pjöngjang rücken zusammen\n2025-04-28\n\nText.'), '2025-04-28');
  });

  it('erkennt „Sonntag, 24. November 2024“ und „24. November 2024 um 10:12“', () => {
    assert.equal(date('Sonntag, 24. November 2024\nText.'), '2024-11-24');
    assert.equal(date('Titel\n24. November 2024 um 10:12\nText.'), '2024-11-24');
  });

  it('erkennt „Aktualisiert am … um … Uhr“ und fett gesetztes „Stand:“', () => {
    assert.equal(date('Aktualisiert am 23.11.2024 um 14:05 Uhr\nText.'), '2024-11-23');
    assert.equal(date('**Stand:** 23.11.2024\n\nText.', 'markdown'), '2024-11-23');
  });

  it('nutzt die Datumszeile in Markdown ohne Datum in der front matter', () => {
    assert.equal(date('---\ntitel: T\n---\n*23.11.2024*\n\nText.', 'markdown'), '2024-11-23');
    assert.equal(date('---\ndatum: 2024-11-20\n---\n23.11.2024\n\nText.', 'markdown'), '2024-11-20');
  });

  it('schaut nur in die ersten drei nicht leeren Zeilen', () => {
    assert.equal(date('Eins\n\nZwei\nDrei\n23.11.2024\n'), null);
  });

  it('nimmt kein Datum aus einem Satz', () => {
    assert.equal(date('Am 23.11.2024 kamen die Soldaten an.'), null);
  });
});

describe('Text: Prosa in Markdown', () => {
  it('liest „12. Oktober“ am Zeilenanfang als Datum, nicht als nummerierte Liste', () => {
    const text = 'Vorspann.\n\n12. Oktober 2024: Die Polizei meldete Festnahmen.\n\n1. Erster Punkt\n2. Zweiter Punkt';
    assert.deepEqual(md(text), ['Vorspann.', '12. Oktober 2024: Die Polizei meldete Festnahmen.', 'Erster Punkt', 'Zweiter Punkt']);
  });

  it('lässt Codeblöcke, HTML-Kommentare und eingerückten Code weg', () => {
    const text = 'Vorher.\n\n```\nCode. Mit 10.000 Zeilen.\n```\n\n<!-- Notiz: 12.000 -->\n\n    eingerückt 5.000\n\nNachher.';
    assert.deepEqual(md(text), ['Vorher.', 'Nachher.']);
    const d = prepare(text, 'markdown');
    assert.deepEqual(d.prose.map((p) => text.slice(p.start, p.end)), ['Vorher.', 'Nachher.']);
  });

  it('hält Leerzeilen in Codeblöcken und Kommentaren aus der Prosa', () => {
    const text = '```\nerste Zeile\n\nZweiter Teil. Noch einer.\n```\n\n<!--\n\nVersteckt. Wirklich.\n-->\n\nSichtbar.';
    assert.deepEqual(md(text), ['Sichtbar.']);
  });

  it('macht Inline-Code, URLs und E-Mail-Adressen zu je einem symbol-Token', () => {
    const text = 'Siehe `x = 10.000` und https://example.org/a/12.000?x=1 oder presse@example.org jetzt.';
    assert.deepEqual(tokensOf(text, 'markdown'), [
      ['Siehe', 'word'],
      ['`x = 10.000`', 'symbol'],
      ['und', 'word'],
      ['https://example.org/a/12.000?x=1', 'symbol'],
      ['oder', 'word'],
      ['presse@example.org', 'symbol'],
      ['jetzt', 'word'],
      ['.', 'punct'],
    ]);
  });

  it('nimmt den Linktext als Prosa, das Linkziel nicht', () => {
    const text = 'Laut [Polizei](https://polizei.example/2024/11) kamen 300 Menschen.';
    const tokens = tokensOf(text, 'markdown');
    assert.deepEqual(tokens.slice(0, 4), [
      ['Laut', 'word'],
      ['[', 'punct'],
      ['Polizei', 'word'],
      [']', 'punct'],
    ]);
    assert.deepEqual(tokens[4], ['(https://polizei.example/2024/11)', 'symbol']);
    assert.deepEqual(md(text), [text]);
    const prose = prepare(text, 'markdown').prose.map((p) => text.slice(p.start, p.end));
    assert.deepEqual(prose, ['Laut [Polizei]', 'kamen 300 Menschen.']);
  });

  it('behandelt Code und Links in Listenpunkten wie im Absatz', () => {
    assert.deepEqual(tokensOf('- Laut [Polizei](https://p.example/1) `x 5`\n- zweiter <b>Punkt</b>', 'markdown'), [
      ['Laut', 'word'],
      ['[', 'punct'],
      ['Polizei', 'word'],
      [']', 'punct'],
      ['(https://p.example/1)', 'symbol'],
      ['`x 5`', 'symbol'],
      ['zweiter', 'word'],
      ['<b>', 'symbol'],
      ['Punkt', 'word'],
      ['</b>', 'symbol'],
    ]);
  });

  it('lässt Bilder ganz aus der Prosa', () => {
    const text = 'Vor ![Karte mit 12.000 Punkten](karte.png) nach.';
    assert.deepEqual(tokensOf(text, 'markdown').map((t) => t[0]), ['Vor', '![Karte mit 12.000 Punkten](karte.png)', 'nach', '.']);
  });

  it('lässt HTML im Absatz als ein Token stehen', () => {
    assert.deepEqual(tokensOf('Ein <span class="x">Wort</span> hier.', 'markdown').map((t) => t[1]), [
      'word',
      'symbol',
      'word',
      'symbol',
      'word',
      'punct',
    ]);
  });

  it('behält einen Satz über **fett** und _kursiv_ hinweg', () => {
    assert.deepEqual(md('Die **Regierung** in _Seoul_ bestätigte 12.000 Soldaten. Dann kam mehr.'), [
      'Die **Regierung** in _Seoul_ bestätigte 12.000 Soldaten.',
      'Dann kam mehr.',
    ]);
  });

  it('schließt einen Satz, der im Fettdruck endet, hinter den Sternen', () => {
    assert.deepEqual(md('**Kurz gesagt.** Dann mehr.'), ['**Kurz gesagt.**', 'Dann mehr.']);
  });

  it('macht Überschriften und Listenpunkte zu eigenen Sätzen', () => {
    assert.deepEqual(md('# Nordkorea schickt Truppen\nText dazu.\n\n- erster Punkt\n- zweiter Punkt\n\n1. Eins\n2. Zwei'), [
      'Nordkorea schickt Truppen',
      'Text dazu.',
      'erster Punkt',
      'zweiter Punkt',
      'Eins',
      'Zwei',
    ]);
  });

  it('liest Zitate und Tabellenzeilen als Prosa, Zeile für Zeile in Tabellen', () => {
    assert.deepEqual(md('> Wir bleiben hier. Sagte er.'), ['Wir bleiben hier.', 'Sagte er.']);
    assert.deepEqual(md('| Ort | Soldaten |\n|---|---|\n| Kursk | 10.000 |'), ['| Ort | Soldaten |', '| Kursk | 10.000 |']);
  });

  it('zählt paragraph über Blöcke hinweg', () => {
    const d = prepare('# Titel\n\nEins. Zwei.\n\n- Drei', 'markdown');
    assert.deepEqual(
      d.sentences.map((s) => s.paragraph),
      [0, 1, 1, 2],
    );
  });
});

describe('Text: deutsche Satzgrenzen', () => {
  it('trennt nicht nach Ordinalzahlen', () => {
    assert.deepEqual(sents('Am 23. November kamen sie. Der 3. Oktober ist frei. Er kam zum 1. Mal. Im 20. Jahrhundert war das anders.'), [
      'Am 23. November kamen sie.',
      'Der 3. Oktober ist frei.',
      'Er kam zum 1. Mal.',
      'Im 20. Jahrhundert war das anders.',
    ]);
  });

  it('trennt nicht nach „Der 1.“ vor einem Namen, aber nach einer Altersangabe', () => {
    assert.deepEqual(sents('Der 1. FC Köln gewann. Er ist 45. Die Polizei ermittelt.'), [
      'Der 1. FC Köln gewann.',
      'Er ist 45.',
      'Die Polizei ermittelt.',
    ]);
  });

  it('trennt nach einer Zahl am Satzende', () => {
    assert.deepEqual(sents('Die Zahl stieg auf 112. Die Polizei ermittelt. Der Schaden lag bei 10.000. 2024 war es anders.'), [
      'Die Zahl stieg auf 112.',
      'Die Polizei ermittelt.',
      'Der Schaden lag bei 10.000.',
      '2024 war es anders.',
    ]);
  });

  it('trennt nicht nach Abkürzungen', () => {
    const text =
      'Das gilt z. B. Für Kiew. Dr. Müller und Prof. Kim kamen. Es waren ca. 300, u. a. Soldaten. Die Nr. 5 fehlt. ' +
      'Es geht um 1,5 Mio. Euro bzw. 2 Mrd. Dollar. Sie lebt in St. Petersburg.';
    assert.deepEqual(sents(text), [
      'Das gilt z. B. Für Kiew.',
      'Dr. Müller und Prof. Kim kamen.',
      'Es waren ca. 300, u. a. Soldaten.',
      'Die Nr. 5 fehlt.',
      'Es geht um 1,5 Mio. Euro bzw. 2 Mrd. Dollar.',
      'Sie lebt in St. Petersburg.',
    ]);
  });

  it('trennt nach usw., etc. und v. Chr. vor einem neuen Satz', () => {
    assert.deepEqual(sents('Panzer, Drohnen usw. Die Lage bleibt ernst.'), ['Panzer, Drohnen usw.', 'Die Lage bleibt ernst.']);
    assert.deepEqual(sents('Es war im 5. Jh. v. Chr. errichtet worden.'), ['Es war im 5. Jh. v. Chr. errichtet worden.']);
  });

  it('hält F.A.Z., U.S. und dpa-AFX zusammen', () => {
    assert.deepEqual(sents('Wie die F.A.Z. berichtet, kam die U.S. Army. Laut dpa-AFX stieg der Kurs.'), [
      'Wie die F.A.Z. berichtet, kam die U.S. Army.',
      'Laut dpa-AFX stieg der Kurs.',
    ]);
  });

  it('trennt nach F.A.Z. am Satzende', () => {
    assert.deepEqual(sents('Das berichtet die F.A.Z. Die Regierung schweigt.'), ['Das berichtet die F.A.Z.', 'Die Regierung schweigt.']);
  });

  it('nimmt das schließende Anführungszeichen in den Satz', () => {
    assert.deepEqual(sents('„Wir bleiben.“ Dann ging er. Sie sagte: "Nein." Danach war Ruhe.'), [
      '„Wir bleiben.“',
      'Dann ging er.',
      'Sie sagte: "Nein."',
      'Danach war Ruhe.',
    ]);
  });

  it('trennt nicht, wenn nach dem Zitat der Satz weitergeht', () => {
    assert.deepEqual(sents('„Wir bleiben!“, sagte der Sprecher. „Wo ist er?“ fragte sie.'), [
      '„Wir bleiben!“, sagte der Sprecher.',
      '„Wo ist er?“ fragte sie.',
    ]);
  });

  it('macht eine Teaserzeile mit … oder ... zu einem eigenen Satz', () => {
    assert.deepEqual(sents('Nordkorea schickt Soldaten …\nDie Regierung in Seoul ist besorgt.'), [
      'Nordkorea schickt Soldaten …',
      'Die Regierung in Seoul ist besorgt.',
    ]);
    assert.deepEqual(sents('Was Kim wirklich will...\ndas weiß keiner.'), ['Was Kim wirklich will...', 'das weiß keiner.']);
  });

  it('trennt nicht an einem freistehenden Auslassungszeichen', () => {
    assert.deepEqual(sents('Die Zahl der … Soldaten stieg.'), ['Die Zahl der … Soldaten stieg.']);
  });

  it('macht Seitenelemente wie „Anzeige“ und „More Stories“ zu eigenen Sätzen', () => {
    assert.deepEqual(sents('Der Kreml schweigt.\nAnzeige\nMore Stories\nsee more\nDie Lage bleibt unklar.'), [
      'Der Kreml schweigt.',
      'Anzeige',
      'More Stories',
      'see more',
      'Die Lage bleibt unklar.',
    ]);
  });

  it('beendet an einer Leerzeile immer den Satz', () => {
    assert.deepEqual(sents('Ein Satz ohne Punkt\n\nnoch einer'), ['Ein Satz ohne Punkt', 'noch einer']);
    assert.deepEqual(md('Ein Satz ohne Punkt\n\nnoch einer'), ['Ein Satz ohne Punkt', 'noch einer']);
  });

  it('trennt in .txt eine Titelzeile ohne Punkt vom folgenden Absatz', () => {
    const text =
      'Krieg in der Ukraine: Annäherung zwischen Moskau und Pjöngjang\n' +
      'Nordkorea und Russland haben ihre militärische Zusammenarbeit ausgebaut, wie Geheimdienste in Seoul und Washington übereinstimmend melden. Beobachter sind besorgt.';
    assert.deepEqual(sents(text), [
      'Krieg in der Ukraine: Annäherung zwischen Moskau und Pjöngjang',
      'Nordkorea und Russland haben ihre militärische Zusammenarbeit ausgebaut, wie Geheimdienste in Seoul und Washington übereinstimmend melden.',
      'Beobachter sind besorgt.',
    ]);
  });

  it('fügt hart umbrochene Zeilen zu einem Satz zusammen', () => {
    const text =
      'Nach Angaben des südkoreanischen Geheimdienstes sollen bis zu\n' +
      '12.000 Soldaten aus Nordkorea in Russland ausgebildet werden, die\n' +
      'Regierung in Seoul bestellte deshalb den russischen Botschafter\n' +
      'ein. Moskau wies die Berichte zurück.';
    assert.deepEqual(sents(text), [
      text.slice(0, text.indexOf('ein.') + 4),
      'Moskau wies die Berichte zurück.',
    ]);
  });

  it('trennt nicht nach F.A.Z. als Beiwort am Satzanfang', () => {
    assert.deepEqual(sents('Der F.A.Z. Podcast „Machtprobe“ fragt nach. Dann folgt mehr.'), [
      'Der F.A.Z. Podcast „Machtprobe“ fragt nach.',
      'Dann folgt mehr.',
    ]);
  });

  it('trennt eine Datumszeile unter dem Titel ab', () => {
    assert.deepEqual(sents('Moskau und Pjöngjang rücken zusammen\n2025-04-28\nDie Lage ist ernst.'), [
      'Moskau und Pjöngjang rücken zusammen',
      '2025-04-28',
      'Die Lage ist ernst.',
    ]);
  });

  it('zählt in .txt mit einem Absatz pro Zeile jede Zeile als Absatz', () => {
    const long = 'Die Regierung in Seoul bestätigte, dass rund 10.000 Soldaten aus Nordkorea in der Region Kursk stationiert seien.';
    const text = `Titel ohne Punkt\n${long} Mehr dazu.\n${long}`;
    assert.deepEqual(
      prepare(text, 'text').sentences.map((s) => s.paragraph),
      [0, 1, 1, 2],
    );
  });

  it('zählt hart umbrochene Zeilen als einen Absatz', () => {
    const text = 'Die Regierung bestätigte den Einsatz von\nSoldaten. Die Opposition widersprach dem\nsofort. Dann war Ruhe.';
    assert.deepEqual(
      prepare(text, 'text').sentences.map((s) => s.paragraph),
      [0, 0, 0],
    );
  });

  it('trennt nicht, wenn die nächste Zeile klein weitergeht', () => {
    assert.deepEqual(sents('Die Regierung\nbestätigte den Einsatz.'), ['Die Regierung\nbestätigte den Einsatz.']);
  });
});

describe('Text: Tokens', () => {
  it('liest Zahlen, Daten und Uhrzeiten als je ein number-Token', () => {
    const numbers = tokensOf('Es waren 10.000, dann 1,5 und 9,60 Euro am 28.04.2025 um 14.30 Uhr, also 2025-04-28 um 14:05.')
      .filter((t) => t[1] === 'number')
      .map((t) => t[0]);
    assert.deepEqual(numbers, ['10.000', '1,5', '9,60', '28.04.2025', '14.30', '2025-04-28', '14:05']);
  });

  it('liest Bindestrich-Komposita und Abkürzungen mit Punkten als ein Wort', () => {
    const words = tokensOf('Der Nato-Generalsekretär, dpa-AFX, der Kreml-Sprecher, die F.A.Z. und z.B. Covid-19.')
      .filter((t) => t[1] === 'word')
      .map((t) => t[0]);
    assert.deepEqual(words, ['Der', 'Nato-Generalsekretär', 'dpa-AFX', 'der', 'Kreml-Sprecher', 'die', 'F.A.Z.', 'und', 'z.B.', 'Covid-19']);
  });

  it('unterscheidet punct, symbol und ws und deckt den Satz lückenlos ab', () => {
    const text = 'Ein Plus von 5 % (laut „Quelle“) – 👍 gut!';
    const d = prepare(text, 'text');
    const toks = d.sentences[0].tokens;
    assert.equal(toks.map((t) => t.text).join(''), text);
    assert.deepEqual(
      toks.filter((t) => t.kind === 'symbol').map((t) => t.text),
      ['%', '👍'],
    );
    assert.deepEqual(
      toks.filter((t) => t.kind === 'punct').map((t) => t.text),
      ['(', '„', '“', ')', '–', '!'],
    );
    assert.ok(toks.some((t) => t.kind === 'ws'));
  });
});

describe('Text: Offsets', () => {
  function assertSpans(d: Doc): void {
    const { text } = d;
    const inside = (s: { start: number; end: number }) => {
      assert.ok(0 <= s.start && s.start <= s.end && s.end <= text.length, `${s.start}-${s.end} in ${text.length}`);
      for (const x of [s.start, s.end]) {
        const hi = text.charCodeAt(x - 1);
        const lo = text.charCodeAt(x);
        assert.ok(!(hi >= 0xd800 && hi <= 0xdbff && lo >= 0xdc00 && lo <= 0xdfff), `splits a surrogate pair at ${x}`);
      }
    };
    d.prose.forEach(inside);
    for (const s of d.sentences) {
      inside(s);
      for (const t of s.tokens) {
        inside(t);
        assert.equal(text.slice(t.start, t.end), t.text);
        assert.ok(s.start <= t.start && t.end <= s.end);
      }
    }
  }

  it('zählt UTF-16-Einheiten ins Original, auch mit CRLF und Emoji', () => {
    const text = '---\r\ndatum: 2024-11-23\r\n---\r\n👍 Die Polizei 🇩🇪 zählte 300 Menschen.\r\nDann 👨‍👩‍👧 mehr.\r\n\r\nNeuer Absatz.';
    const d = prepare(text, 'markdown');
    assertSpans(d);
    assert.deepEqual(
      d.sentences.map((s) => text.slice(s.start, s.end)),
      ['👍 Die Polizei 🇩🇪 zählte 300 Menschen.', 'Dann 👨‍👩‍👧 mehr.', 'Neuer Absatz.'],
    );
    const n = d.sentences[0].tokens.find((t) => t.text === '300')!;
    assert.equal(n.start, text.indexOf('300'));
  });

  it('ein BOM am Anfang eines späteren Absatzes verschiebt keine Spanne (der Markdown-Parser verwirft ihn)', () => {
    // Found by the 10,000-run fuzz: after an HTML block the paragraph is its own chunk, starting with U+FEFF.
    const text = '<p>Vorspann.</p>\n\n\uFEFF Gestern kamen 20 Gäste \u{1F44D}\n> Heute keiner.\n';
    const d = prepare(text, 'markdown');
    assertSpans(d);
    assert.deepEqual(
      d.sentences.map((s) => text.slice(s.start, s.end)),
      ['Gestern kamen 20 Gäste \u{1F44D}', 'Heute keiner.'],
    );
  });

  it('wirft nie und bleibt in den Grenzen bei Binärdaten, NUL und einzelnen Surrogaten', () => {
    const inputs = [
      '\u0000\u0001\uFFFF\uD800 Text. \uDC00 mehr \uD83D',
      Array.from({ length: 2000 }, (_, i) => String.fromCharCode((i * 7919) % 65536)).join(''),
      '\uD83D\uDC4D'.repeat(100) + '.',
    ];
    for (const text of inputs) {
      for (const f of ['markdown', 'text'] as const) assertSpans(prepare(text, f));
    }
  });

  it('bleibt schnell bei 1 MB in einer Zeile, 10.000-fach verschachtelten Zitaten und 100.000 Listenpunkten', function () {
    this.timeout(60_000);
    const cases: [string, string][] = [
      ['1 MB', 'Die Soldaten kamen am 23. November an. '.repeat(26_000)],
      ['Zitate', '>'.repeat(10_000) + ' Tief drinnen.'],
      ['Liste', '- Punkt mit 10.000 Soldaten\n'.repeat(100_000)],
      ['Sterne', '*'.repeat(20_000) + 'a' + '*'.repeat(20_000)],
      ['Einrückung', Array.from({ length: 1000 }, (_, i) => ' '.repeat(i * 2) + '- x').join('\n')],
    ];
    for (const [name, text, format] of [
      ...cases.map(([n, t]) => [n, t, 'markdown'] as const),
      ['1 MB .txt', cases[0][1], 'text'] as const,
      ['100.000 Zeilen .txt', cases[2][1], 'text'] as const,
    ]) {
      const t0 = performance.now();
      const d = prepare(text, format);
      const ms = performance.now() - t0;
      assertSpans(d);
      // Generous bounds: the machine running the tests may be busy; the point is "linear, not stuck".
      assert.ok(ms < 15_000, `${name}: ${ms.toFixed(0)} ms`);
    }
  });
});

describe('Text: inkrementell', () => {
  it('liefert nach einer Änderung dasselbe wie ohne Cache', () => {
    const base = '# Titel\n\nErster Absatz mit 10.000 Soldaten.\n\nZweiter Absatz. Noch ein Satz.\n\nDritter Absatz.';
    prepare(base, 'markdown');
    const edited = base.replace('Zweiter', 'Zweiterr');
    const warm = prepare(edited, 'markdown');
    clearPrepareCache();
    const cold = prepare(edited, 'markdown');
    assert.deepEqual(warm, cold);
  });

  it('verwendet unveränderte Absätze vor der Änderung wieder', () => {
    const base = 'Erster Absatz.\n\nZweiter Absatz.\n\nDritter Absatz.';
    const a = prepare(base, 'text');
    const b = prepare(base.replace('Dritter', 'Vierter'), 'text');
    assert.equal(b.sentences[0].tokens, a.sentences[0].tokens);
    assert.notEqual(b.sentences[2].tokens, a.sentences[2].tokens);
  });

  it('verschiebt Offsets unveränderter Absätze hinter der Änderung', () => {
    const base = 'Erster Absatz.\n\nZweiter Absatz.';
    prepare(base, 'text');
    const edited = 'Erstes, längeres Stück.\n\nZweiter Absatz.';
    const d = prepare(edited, 'text');
    const s = d.sentences[1];
    assert.equal(edited.slice(s.start, s.end), 'Zweiter Absatz.');
    assert.equal(s.tokens[0].start, edited.indexOf('Zweiter'));
  });
});
