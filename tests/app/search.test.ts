import { describe, expect, it } from 'vitest';
import { findHits, findHitsOnce } from '../../src/features/search/findHits';
import type { Article } from '../../src/shared/digest/schema';

function article(id: string, text: string): Article {
  return {
    id, file: `${id}.txt`, title: null, author: null, url: null, language: 'id', text, bodyStart: 0, outlet: null, published: null,
    sources: [], boilerplate: [], headings: [], sentences: [], mentions: [], timex: [], provenance: { credits: [], overlaps: [] },
  };
}
const shown = (articles: Article[], q: string) => findHits(articles, q).map((h) => articles.find((a) => a.id === h.articleId)!.text.slice(h.start, h.end));

const a = article('a', 'Gubernur Sulawesi Tenggara meninjau Kendari.\nWarga Kendari menyambut Gubernur di pelabuhan.');
const b = article('b', 'Menteri Sri Mulyani dan Soekarno-Hatta disebut. Kota Bháru tenang; Putinnya tiba.');

describe('search', () => {
  it('ignores case and diacritics', () => {
    expect(shown([a], 'KENDARI')).toEqual(['Kendari', 'Kendari']);
    expect(shown([b], 'bharu')).toEqual(['Bháru']);
  });

  it('forgives one typo in a longer word, not in a short one', () => {
    expect(shown([a], 'Kendary')).toEqual(['Kendari', 'Kendari']);
    expect(shown([a], 'Gubrnur')).toEqual(['Gubernur', 'Gubernur']);
    expect(shown([a], 'Sulawezi Tengara')).toEqual(['Sulawesi Tenggara']);
    expect(shown([a], 'Kndry')).toEqual([]);
    expect(shown([b], 'Sro')).toEqual([]);
  });

  it('finds a word at the start of a longer one, and phrases as consecutive words, hyphen or not', () => {
    expect(shown([b], 'Putin')).toEqual(['Putinnya']);
    expect(shown([b], 'soekarno hatta')).toEqual(['Soekarno-Hatta']);
    expect(shown([b], 'Mulyani Soekarno')).toEqual([]);
  });

  it('keeps offsets into the raw text, article by article, and never runs a phrase across paragraphs', () => {
    const hits = findHits([a, b], 'kendari');
    const first = a.text.indexOf('Kendari');
    const second = a.text.indexOf('Kendari', first + 1);
    expect(hits).toEqual([{ articleId: 'a', start: first, end: first + 7 }, { articleId: 'a', start: second, end: second + 7 }]);
    expect(shown([a], 'Kendari Warga')).toEqual([]);
    expect(findHits([a], 'k')).toEqual([]);
  });

  it('finds in each article only its own words, though the words of every article read are looked up together', () => {
    const c = article('c', 'Nelayan Kendarinya pulang. Pelabuhan ramai.');
    const d = article('d', 'Pelabuhan sepi sejak pagi.');
    // c and d are read first: their words are known to the look-up before a and b are searched
    expect(shown([c, d], 'Pelabuhan')).toEqual(['Pelabuhan', 'Pelabuhan']);
    expect(shown([d, a], 'Kendari')).toEqual(['Kendari', 'Kendari']);
    expect(shown([d], 'Kendari')).toEqual([]);
    expect(shown([a, c], 'Kendari')).toEqual(['Kendari', 'Kendari', 'Kendarinya']);
    expect(findHits([d, c], 'pelabuhan').map((h) => h.articleId)).toEqual(['d', 'c']);
  });

  it('answers a repeated query over the same articles from the last result', () => {
    const first = findHitsOnce([a, b], 'Gubernur');
    expect(findHitsOnce([a, b], 'Gubernur')).toBe(first);
    expect(findHitsOnce([a], 'Gubernur')).not.toBe(first);
  });
});
