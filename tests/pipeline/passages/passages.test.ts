import fc from 'fast-check';
import type { StoryDoc } from '../../../src/pipeline/types';
import { storyOf } from '../helpers';

/** Each passage as the texts of its sentences, in story order. */
function passageTexts(story: StoryDoc): string[][] {
  return story.sharedPassages.map((p) => p.mentions.map((m) => story.articles.find((a) => a.id === m.articleId)!.text.slice(m.start, m.end)));
}

const together = (story: StoryDoc, x: string, y: string) => passageTexts(story).some((p) => p.some((s) => s.includes(x)) && p.some((s) => s.includes(y)));

describe('shared passages across outlets', () => {
  // One wire story, told by three outlets in their own words.
  const wire = storyOf(
    'Surabaya - Banjir bandang merendam 1.250 rumah warga di tiga kecamatan Kabupaten Jember pada Senin (3/2/2020). Petugas membuka dapur umum di balai desa. Harga cabai di pasar induk naik.',
    'Sebanyak 1.250 rumah di tiga kecamatan di Jember terendam banjir bandang, Senin (3/2/2020). Relawan mendirikan tenda pengungsian di lapangan sepak bola. Sekolah diliburkan selama dua hari.',
    'Banjir bandang yang melanda tiga kecamatan di Jember merendam sedikitnya 1.250 rumah. Warga mengeluhkan air bersih yang sulit didapat.',
  );

  it('finds one statement retold in other words by three outlets, number and all', () => {
    const flood = passageTexts(wire).find((p) => p.some((s) => s.startsWith('Surabaya - Banjir')));
    expect(flood).toBeDefined();
    expect(flood).toHaveLength(3);
    expect(flood!.every((s) => s.includes('1.250'))).toBe(true);
  });

  it('leaves sentences that report different things out of it', () => {
    const all = passageTexts(wire).flat();
    for (const unrelated of ['Harga cabai', 'Relawan mendirikan', 'Sekolah diliburkan', 'Warga mengeluhkan', 'Petugas membuka']) {
      expect(all.some((s) => s.includes(unrelated))).toBe(false);
    }
  });

  it('pairs a quote with the same words reported in indirect speech', () => {
    const story = storyOf(
      '"Kami akan menambah armada bus listrik sebanyak 200 unit tahun depan," kata Kepala Dinas Perhubungan Budi Santoso. Jalan protokol ditutup saat pawai.',
      'Kepala Dinas Perhubungan Budi Santoso menyebut pihaknya berencana menambah 200 unit bus listrik pada tahun depan. Tarif parkir di pusat kota tidak berubah.',
    );
    expect(passageTexts(story)).toEqual([
      [
        '"Kami akan menambah armada bus listrik sebanyak 200 unit tahun depan," kata Kepala Dinas Perhubungan Budi Santoso.',
        'Kepala Dinas Perhubungan Budi Santoso menyebut pihaknya berencana menambah 200 unit bus listrik pada tahun depan.',
      ],
    ]);
  });

  it('keeps apart two sentences that share only the main actor and a common verb', () => {
    const story = storyOf(
      'Wali Kota Bogor Arya Wibisana mengunjungi pasar tradisional yang baru direnovasi. Ia mencicipi kue lapis buatan pedagang.',
      'Wali Kota Bogor Arya Wibisana mengunjungi korban kebakaran di rumah sakit daerah. Ia menyerahkan bantuan beras kepada keluarga korban.',
    );
    expect(story.sharedPassages).toEqual([]);
  });

  it('does not chain two different statements through a sentence that touches both', () => {
    const story = storyOf(
      'Gempa bermagnitudo 5,6 mengguncang Cianjur pada Senin siang. Ratusan rumah rusak berat di Kecamatan Cugenang.',
      'Gempa bermagnitudo 5,6 yang mengguncang Cianjur membuat ratusan rumah di Kecamatan Cugenang rusak berat.',
      'Ratusan rumah di Kecamatan Cugenang rusak berat akibat gempa.',
    );
    const texts = passageTexts(story);
    expect(texts.length).toBeGreaterThan(0);
    // the first outlet's two sentences say two things: no passage holds both
    expect(together(story, 'mengguncang Cianjur pada Senin', 'Ratusan rumah rusak berat di')).toBe(false);
  });

  it('never pairs sentences of one article, nor boilerplate every outlet carries', () => {
    const story = storyOf(
      'Pemerintah menaikkan harga bahan bakar bersubsidi mulai pekan depan.\nBaca Juga: Harga Bahan Bakar Naik Mulai Pekan Depan\nPemerintah menaikkan harga bahan bakar bersubsidi mulai pekan depan, kata menteri.',
      'Cuaca di Jakarta cerah berawan sepanjang hari.\nBaca Juga: Harga Bahan Bakar Naik Mulai Pekan Depan',
    );
    expect(story.sharedPassages).toEqual([]);
  });

  it('every passage span slices to one whole sentence of its article, in at least two articles', () => {
    const sentences = fc.constantFrom(
      'Presiden meresmikan bendungan baru di Kabupaten Gowa pada Kamis (12/3/2020).',
      'Bendungan baru di Gowa diresmikan Presiden, Kamis (12/3/2020).',
      '"Bendungan ini akan mengairi 3.000 hektare sawah," kata Presiden.',
      'Menurut Presiden, bendungan itu mengairi 3.000 hektare sawah petani.',
      'Hujan turun sejak pagi.',
      'Baca Juga: Bendungan Baru Diresmikan',
      'Warga menyambut rombongan di tepi jalan.',
    );
    const article = fc.array(sentences, { minLength: 1, maxLength: 6 }).map((xs) => xs.join(' '));
    fc.assert(
      fc.property(fc.array(article, { minLength: 2, maxLength: 3 }), (texts) => {
        const story = storyOf(...texts);
        for (const p of story.sharedPassages) {
          expect(new Set(p.mentions.map((m) => m.articleId)).size).toBeGreaterThanOrEqual(2);
          for (const m of p.mentions) {
            const doc = story.articles.find((a) => a.id === m.articleId)!;
            expect(doc.sentences.some((s) => s.start === m.start && s.end === m.end)).toBe(true);
          }
        }
      }),
      { numRuns: 40 },
    );
  });
});
