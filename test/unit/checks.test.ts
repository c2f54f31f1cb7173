// The four checks on hand-built analyses, so each check's rule is pinned independently of the extractors.
import assert from 'node:assert/strict';
import { check, createCorpus } from '../../src/core';
import type { Analysis, Attribution, DateMention, Figure } from '../../src/core';

/** An analysis of `text` with the given extractions; spans are found by searching the text. */
function fake(
  text: string,
  parts: { date?: string | null; figures?: Partial<Figure>[]; attributions?: Partial<Attribution>[]; dates?: Partial<DateMention>[] },
): Analysis {
  const at = (t: string) => {
    const start = text.indexOf(t);
    assert.ok(start >= 0, `${t} not in text`);
    return { start, end: start + t.length, text: t };
  };
  const figures = (parts.figures ?? []).map((f) => ({
    value: 0, low: f.value ?? 0, high: f.value ?? 0, unit: null, thing: null, key: '', vague: false, source: null,
    ...at(f.text!), ...f,
  })) as Figure[];
  const attributions = (parts.attributions ?? []).map((a) => ({ kind: 'source', ...at(a.text!), ...a })) as Attribution[];
  const dates = (parts.dates ?? []).map((d) => ({ value: null, relative: false, vague: false, ...at(d.text!), ...d })) as DateMention[];
  return {
    doc: {
      text,
      meta: { date: parts.date === undefined ? '2024-11-23' : parts.date },
      prose: [{ start: 0, end: text.length }],
      sentences: [{ start: 0, end: text.length, tokens: [], paragraph: 0 }],
    },
    entities: [],
    dates,
    figures,
    attributions,
    claims: [],
  };
}

function codes(a: Analysis, opts: Partial<Parameters<typeof check>[1]> = {}) {
  return check(a, { uri: 'draft.md', ...opts }).map((f) => `${f.code} ${a.doc.text.slice(f.start, f.end)}`);
}

describe('unsourced-figure', () => {
  it('flags a figure with no source', () => {
    const a = fake('Es kamen 300 Menschen.', { figures: [{ text: '300', value: 300 }] });
    assert.deepEqual(codes(a), ['unsourced-figure 300']);
  });

  it('leaves a sourced figure alone', () => {
    const a = fake('Laut Polizei kamen 300 Menschen.', {
      figures: [{ text: '300', value: 300, source: { kind: 'source', text: 'Laut Polizei', start: 0, end: 12 } }],
    });
    assert.deepEqual(codes(a), []);
  });

  it('does not flag vague amounts like „Tausende“', () => {
    const a = fake('Tausende kamen.', { figures: [{ text: 'Tausende', vague: true }] });
    assert.deepEqual(codes(a), []);
  });

  it('does not flag durations like „drei Wochen“', () => {
    const a = fake('Der Streik dauerte drei Wochen.', { figures: [{ text: 'drei Wochen', value: 3, unit: 'Wochen' }] });
    assert.deepEqual(codes(a), []);
  });

  it('says in German what was found and what to do', () => {
    const a = fake('Es kamen 300 Menschen.', { figures: [{ text: '300', value: 300 }] });
    const [f] = check(a, { uri: 'd.md' });
    assert.equal(f.message, 'Zahl ohne Quelle: „300“. Nennen Sie, wer sie angibt (z. B. „laut …“).');
    assert.equal(f.severity, 'warning');
  });

  it('speaks English on request', () => {
    const a = fake('Es kamen 300 Menschen.', { figures: [{ text: '300', value: 300 }] });
    assert.match(check(a, { uri: 'd.md', locale: 'en' })[0].message, /^Figure without a source: "300"/);
  });
});

