import { runArticle, runStory } from '../../../src/pipeline/index';
import { decodeArticle } from '../../../src/pipeline/stages/decode';
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

  const withUrl = (url: string, body: string) => {
    const { doc, diagnostics } = decodeArticle({ file: 'a.txt', bytes: new TextEncoder().encode(`---\nurl: "${url}"\n---\n${body}`) });
    if (!doc) throw new Error(diagnostics.map((d) => d.message).join('; '));
    return runArticle(doc);
  };

  it.each([
    ['https://www.example-news.com/olahraga/20170605104537-142-219467/pelatih-dipecat/', '2017-06-05'],
    ['https://regional.example.com/read/2021/03/11/0815/banjir-surut', '2021-03-11'],
    ['https://www.example.co.id/2018/12/31/tahun-baru', '2018-12-31'],
  ])('takes the day an outlet stamps into the address %s over the text', (url, date) => {
    const doc = withUrl(url, 'Tim kalah pada Minggu (4/6/2017) dan suporter menuntut pelatih mundur.');
    expect(doc.published).toMatchObject({ date, source: 'url', evidence: null });
  });

  it('keeps the address day when the story\'s other articles agree on another', () => {
    const encoder = new TextEncoder();
    const { story } = runStory({
      id: 's',
      articles: [
        { file: 'a.txt', bytes: encoder.encode('Jakarta - Pelatih dipecat pada Selasa (6/6/2017).') },
        { file: 'b.txt', bytes: encoder.encode('Bandung - Pelatih dipecat pada Selasa (6/6/2017) sore.') },
        { file: 'c.txt', bytes: encoder.encode('---\nurl: "https://www.example.com/read/2017/06/05/kalah"\n---\nTim kalah pada Minggu (4/6).') },
      ],
    });
    expect(story!.articles[2]!.published).toMatchObject({ date: '2017-06-05', source: 'url' });
  });

  it.each([
    ['https://www.example.com/berita/pelatih-dipecat-2017'],
    ['https://www.example.com/2017/06/berita'],
    ['https://www.example.com/2017/02/30/tanggal-tak-ada'],
    ['bukan alamat'],
  ])('reads the text when the address %s holds no whole valid day', (url) => {
    expect(withUrl(url, 'Tim kalah pada Minggu (4/6/2017).').published).toMatchObject({ date: '2017-06-04', source: 'dateline' });
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

  it.each([
    ['Pemilihan ketua digelar besok, Kamis (11/3/2021), di gedung dewan.', '2021-03-10'],
    ['Kemarin, Senin (8/3/2021), warga memblokade jalan.', '2021-03-09'],
    ['Sidang putusan digelar hari ini, Rabu (10/3/2021).', '2021-03-10'],
    ['Warga memblokade jalan pada Senin (8/3/2021) kemarin.', '2021-03-09'],
  ])('a deictic word beside a date places the paper: %s', (body, date) => {
    expect(article(body).published).toMatchObject({ date });
  });

  it('never takes a day marked as coming for the paper day', () => {
    const doc = article('Tim berlatih pada Selasa (9/3/2021). Laga berikutnya digelar pada Minggu (14/3/2021) mendatang.');
    expect(doc.published!.date).toBe('2021-03-09');
    expect(article('Ia diperiksa Senin (8/3/2021). Putusan dibacakan 17 Maret 2021 nanti.').published!.date).toBe('2021-03-08');
  });

  it('is not published before the last day the story reports', () => {
    const doc = article('Festival dibuka 21 Oktober 2020 dan ditutup pada 24 Oktober 2020. Pendaftaran dibuka 17 Oktober 2020.');
    expect(doc.published!.date).toBe('2020-10-24');
  });

  it('ignores a coming edition when it picks the year of a weekday date', () => {
    // Minggu (7/3) is a Sunday in 2021; the edition year 2022 is not the paper's year
    const doc = article('Tim itu kalah pada Minggu (7/3). Mereka menargetkan lolos ke Piala Asia 2022.');
    expect(doc.published!.date).toBe('2021-03-07');
  });

  it('reads an article without a year in its siblings\' year, keeping its own day', () => {
    const encoder = new TextEncoder();
    const { story } = runStory({
      id: 's',
      articles: [
        { file: 'a.txt', bytes: encoder.encode('Banjir melanda kota pada Senin (8/3/2021).') },
        { file: 'b.txt', bytes: encoder.encode('Warga mulai membersihkan rumah, kata camat, Rabu (10/3).') },
      ],
    });
    expect(story!.articles[1]!.published!.date).toBe('2021-03-10');
    expect(story!.articles[1]!.timex.map((t) => t.value)).toEqual(['2021-03-10']);
  });

  it('dates an undated article by the day its siblings give the happening it calls "hari ini"', () => {
    const encoder = new TextEncoder();
    const run = (b: string) =>
      runStory({
        id: 's',
        articles: [
          { file: 'a.txt', bytes: encoder.encode('Gubernur Budi Santoso besok, Jumat (12/3/2021) akan meresmikan jembatan baru di Sungai Mahakam.') },
          { file: 'b.txt', bytes: encoder.encode(b) },
        ],
      }).story!.articles[1]!;
    const same = run('Hari ini, Gubernur Budi Santoso meresmikan jembatan baru itu.');
    expect(same.published!.date).toBe('2021-03-12');
    expect(same.timex.map((t) => t.value)).toEqual(['2021-03-12']);
    // another happening: the article only takes the siblings' own day
    expect(run('Hari ini, warga desa menggelar panen raya.').published!.date).toBe('2021-03-11');
  });
});

