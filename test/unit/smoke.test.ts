import assert from 'node:assert/strict';
import { article } from './helpers';

describe('analyze', () => {
  it('reads the article date from the front matter', () => {
    assert.equal(article('Ein Satz.').doc.meta.date, '2024-11-23');
  });
});
