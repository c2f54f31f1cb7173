// The corpus index: which articles mention an entity, a quantity or a date, where, with a snippet; and its cache form.
import assert from 'node:assert/strict';
import { analyze, createCorpus, deserializeCorpus, CORPUS_FORMAT_VERSION } from '../../src/core';
import { corpusRecord } from '../../src/core/corpus';

const art = (date: string, body: string, source = 'Rheinische Rundschau') => `---\ndatum: ${date}\nquelle: ${source}\n---\n${body}\n`;

const A = art('2024-11-21', 'Nach Angaben des NIS sind bis zu 12.000 nordkoreanische Soldaten in Russland. Wladimir Putin schwieg.');
const B = art('2024-11-22', 'Laut Austin sind mehr als 10.000 nordkoreanische Soldaten in der Region Kursk. Putin sagte nichts dazu.', 'Donau-Kurier');

function corpus() {
  return createCorpus([
    { uri: 'a.md', text: A },
    { uri: 'b.md', text: B },
  ]);
}

describe('corpus index', () => {
  it('finds every article mentioning a quantity, with value, interval, source and outlet', () => {
    const c = corpus();
    const key = c.figureRefs('soldat@nordkorea').length ? 'soldat@nordkorea' : '';
    assert.ok(key, 'the figures engineer keys "nordkoreanische Soldaten" as soldat@nordkorea');
    const refs = c.figureRefs(key).map((r) => [r.uri, r.text, r.low, r.high, r.source, r.outlet, r.date]);
    assert.deepEqual(refs, [
      ['a.md', 'bis zu 12.000', 0, 12000, 'Nach Angaben des NIS', 'Rheinische Rundschau', '2024-11-21'],
      ['b.md', 'mehr als 10.000', 10000, Infinity, 'Laut Austin', 'Donau-Kurier', '2024-11-22'],
    ]);
  });

  it('gives the sentence around a mention as its snippet', () => {
    const [ref] = corpus().figureRefs('soldat@nordkorea');
    assert.equal(ref.snippet, 'Nach Angaben des NIS sind bis zu 12.000 nordkoreanische Soldaten in Russland.');
  });

  it('filters by a date window, always keeping undated articles', () => {
    const c = corpus();
    c.add({ uri: 'u.md', text: 'Laut Seoul sind 9.000 nordkoreanische Soldaten dort.' });
    const near = (date: string | null, days: number) => c.figureRefs('soldat@nordkorea', { near: { date, days } }).map((r) => r.uri);
    assert.deepEqual(near('2024-11-21', 0), ['a.md', 'u.md']);
    assert.deepEqual(near('2024-11-23', 1), ['b.md', 'u.md']);
    assert.deepEqual(near(null, 0), ['a.md', 'b.md', 'u.md']);
  });

  it('counts the disagreeing values of a quantity and returns the closest in time first', () => {
    const c = corpus();
    const { total, refs } = c.disagreeing('soldat@nordkorea', { low: 15000, high: 15000 }, { near: { date: '2024-11-24', days: 30 }, limit: 5 });
    assert.equal(total, 1, '„mehr als 10.000“ agrees with 15.000, „bis zu 12.000“ does not');
    assert.deepEqual(refs.map((r) => r.text), ['bis zu 12.000']);
    const many = createCorpus();
    for (let d = 1; d <= 9; d++) many.add({ uri: `d${d}.md`, text: art(`2024-11-0${d}`, `Laut Seoul sind ${d}.000 nordkoreanische Soldaten dort.`) });
    const near = many.disagreeing('soldat@nordkorea', { low: 50000, high: 50000 }, { near: { date: '2024-11-08', days: 30 }, limit: 3 });
    assert.equal(near.total, 9);
    assert.deepEqual(near.refs.map((r) => r.uri), ['d8.md', 'd7.md', 'd9.md']);
  });

  it('returns the most recent passages first when limited', () => {
    const c = corpus();
    assert.deepEqual(c.entityRefs('per:wladimir-putin', { limit: 1 }).map((r) => r.uri), ['b.md']);
    assert.deepEqual(c.figureRefs('soldat@nordkorea', { limit: 1 }).map((r) => r.uri), ['b.md']);
    assert.equal(c.figureCount('soldat@nordkorea'), 2);
  });

  it('links a short name to the full name seen in another article', () => {
    const c = corpus();
    const refs = c.entityRefs('per:wladimir-putin');
    assert.deepEqual(refs.map((r) => [r.uri, B.slice(0, 0) + (r.uri === 'a.md' ? A : B).slice(r.start, r.end)]), [
      ['a.md', 'Wladimir Putin'],
      ['b.md', 'Putin'],
    ]);
    assert.equal(c.entityArticleCount('per:wladimir-putin'), 2);
    assert.deepEqual(c.aliases('per:wladimir-putin'), ['Putin', 'Wladimir Putin']);
  });

  it('lets a full name seen later take over a bare surname seen first', () => {
    const c = createCorpus([
      { uri: 'kurz.md', text: art('2024-11-22', 'Austin sagte am Freitag nichts dazu.') },
      { uri: 'voll.md', text: art('2024-11-22', 'US-Verteidigungsminister Lloyd Austin sprach in Washington.') },
    ]);
    assert.equal(c.names.lookup('Austin')?.id, 'per:lloyd-austin');
  });

  it('leaves out the article named by excludeUri', () => {
    assert.deepEqual(corpus().figureRefs('soldat@nordkorea', { excludeUri: 'a.md' }).map((r) => r.uri), ['b.md']);
    assert.equal(corpus().entityArticleCount('per:wladimir-putin', { excludeUri: 'b.md' }), 1);
  });

  it('replaces an article added again under the same uri', () => {
    const c = corpus();
    c.add({ uri: 'a.md', text: art('2024-11-21', 'Heute nichts Neues.') });
    assert.equal(c.size, 2);
    assert.deepEqual(c.figureRefs('soldat@nordkorea').map((r) => r.uri), ['b.md']);
  });

  it('forgets a removed article, its postings and its spellings', () => {
    const c = corpus();
    c.remove('a.md');
    assert.equal(c.has('a.md'), false);
    assert.deepEqual(c.uris(), ['b.md']);
    assert.deepEqual(c.figureRefs('soldat@nordkorea').map((r) => r.uri), ['b.md']);
    assert.equal(c.names.lookup('NIS'), undefined);
    assert.equal(c.names.lookup('Putin')?.id, 'per:wladimir-putin');
  });

  it('stays correct after many removals compact it', () => {
    const c = createCorpus();
    for (let i = 0; i < 200; i++) c.add({ uri: `n${i}.md`, text: art('2024-11-21', `Laut Polizei kamen ${1000 + i} Demonstranten.`) });
    const key = c.figureRefs('demonstrant').length ? 'demonstrant' : c.figureRefs('teilnehmer').length ? 'teilnehmer' : '';
    assert.ok(key, 'demonstrators have a quantity key');
    for (let i = 0; i < 150; i++) c.remove(`n${i}.md`);
    assert.equal(c.size, 50);
    assert.deepEqual(
      c.figureRefs(key).map((r) => r.value),
      Array.from({ length: 50 }, (_, i) => 1150 + i),
    );
  });

  it('answers nothing for an unknown key', () => {
    assert.deepEqual(corpus().figureRefs('nichts'), []);
    assert.deepEqual(corpus().dateRefs('1999-01-01'), []);
  });

  it('round-trips through its serialised cache form', () => {
    const c = corpus();
    const d = deserializeCorpus(c.serialize());
    assert.equal(d.size, 2);
    assert.deepEqual(d.figureRefs('soldat@nordkorea'), c.figureRefs('soldat@nordkorea'));
    assert.deepEqual(d.entityRefs('per:wladimir-putin'), c.entityRefs('per:wladimir-putin'));
    assert.deepEqual(d.article('b.md'), c.article('b.md'));
    assert.equal(d.names.lookup('Putin')?.id, 'per:wladimir-putin');
  });

  it('writes its cache form in pieces of the index as it was when asked', () => {
    const c = corpus();
    const whole = c.serialize();
    const pieces = c.serializeChunks();
    c.add({ uri: 'spaet.md', text: art('2024-11-23', 'Laut Kiew sind 11.000 nordkoreanische Soldaten in Kursk.') });
    assert.equal([...pieces].join(''), whole);
    assert.equal(deserializeCorpus(JSON.parse(whole)).size, 2);
  });

  it('indexes a record extracted elsewhere like the article itself', () => {
    const viaRecord = createCorpus();
    viaRecord.addRecord(corpusRecord('a.md', analyze(A, { uri: 'a.md' })));
    const direct = createCorpus();
    direct.add({ uri: 'a.md', text: A });
    assert.equal(viaRecord.serialize(), direct.serialize());
    assert.equal(viaRecord.figureRefs('soldat@nordkorea')[0].snippet, 'Nach Angaben des NIS sind bis zu 12.000 nordkoreanische Soldaten in Russland.');
  });

  it('links a bare surname in a record analysed on its own to the full name an earlier article gave', () => {
    const voll = art('2024-11-21', 'US-Verteidigungsminister Lloyd Austin sprach in Seoul mit Journalisten.');
    const kurz = art('2024-11-22', 'Austin warnte vor einer Eskalation in Kursk.');
    const c = createCorpus();
    for (const [uri, text] of [['voll.md', voll], ['kurz.md', kurz]]) c.addRecord(corpusRecord(uri, analyze(text, { uri })));
    assert.deepEqual(c.entityRefs('per:lloyd-austin').map((r) => r.uri), ['voll.md', 'kurz.md']);
    assert.deepEqual(c.entityRefs('per:austin'), []);
  });

  it('refuses a cache of another version or a damaged one, so the caller rebuilds', () => {
    const good = JSON.parse(corpus().serialize());
    assert.throws(() => deserializeCorpus(JSON.stringify({ ...good, version: CORPUS_FORMAT_VERSION + 1 })), /version/);
    assert.throws(() => deserializeCorpus(JSON.stringify({ ...good, articles: [[1, 2]] })), /damaged/);
    assert.throws(() => deserializeCorpus('{"format":'));
  });

  it('keeps only the sentences it reads: those with a name, a date or a figure', () => {
    const text = art('2024-11-21', 'Die Lage blieb den ganzen Tag unübersichtlich. Laut Seoul sind 12.000 nordkoreanische Soldaten dort. Viele fragten sich warum.');
    const c = createCorpus([{ uri: 'l.md', text }]);
    const [ref] = c.figureRefs('soldat@nordkorea');
    assert.equal(ref.snippet, 'Laut Seoul sind 12.000 nordkoreanische Soldaten dort.');
    assert.equal(ref.source, 'Laut Seoul');
    const kept = JSON.parse(c.serialize()).articles[0][4] as string;
    assert.equal(kept.length, text.length);
    assert.ok(!kept.includes('unübersichtlich') && !kept.includes('fragten'), kept);
    assert.ok(kept.includes('Laut Seoul sind 12.000 nordkoreanische Soldaten dort.'));
    assert.equal(deserializeCorpus(c.serialize()).serialize(), c.serialize());
  });
});