describe('vague-source', () => {
  it('reports „Berichten zufolge“ as information', () => {
    const a = fake('Berichten zufolge kamen viele.', { attributions: [{ text: 'Berichten zufolge', kind: 'vague' }] });
    const found = check(a, { uri: 'd.md' });
    assert.deepEqual(found.map((f) => [f.code, f.severity]), [['vague-source', 'information']]);
  });

  it('ignores named sources and hearsay', () => {
    const a = fake('Laut Polizei soll er offenbar da gewesen sein.', {
      attributions: [{ text: 'Laut Polizei' }, { text: 'offenbar', kind: 'hearsay' }],
    });
    assert.deepEqual(codes(a), []);
  });
});

describe('weekday-mismatch', () => {
  it('flags „Mittwoch, 11. Januar 2024“ (a Thursday) on the weekday', () => {
    const text = 'Am Mittwoch, 11. Januar 2024, begann es.';
    const a = fake(text, {
      dates: [{ text: 'Mittwoch, 11. Januar 2024', value: '2024-01-11', weekday: 3, weekdaySpan: { start: 3, end: 11 } }],
    });
    const [f] = check(a, { uri: 'd.md' });
    assert.equal(f.code, 'weekday-mismatch');
    assert.equal(text.slice(f.start, f.end), 'Mittwoch');
    assert.equal(f.message, '„Mittwoch“ passt nicht: Der 11.1.2024 ist ein Donnerstag.');
  });

  it('accepts a matching weekday', () => {
    const a = fake('Donnerstag, 11. Januar 2024', { dates: [{ text: 'Donnerstag, 11. Januar 2024', value: '2024-01-11', weekday: 4 }] });
    assert.deepEqual(codes(a), []);
  });
});

describe('conflicting-figure', () => {
  const sourced = (text: string, at: number) => ({ kind: 'source' as const, text, start: at, end: at + text.length });

  function corpusWith(...articles: { uri: string; date: string | null; text: string; figure: string; low: number; high: number }[]) {
    const corpus = createCorpus();
    for (const art of articles) {
      corpus.addAnalysis(
        art.uri,
        fake(art.text, {
          date: art.date,
          figures: [{ text: art.figure, value: art.low, low: art.low, high: art.high, key: 'soldat@nordkorea', source: sourced('laut Seoul', 0) }],
        }),
      );
    }
    return corpus;
  }

  const draft = (figure: string, low: number, high: number, date: string | null = '2024-11-23') =>
    fake(`Es sind ${figure} Soldaten.`, { date, figures: [{ text: figure, value: low, low, high, key: 'soldat@nordkorea' }] });

  it('flags 15.000 against „bis zu 12.000“ and points at the other article', () => {
    const corpus = corpusWith({ uri: 'a.md', date: '2024-11-20', text: 'laut Seoul bis zu 12.000 Soldaten', figure: 'bis zu 12.000', low: 0, high: 12000 });
    const found = check(draft('15.000', 15000, 15000), { uri: 'draft.md', corpus }).filter((f) => f.code === 'conflicting-figure');
    assert.equal(found.length, 1);
    assert.deepEqual(found[0].related.map((r) => [r.uri, r.start, r.end]), [['a.md', 11, 24]]);
    assert.match(found[0].message, /„15\.000“ widerspricht dem Korpus: „bis zu 12\.000“ \(laut Seoul, a\.md, 20\.11\.2024\)/);
  });

  it('accepts 12.000 against „mehr als 10.000“ (the intervals overlap)', () => {
    const corpus = corpusWith({ uri: 'a.md', date: '2024-11-20', text: 'laut Seoul mehr als 10.000', figure: 'mehr als 10.000', low: 10000, high: Infinity });
    assert.deepEqual(codes(draft('12.000', 12000, 12000), { corpus }).filter((c) => c.startsWith('conflicting')), []);
  });

  it('ignores articles outside the comparison window', () => {
    const corpus = corpusWith({ uri: 'old.md', date: '2023-01-01', text: 'laut Seoul 3.000 Soldaten', figure: '3.000', low: 3000, high: 3000 });
    assert.deepEqual(codes(draft('15.000', 15000, 15000), { corpus }).filter((c) => c.startsWith('conflicting')), []);
    const wide = check(draft('15.000', 15000, 15000), { uri: 'draft.md', corpus, windowDays: 1000 });
    assert.ok(wide.some((f) => f.code === 'conflicting-figure'));
  });

  it('compares with undated articles', () => {
    const corpus = corpusWith({ uri: 'u.md', date: null, text: 'laut Seoul 3.000 Soldaten', figure: '3.000', low: 3000, high: 3000 });
    assert.ok(check(draft('15.000', 15000, 15000), { uri: 'draft.md', corpus }).some((f) => f.code === 'conflicting-figure'));
  });

  it('lists at most 20 related passages and gives the total in the message', () => {
    const many = Array.from({ length: 25 }, (_, i) => ({
      uri: `a${String(i).padStart(2, '0')}.md`, date: '2024-11-20', text: 'laut Seoul 3.000 Soldaten', figure: '3.000', low: 3000, high: 3000,
    }));
    const [found] = check(draft('15.000', 15000, 15000), { uri: 'draft.md', corpus: corpusWith(...many) }).filter((f) => f.code === 'conflicting-figure');
    assert.equal(found.related.length, 20);
    assert.match(found.message, / und 22 weitere\./);
  });

  it('never compares the draft with its own corpus entry', () => {
    const corpus = corpusWith({ uri: 'draft.md', date: '2024-11-23', text: 'laut Seoul 3.000 Soldaten', figure: '3.000', low: 3000, high: 3000 });
    assert.deepEqual(codes(draft('15.000', 15000, 15000), { corpus }).filter((c) => c.startsWith('conflicting')), []);
  });

  it('never compares figures without a quantity key', () => {
    const corpus = corpusWith({ uri: 'a.md', date: null, text: 'laut Seoul 3.000 Soldaten', figure: '3.000', low: 3000, high: 3000 });
    const a = fake('Es sind 15.000.', { figures: [{ text: '15.000', value: 15000, low: 15000, high: 15000, key: '' }] });
    assert.deepEqual(check(a, { uri: 'draft.md', corpus }).filter((f) => f.code === 'conflicting-figure'), []);
  });
});

