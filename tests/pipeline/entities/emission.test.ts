import { describe, expect, it } from 'vitest';
import modelJson from '../../../data/models/ner-model.json';
import { emissionScorer } from '../../../src/pipeline/entities/emission';
import { wordFeatures } from '../../../src/pipeline/entities/features';
import { gazetteerTags } from '../../../src/pipeline/entities/gazetteer';
import { deserialize, TAGS, type ModelFile, type Weights } from '../../../src/pipeline/entities/perceptron';

const weights = deserialize(modelJson as ModelFile);

/** The emission scores as the feature strings name them: the reference the scorer must equal. */
function namedEmissions(w: Weights, words: readonly string[]): Float64Array {
  const emit = new Float64Array(words.length * TAGS.length);
  const at = wordFeatures(words);
  words.forEach((_, i) => {
    for (const f of at(i)) {
      const v = w.features.get(f);
      if (v) for (let t = 0; t < TAGS.length; t++) emit[i * TAGS.length + t]! += v[t]!;
    }
  });
  return emit;
}

const SENTENCES = [
  'Gubernur Jawa Barat Ridwan Kamil meresmikan Jembatan Cikapundung pada Senin ( 3/2 ) .',
  '" Kami menunggu keputusan Mahkamah Konstitusi ( MK ) , " ujar Dewi Lestari di Jakarta .',
  'PT Kereta Api Indonesia menambah 12 perjalanan selama libur Natal dan Tahun Baru .',
  'Menurut Kepala Dinas Kesehatan Kota Surabaya , Febria Rachmanita , kasus DBD turun .',
  '( [ ( [ - - – … : Kim-Putin KTT 25/4 İstanbul ΟΔΟΣ',
  'Polisi',
  '',
];

describe('emission scores without feature strings', () => {
  it('equal the summed weights of the named features, word by word', () => {
    const score = emissionScorer(weights);
    for (const s of SENTENCES) {
      const words = s.split(' ').filter(Boolean);
      expect(Array.from(score(words))).toEqual(Array.from(namedEmissions(weights, words)));
    }
  });

  it('equal them for float weights too, summed in the same order', () => {
    // weights with fractions, where a different order of addition would change the last bits
    const floats: Weights = { features: new Map([...weights.features].map(([f, v]) => [f, v.map((x) => x / 3 + 0.1)])), transitions: weights.transitions };
    const score = emissionScorer(floats);
    const words = SENTENCES[0]!.split(' ');
    expect(Array.from(score(words))).toEqual(Array.from(namedEmissions(floats, words)));
  });

  it('stay the same when the caches are warm from other sentences', () => {
    const score = emissionScorer(weights);
    const words = SENTENCES[1]!.split(' ');
    const cold = Array.from(score(words));
    for (const s of SENTENCES) score(s.split(' '));
    expect(Array.from(score(words))).toEqual(cold);
  });
});

describe('gazetteer matches', () => {
  it('find multi-word entries and stop extending where no entry goes on', () => {
    const words = 'warga Jawa Barat dan Jawa Tengah'.split(' ');
    const tags = gazetteerTags(words);
    expect(tags[1]!.some((t) => t.endsWith(':Bm'))).toBe(true);
    expect(tags[2]!.some((t) => t.endsWith(':I'))).toBe(true);
    expect(tags[0]).toEqual([]);
    expect(tags[3]).toEqual([]);
  });
});
