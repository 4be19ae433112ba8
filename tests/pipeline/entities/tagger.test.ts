import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseConll, scoreSpans, spansOf } from '../../../src/pipeline/entities/conll';
import { decode, serialize, TAGS, train } from '../../../src/pipeline/entities/perceptron';
import { defaultTagger } from '../../../src/pipeline/entities/default-tagger';

const tagSentence = (words: readonly string[]) => defaultTagger().tagSentence(words);
import { wordShape } from '../../../src/pipeline/entities/features';

describe('tagger', () => {
  it('reads CoNLL with CRLF and extracts BIO spans', () => {
    const [s] = parseConll('Presiden PROPN O\r\nJoko PROPN B-PER\r\nWidodo PROPN I-PER\r\ndi ADP O\r\nSolo PROPN B-LOC\r\n\r\n');
    expect(s!.words).toEqual(['Presiden', 'Joko', 'Widodo', 'di', 'Solo']);
    expect(spansOf(s!.tags)).toEqual([{ start: 1, end: 3, type: 'PER' }, { start: 4, end: 5, type: 'LOC' }]);
  });

  it('scores exact span and type', () => {
    const g = [[{ start: 0, end: 2, type: 'PER' }]];
    expect(scoreSpans(g, [[{ start: 0, end: 2, type: 'PER' }]]).overall.f1).toBe(1);
    expect(scoreSpans(g, [[{ start: 0, end: 1, type: 'PER' }]]).overall.f1).toBe(0);
  });

  it('describes word shapes', () => {
    expect(wordShape('Kim')).toBe('Xx');
    expect(wordShape('KTT')).toBe('X');
    expect(wordShape('25/4')).toBe('d/d');
  });

  it('never decodes an I- tag that does not continue its own type', () => {
    const vocab = ['a', 'b', 'c', 'd'];
    fc.assert(
      fc.property(fc.array(fc.array(fc.float({ min: -5, max: 5, noNaN: true }), { minLength: 7, maxLength: 7 }), { minLength: 4, maxLength: 4 }), fc.array(fc.constantFrom(...vocab), { minLength: 1, maxLength: 12 }), (rows, words) => {
        const features = new Map(vocab.map((v, i) => [v, Float64Array.from(rows[i]!)]));
        const path = decode({ features, transitions: new Float64Array(8 * 7) }, words.map((w) => [w]));
        path.forEach((t, i) => {
          const tag = TAGS[t]!;
          if (tag.startsWith('I-')) expect([`B-${tag.slice(2)}`, tag]).toContain(TAGS[path[i - 1] ?? 0]);
        });
      }),
    );
  });

  it('trains reproducibly: same data, same model bytes', () => {
    const data = parseConll('Joko PROPN B-PER\nke ADP O\nSolo PROPN B-LOC\n\nBudi PROPN B-PER\ndi ADP O\nBank PROPN B-ORG\nMandiri PROPN I-ORG\n').map((s) => ({
      features: s.words.map((w, i) => [`w=${w}`, `prev=${s.words[i - 1] ?? ''}`]),
      tags: s.tags,
    }));
    const a = JSON.stringify(serialize(train(data, 5, 7), 100, 0, ''));
    const b = JSON.stringify(serialize(train(data, 5, 7), 100, 0, ''));
    expect(a).toBe(b);
  });

  it('tags a plain sentence with the committed model', () => {
    const words = 'Gubernur DKI Jakarta Anies Baswedan meresmikan jalan itu .'.split(' ');
    const spans = tagSentence(words).map((s) => `${words.slice(s.start, s.end).join(' ')}/${s.type}`);
    expect(spans).toContain('Anies Baswedan/PER');
  });
});
