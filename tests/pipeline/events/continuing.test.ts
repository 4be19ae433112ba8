import { storyOf } from '../helpers';
import { pointsBack } from '../../../src/pipeline/events/pointing';
import { describingDate } from '../../../src/pipeline/events/words';
import { textOf, eventsWith } from './reading';


/** Whether the only sentence of a one-line article points back. */
const pointing = (sentence: string) => {
  const doc = storyOf(sentence).articles[0]!;
  return pointsBack(doc, doc.sentences[0]!);
};

describe('a sentence that points back', () => {
  it('opens with a pointer to what was told: a time, an occasion, a place, a matter', () => {
    expect(pointing('Saat itu, petugas belum menemukan korban di bawah reruntuhan.')).toBe(true);
    expect(pointing('Dalam kesempatan itu, gubernur menyerahkan bantuan beras kepada warga.')).toBe(true);
    expect(pointing('Di sana, rombongan menanam seratus bibit mangrove.')).toBe(true);
    expect(pointing('Hal tersebut disampaikan setelah rapat berakhir.')).toBe(true);
  });

  it('has a pronoun subject or a subject with "itu" or "tersebut"', () => {
    expect(pointing('Ia kemudian dibawa ke rumah sakit terdekat.')).toBe(true);
    expect(pointing('Namun, mereka menolak meninggalkan rumah.')).toBe(true);
    expect(pointing('Keduanya berharap musim depan tim tetap utuh.')).toBe(true);
    expect(pointing('Uang tersebut disimpan dalam kardus di gudang.')).toBe(true);
    expect(pointing('Dalam rapat lanjutan pembahasan anggaran itu, dewan menolak usulan gubernur.')).toBe(true);
  });

  it('opens by saying the same goes on ("Begitu pun", "Demikian pula"): what was told, on another object', () => {
    expect(pointing('Begitu pun pada unggahan lain yang dibuat sore harinya.')).toBe(true);
    expect(pointing('Begitupun di Desa Sukamaju, air setinggi lutut menggenangi jalan.')).toBe(true);
    expect(pointing('Demikian pula dengan warga di bantaran sungai.')).toBe(true);
    // "begitu" alone says how, and points at nothing told
    expect(pointing('Begitu banyak warga yang datang ke posko pengungsian.')).toBe(false);
  });

  it('does not when it turns to something new or names no one told before', () => {
    expect(pointing('Selain itu, polisi juga memeriksa rekaman kamera pengawas.')).toBe(false);
    expect(pointing('Oleh karena itu, sekolah diliburkan selama tiga hari.')).toBe(false);
    expect(pointing('Polisi menangkap dua orang tersangka di Bekasi pada malam harinya setelah pengejaran panjang itu.')).toBe(false);
    expect(pointing('Gubernur Jawa Timur meresmikan jembatan baru di Madiun.')).toBe(false);
    expect(pointing('Saat ini, warga masih mengungsi di balai desa.')).toBe(false);
  });
});

// One outlet tells a flood and the mayor's visit of the next day; two undated sentences that
// share their words with each other tell what was done there, pointing back at the visit.
const A = [
  'Surabaya, wartatimur.id - Banjir setinggi satu meter merendam ratusan rumah warga di Kecamatan Rungkut, Surabaya, Kamis (9/11/2023).',
  'Wali Kota Eri Cahyadi meninjau stasiun pompa Kenjeran bersama Dinas Sumber Daya Air, Jumat (10/11/2023) pagi.',
  'Di lokasi tersebut, petugas menambah dua mesin penyedot air banjir berkapasitas besar.',
  'Mesin penyedot air banjir itu didatangkan dari Gresik dengan truk.',
  'Selain itu, banjir setinggi satu meter juga merendam ratusan rumah warga di Kecamatan Gubeng.',
].join('\n');
const B = [
  'Jakarta, kabarkota.com - Hujan deras sejak siang membuat banjir setinggi satu meter merendam ratusan rumah warga Rungkut, Surabaya, pada Kamis (9/11/2023).',
].join('\n');

describe('joining the happening a sentence points back at', () => {
  const s = storyOf(A, B);

  it('puts the pointing sentence with the happening before it, not with the one it shares words with', () => {
    const [visit, ...others] = eventsWith(s, 'Di lokasi tersebut');
    expect(others).toEqual([]);
    expect(visit!.mentions.some((m) => textOf(s, m).startsWith('Wali Kota Eri'))).toBe(true);
    expect(visit!.mentions.some((m) => textOf(s, m).includes('Hujan deras'))).toBe(false);
    expect(visit!.date).toBe('2023-11-10');
  });

  it('takes a run of pointing sentences along, each after the one before it', () => {
    expect(eventsWith(s, 'didatangkan dari Gresik').map((e) => e.date)).toEqual(['2023-11-10']);
  });

  it('leaves a sentence that turns to something new where its words place it', () => {
    const moved = eventsWith(s, 'Selain itu').flatMap((e) => e.mentions.map((m) => textOf(s, m)));
    expect(moved.some((t) => t.startsWith('Wali Kota Eri'))).toBe(false);
  });
});

describe('a date that describes someone', () => {
  const dateIn = (sentence: string) => {
    const doc = storyOf(sentence).articles[0]!;
    const s = doc.sentences[0]!;
    const t = doc.timex.find((x) => /^\d{4}/.test(x.value))!;
    return describingDate(doc, s, t);
  };

  it('sits in a relative clause a demonstrative closes before the predicate', () => {
    expect(dateIn('Pelatih yang membawa tim itu juara liga pada 2019 ini kembali dipanggil federasi.')).toBe(true);
    expect(dateIn('Warga meminta kepada bupati yang dilantik pada 2021 itu untuk memperbaiki jalan.')).toBe(true);
  });

  it('is no such date in an open relative clause or in the main clause', () => {
    expect(dateIn('Polisi menangkap pria yang mencuri sepeda motor pada Maret 2022.')).toBe(false);
    expect(dateIn('Bupati itu dilantik pada 2021 di gedung dewan.')).toBe(false);
  });

  it('leaves the sentence telling its own happening on its paragraph day too', () => {
    const s = storyOf(
      [
        'Medan, kabarutara.id - Ribuan buruh berunjuk rasa di depan kantor gubernur, Selasa (2/5/2023).',
        'Mereka meminta kepada gubernur yang dilantik pada 2018 itu untuk menaikkan upah minimum.',
      ].join(' '),
    );
    const dates = eventsWith(s, 'Mereka meminta').map((e) => e.date).sort();
    expect(dates).toEqual(['2018', '2023-05-02']);
  });
});

describe('what is not pointing back nor describing', () => {
  it('a response to what was told opens a happening of its own', () => {
    expect(pointing('Atas putusan tersebut, terdakwa menyatakan pikir-pikir.')).toBe(false);
    expect(pointing('Terkait hal itu, polisi memanggil dua saksi.')).toBe(false);
  });

  it('a relative clause that says when a happening takes place dates it', () => {
    const doc = storyOf('Festival yang berlangsung pada Juni 2022 itu dihadiri ribuan penonton.').articles[0]!;
    const t = doc.timex.find((x) => /^\d{4}/.test(x.value))!;
    expect(describingDate(doc, doc.sentences[0]!, t)).toBe(false);
  });
});
