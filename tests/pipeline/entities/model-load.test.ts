import modelJson from '../../../data/models/ner-model.json';
import { compactModel } from '../../../src/pipeline/entities/model-data';
import { deserialize, TAGS, weightsFromRows, type ModelFile } from '../../../src/pipeline/entities/perceptron';

const file = (weights: string): ModelFile => ({ about: 'test', tags: [...TAGS], scale: 100, transitions: Array.from({ length: 56 }, (_, i) => i - 20), weights });

describe('reading a model file', () => {
  it('gives every feature its own row of weights, in file order', () => {
    const w = deserialize(file('a=x\t1 2 3 4 5 6 7\nb\t-7 0 0 12 0 -3 1\nc+1=L\t0 0 0 0 0 0 9'));
    expect([...w.features.keys()]).toEqual(['a=x', 'b', 'c+1=L']);
    expect([...w.features.get('b')!]).toEqual([-7, 0, 0, 12, 0, -3, 1]);
    expect([...w.features.get('c+1=L')!]).toEqual([0, 0, 0, 0, 0, 0, 9]);
    expect(w.transitions[0]).toBe(-20);
  });

  it('keeps rows apart: writing into one feature leaves its neighbours alone', () => {
    const w = deserialize(file('a\t1 1 1 1 1 1 1\nb\t2 2 2 2 2 2 2'));
    w.features.get('a')!.fill(0);
    expect([...w.features.get('b')!]).toEqual([2, 2, 2, 2, 2, 2, 2]);
    expect(w.features.get('a')!.length).toBe(TAGS.length);
  });

  it('skips lines without weights and keeps a row of another length as written', () => {
    const w = deserialize(file('\nnoise\nshort\t1 2\nfull\t1 2 3 4 5 6 7'));
    expect([...w.features.keys()]).toEqual(['short', 'full']);
    expect([...w.features.get('short')!]).toEqual([1, 2]);
    expect([...w.features.get('full')!]).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('reads a feature name holding a tab up to its last tab', () => {
    const w = deserialize(file('w=a\tb\t1 0 0 0 0 0 0'));
    expect(w.features.get('w=a\tb')?.[0]).toBe(1);
  });
});

describe('the shipped model in compact form', () => {
  it('gives the same weights as reading the model file', () => {
    const fromFile = deserialize(modelJson as ModelFile);
    const { features, rows, transitions } = compactModel(modelJson as ModelFile);
    const compact = weightsFromRows(features, rows, transitions);
    expect([...compact.features.keys()]).toEqual([...fromFile.features.keys()]);
    for (const [name, row] of fromFile.features) expect([...compact.features.get(name)!], name).toEqual([...row]);
    expect([...compact.transitions]).toEqual([...fromFile.transitions]);
  });

  it('refuses a model of other tags, and rows that do not fit the features', () => {
    expect(() => compactModel({ ...file('a\t1 2'), tags: ['O', 'B-X'] })).toThrow(/not a tagger model/);
    expect(() => compactModel(file('a\t1 2'))).toThrow(/2 weights for 7 tags/);
    expect(() => weightsFromRows('a\nb', [1, 2, 3, 4, 5, 6, 7], [])).toThrow(/7 weights for 2 features/);
  });
});
