import { runStory } from '../../../src/pipeline/index';
import { article } from './helpers';

describe('inferPublished', () => {
  it('takes front matter first', () => {
    expect(article('Putin tiba pada Kamis (25/4/2019).', '2019-05-01').published).toMatchObject({ date: '2019-05-01', confidence: 1, source: 'front-matter' });
  });

  it('reads the dateline date', () => {
    const doc = article('tirto.id - Putin tiba di Vladivostok pada Kamis (25/4/2019).\nKim tiba pada Rabu (24/4/2019).');
    expect(doc.published).toMatchObject({ date: '2019-04-25', source: 'dateline' });
    expect(doc.published!.evidence!.text).toBe('Kamis (25/4/2019)');
  });

  it('skips dates announced for the future', () => {
    const doc = article('Kedua pemimpin akan bertemu pada Jumat, 26 April 2019.\nPersiapan terlihat pada Senin, 22 April 2019.');
    expect(doc.published!.date).toBe('2019-04-22');
  });

  it('falls back to image upload paths', () => {
    const doc = article('![](https://cdn.example.co/data/2019/04/25/id_1/foto.jpg)\nPutin bertemu Kim.');
    expect(doc.published).toMatchObject({ date: '2019-04-25', source: 'image-path' });
  });

  it('lends the story date to an article that dates nothing, and re-reads its weekdays', () => {
    const encoder = new TextEncoder();
    const { story } = runStory({
      id: 's',
      articles: [
        { file: 'a.txt', bytes: encoder.encode('Putin tiba di Vladivostok pada Kamis (25/4/2019).') },
        { file: 'b.txt', bytes: encoder.encode('Putin mengatakan pada hari Kamis bahwa pembicaraan bermanfaat.') },
      ],
    });
    const b = story!.articles[1]!;
    expect(b.published!.date).toBe('2019-04-25');
    expect(b.timex.map((t) => t.value)).toEqual(['2019-04-25']);
  });
});
