import { runStory } from '../../src/pipeline/index';

const article = (file: string, text: string) => ({ file, bytes: new TextEncoder().encode(text) });

describe('shared passages', () => {
  it('pairs the sentences in which two outlets report the same statement, and nothing else', () => {
    const { story } = runStory({
      id: 's',
      articles: [
        article('a.txt', 'Gubernur meresmikan jembatan baru di Samarinda. "Jembatan ini memangkas waktu tempuh warga menuju pelabuhan," kata gubernur. Cuaca cerah.'),
        article('b.txt', 'Hujan turun sejak pagi. Menurut gubernur, jembatan ini memangkas waktu tempuh warga menuju pelabuhan secara drastis. Pasar ramai.'),
      ],
    });
    const passages = story!.sharedPassages.map((p) => p.mentions.map((m) => story!.articles.find((a) => a.id === m.articleId)!.text.slice(m.start, m.end)));
    expect(passages).toEqual([
      ['"Jembatan ini memangkas waktu tempuh warga menuju pelabuhan," kata gubernur.', 'Menurut gubernur, jembatan ini memangkas waktu tempuh warga menuju pelabuhan secara drastis.'],
    ]);
  });
});
