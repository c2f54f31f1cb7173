// The corpus index's binary cache form: what it restores, and the damaged or foreign bytes it refuses.
import assert from 'node:assert/strict';
import { createCorpus, deserializeCorpus, CORPUS_FORMAT_VERSION, type Corpus } from '../../src/core';

const art = (date: string, body: string, source = 'Rheinische Rundschau') => `---\ndatum: ${date}\nquelle: ${source}\n---\n${body}\n`;

function corpus() {
  return createCorpus([
    { uri: 'a.md', text: art('2024-11-21', 'Nach Angaben des NIS sind bis zu 12.000 nordkoreanische Soldaten in Russland. Wladimir Putin schwieg.') },
    { uri: 'b.md', text: art('2024-11-22', 'Laut Austin sind mehr als 10.000 nordkoreanische Soldaten in der „Region Kursk“ – Putin sagte nichts.', 'Donau-Kurier') },
    { uri: 'c.md', text: 'Ohne Datum: Am 4. November 2024 trafen 500 Helfer in Pjöngjang ein.' },
  ]);
}

/** The pieces joined into one buffer, at `offset` bytes into it (a file read into a pooled buffer may start anywhere). */
function bytesOf(c: Corpus, offset = 0): Uint8Array {
  const pieces = [...c.serializeBinary()];
  const out = new Uint8Array(offset + pieces.reduce((n, p) => n + p.length, 0));
  let at = offset;
  for (const p of pieces) {
    out.set(p, at);
    at += p.length;
  }
  return out.subarray(offset);
}

/** Every query a hover or check makes, on every key the index holds, as plain data. */
function answers(c: Corpus) {
  const plain = (refs: object[]) => refs.map((r) => ({ ...r, snippet: (r as { snippet: string }).snippet }));
  return {
    size: c.size,
    uris: c.uris(),
    articles: c.uris().map((u) => c.article(u)),
    soldiers: plain(c.figureRefs('soldat@nordkorea')),
    helpers: plain(c.figureRefs('einsatzkraefte')),
    disagreeing: c.disagreeing('soldat@nordkorea', { low: 15000, high: 15000 }, { limit: 5 }),
    putin: plain(c.entityRefs('per:wladimir-putin')),
    putinArticles: c.entityArticleCount('per:wladimir-putin'),
    aliases: c.aliases('per:wladimir-putin'),
    date: plain(c.dateRefs('2024-11-04')),
    name: c.names.lookup('Putin'),
  };
}

describe('corpus index: binary cache form', () => {
  it('restores an index that answers every query as the one it was written from', () => {
    const c = corpus();
    const d = deserializeCorpus(bytesOf(c));
    assert.deepEqual(answers(d), answers(c));
    assert.equal(d.serialize(), c.serialize());
  });

  it('reads bytes that do not start on an 8-byte boundary of their buffer', () => {
    const c = corpus();
    assert.equal(deserializeCorpus(bytesOf(c, 3)).serialize(), c.serialize());
  });

  it('keeps working after restore: articles added, replaced and removed', () => {
    const d = deserializeCorpus(bytesOf(corpus()));
    d.add({ uri: 'd.md', text: art('2024-11-25', 'Laut Kiew sind 11.000 nordkoreanische Soldaten in Kursk.') });
    d.remove('a.md');
    assert.deepEqual(d.figureRefs('soldat@nordkorea').map((r) => r.uri), ['b.md', 'd.md']);
    assert.equal(deserializeCorpus(bytesOf(d)).serialize(), d.serialize());
  });

  it('writes the index as it was when asked, even if articles are added before the pieces are read', () => {
    const c = corpus();
    const whole = bytesOf(c);
    const pieces = c.serializeBinary();
    c.add({ uri: 'spaet.md', text: art('2024-11-23', 'Laut Kiew sind 11.000 nordkoreanische Soldaten in Kursk.') });
    const joined = Buffer.concat([...pieces]);
    assert.deepEqual(new Uint8Array(joined), whole);
    assert.equal(deserializeCorpus(new Uint8Array(joined)).size, 3);
  });

  it('restores an empty index', () => {
    assert.equal(deserializeCorpus(bytesOf(createCorpus())).size, 0);
  });

  it('refuses bytes of another format version', () => {
    const b = bytesOf(corpus()).slice();
    new DataView(b.buffer).setUint32(8, CORPUS_FORMAT_VERSION + 1, true);
    assert.throws(() => deserializeCorpus(b), /another format version/);
  });

  it('refuses truncated bytes, wherever they end', () => {
    const b = bytesOf(corpus());
    for (const n of [4, 20, 60, b.length >> 1, b.length - 1]) assert.throws(() => deserializeCorpus(b.slice(0, n)), /truncated|not a binary/, `cut at ${n}`);
  });

  it('refuses a flipped byte in the header or in the body', () => {
    const b = bytesOf(corpus());
    for (const at of [30, 100, b.length - 10]) {
      const bad = b.slice();
      bad[at] ^= 0x04;
      assert.throws(() => deserializeCorpus(bad), /damaged/, `byte ${at}`);
    }
  });
});
