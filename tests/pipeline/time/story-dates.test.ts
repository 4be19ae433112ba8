import { runStory } from '../../../src/pipeline/index';
import type { ArticleDoc } from '../../../src/pipeline/types';
import { article } from './helpers';

const encoder = new TextEncoder();
function story(...bodies: string[]): ArticleDoc[] {
  const { story: s } = runStory({ id: 's', articles: bodies.map((b, i) => ({ file: `${String.fromCharCode(97 + i)}.txt`, bytes: encoder.encode(b) })) });
  return s!.articles;
}

describe('publication day: which dates can be the paper\'s', () => {
  it('never takes the day a rule takes effect', () => {
    const doc = article('Tarif baru berlaku mulai 1 Juli 2021. Aturan itu diumumkan menteri pada Selasa (15/6/2021).');
    expect(doc.published!.date).toBe('2021-06-15');
    expect(article('Kebijakan itu mulai berlaku efektif pada 1 Agustus 2021, sehari setelah diteken Senin (26/7/2021).').published!.date).toBe('2021-07-26');
  });

  it('keeps a date after "mulai" that starts a past action', () => {
    expect(article('Warga mulai membersihkan rumah pada Selasa (15/6/2021).').published!.date).toBe('2021-06-15');
  });

  it('prefers the day a statement is attributed to over a later plain date', () => {
    const doc = article('Masa jabatannya berakhir 30 Juni 2021, ujar ketua panitia di Bandung, Rabu (16/6/2021).');
    expect(doc.published).toMatchObject({ date: '2021-06-16' });
    expect(doc.published!.evidence!.text).toBe('Rabu (16/6/2021)');
  });

  it('reads a date in the dateline before its dash as the paper\'s', () => {
    const doc = article('Jakarta, Rabu (16/6/2021) - Panitia menutup pendaftaran yang berakhir 30 Juni 2021.');
    expect(doc.published!.date).toBe('2021-06-16');
  });

  it('takes a "sejak" date only as a weak bound', () => {
    const doc = article('Ia ditahan sejak 3 Mei 2021 di rumah tahanan.');
    expect(doc.published).toMatchObject({ date: '2021-05-03', confidence: 0.5 });
    const plain = article('Ia ditahan pada 3 Mei 2021 di rumah tahanan.');
    expect(plain.published!.confidence).toBeGreaterThan(0.5);
  });

  it('never outputs the stand-in year of an article without any year', () => {
    const doc = article('Bupati kemarin (12/3) meninjau pengungsi. Hingga tadi malam air belum surut.');
    expect(doc.published?.date ?? '').not.toMatch(/^2000/);
    for (const t of doc.timex) expect(t.value).not.toMatch(/^2000/);
  });
});

describe('publication day: checked against the story', () => {
  it('gives an article without a year the year its sibling writes, and counts "kemarin" from it', () => {
    const [, b] = story('Banjir melanda kota sejak Sabtu malam (10/3/2018), kata petugas, Minggu (11/3/2018).', 'Bupati kemarin (12/3) meninjau pengungsi.');
    expect(b!.published!.date).toBe('2018-03-13');
    expect(b!.timex.map((t) => t.value)).toContain('2018-03-12');
  });

  it('lets a sibling\'s written year beat a year guessed from the weekday', () => {
    // Senin (9/3) is a Monday in 2015 and 2020; the "2014" nearby made it 2015
    const [, b] = story('Banjir melanda kota pada Sabtu (7/3/2020), kata petugas.', 'Korban bertambah, kata kepala dinas, Senin (9/3). Pada 2014, banjir serupa terjadi.');
    expect(b!.published!.date).toBe('2020-03-09');
    const [alone] = story('Korban bertambah, kata kepala dinas, Senin (9/3). Pada 2014, banjir serupa terjadi.');
    expect(alone!.published!.date).toBe('2015-03-09');
  });

  it('dates a story whose articles give only a background year and a year-less weekday', () => {
    const [a, b] = story('Hakim memvonis terdakwa pada Kamis. Terdakwa ditahan sejak 3 Mei 2021.', 'Terdakwa divonis enam tahun penjara, Kamis (10/6).');
    expect(b!.published!.date).toBe('2021-06-10');
    expect(a!.published!.date).toBe('2021-06-10');
    expect(a!.timex.find((t) => t.text === 'Kamis')!.value).toBe('2021-06-10');
  });

  it('keeps the day of an article\'s own lead even far from its sibling\'s', () => {
    const [, b] = story('Proyek itu dimulai pada 2 Maret 2021 dan ditinjau menteri, Senin (8/3/2021).', 'Bupati meresmikan proyek itu, Jumat (14/5).');
    expect(b!.published!.date).toBe('2021-05-14');
  });

  it('still takes the story\'s day when an article\'s day lies far off and outside its lead', () => {
    const [, b] = story('Proyek itu ditinjau menteri, Senin (8/3/2021).', 'Bupati hadir dalam peninjauan itu. Warga juga hadir.\nSebelumnya bupati berkunjung pada Jumat (14/5).');
    expect(b!.published!.date).toBe('2021-03-08');
  });

  it('dates an article that dates nothing it reports by the weekday of its statement, counted from the story\'s day', () => {
    // the story's day is Sunday 6 June 2021; the second paper quotes its source "Senin" and dates only what is ahead
    const [, b] = story(
      'Garut, kabarpriangan.id - Longsor menimbun tiga rumah di Desa Sukamulya, Minggu (6/6/2021).',
      'Jumlah rumah tertimbun longsor bertambah menjadi lima, kata kepala desa di Garut, Senin. Bantuan dijadwalkan tiba pada Rabu (9/6).',
    );
    expect(b!.published).toMatchObject({ date: '2021-06-07', evidence: { text: 'Senin' } });
  });
});