describe('severities and ignoring', () => {
  const a = () => fake('Es kamen 300 Menschen.', { figures: [{ text: '300', value: 300 }] });

  it('uses a configured severity', () => {
    assert.equal(check(a(), { uri: 'd.md', severities: { 'unsourced-figure': 'error' } })[0].severity, 'error');
  });

  it('turns a check off', () => {
    assert.deepEqual(check(a(), { uri: 'd.md', severities: { 'unsourced-figure': 'off' } }), []);
  });

  it('honours the front matter list', () => {
    const x = a();
    x.doc.meta.ignore = ['unsourced-figure'];
    assert.deepEqual(check(x, { uri: 'd.md' }), []);
  });

  it('honours an inline marker in the paragraph', () => {
    const x = fake('Es kamen 300 Menschen. <!-- faktenlage-ignore unsourced-figure -->', { figures: [{ text: '300', value: 300 }] });
    assert.deepEqual(check(x, { uri: 'd.md' }), []);
  });

  it('applies a marker on its own line to the next paragraph only', () => {
    const text = '<!-- faktenlage-ignore unsourced-figure -->\n\nEs kamen 300 Menschen.\n\nDann 400 weitere.';
    const x = fake(text, { figures: [{ text: '300', value: 300 }, { text: '400', value: 400 }] });
    assert.deepEqual(codes(x), ['unsourced-figure 400']);
  });

  it('keeps findings of other codes under a marker', () => {
    const x = fake('Es kamen 300 Menschen. <!-- faktenlage-ignore vague-source -->', { figures: [{ text: '300', value: 300 }] });
    assert.deepEqual(codes(x), ['unsourced-figure 300']);
  });
});
