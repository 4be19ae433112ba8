import type { StoryDoc } from '../../../src/pipeline/types';
import { sentenceFeatures } from '../../../src/pipeline/passages/features';
import { storyOf } from '../helpers';

function passageTexts(story: StoryDoc): string[][] {
  return story.sharedPassages.map((p) => p.mentions.map((m) => story.articles.find((a) => a.id === m.articleId)!.text.slice(m.start, m.end)));
}

const together = (story: StoryDoc, x: string, y: string) => passageTexts(story).some((p) => p.some((s) => s.includes(x)) && p.some((s) => s.includes(y)));

function featuresOf(story: StoryDoc, needle: string): string[] {
  for (const f of sentenceFeatures(story)) {
    const doc = story.articles[f.article]!;
    const s = doc.sentences[f.sentence]!;
    if (doc.text.slice(s.start, s.end).includes(needle)) return f.features;
  }
  throw new Error(`no sentence with ${needle}`);
}

describe('what two wordings of one fact share', () => {
  it('reads an amount of money as one figure however the currency and scale are written', () => {
    const story = storyOf(
      'Kontraktor itu menyetor Rp 2,4 miliar kepada panitia lelang jalan desa. Lelang diulang bulan depan.',
      'Panitia lelang jalan desa menerima 2,4 miliar rupiah dari kontraktor tersebut. Bupati belum berkomentar.',
      'Uang sebesar Rp2,4 miliar itu disetor kontraktor ke rekening panitia lelang. Sebelumnya panitia menerima Rp 2,4 juta untuk biaya cetak dokumen.',
    );
    const amount = 'n:IDR2400000000';
    expect(featuresOf(story, 'menyetor Rp 2,4 miliar')).toContain(amount);
    expect(featuresOf(story, '2,4 miliar rupiah')).toContain(amount);
    expect(featuresOf(story, 'Rp2,4 miliar itu')).toContain(amount);
    // the currency and the scale are part of the figure, not words of their own
    expect(featuresOf(story, '2,4 miliar rupiah').some((f) => f === 'w:rupiah' || f === 'w:miliar')).toBe(false);
    // a thousand times less is another figure
    expect(featuresOf(story, 'Rp 2,4 juta')).not.toContain(amount);
    expect(featuresOf(story, 'Rp 2,4 juta')).toContain('n:IDR2400000');
    expect(together(story, 'menyetor Rp 2,4 miliar', '2,4 miliar rupiah')).toBe(true);
    expect(together(story, 'menyetor Rp 2,4 miliar', 'Rp 2,4 juta')).toBe(false);
  });

  it('keeps an affixed form of a word that says nothing on its own ("ditetapkan" against "tetap")', () => {
    const story = storyOf(
      'Polisi menetapkan dua pemuda sebagai pelaku pembakaran gudang beras. Harga beras tetap tinggi di pasar.',
      'Dua pemuda ditetapkan polisi sebagai pelaku pembakaran gudang beras di Klaten.',
    );
    expect(featuresOf(story, 'Polisi menetapkan')).toContain('w:tetap');
    expect(featuresOf(story, 'ditetapkan polisi')).toContain('w:tetap');
    // "tetap" as it stands is an adverb ("still"): it states nothing
    expect(featuresOf(story, 'tetap tinggi')).not.toContain('w:tetap');
    expect(together(story, 'Polisi menetapkan', 'ditetapkan polisi')).toBe(true);
  });

  it('counts "kriteria" and "syarat" as one word, but not two facts of one selection as one', () => {
    const story = storyOf(
      'Panitia seleksi menyatakan tiga pelamar tidak memenuhi kriteria usia. Panitia seleksi mengumumkan lima pelamar lolos ujian tertulis.',
      'Tiga pelamar dinyatakan tidak memenuhi syarat usia oleh panitia seleksi. Ujian wawancara digelar pekan depan di balai kota.',
    );
    expect(featuresOf(story, 'kriteria usia')).toContain('w:syarat');
    expect(together(story, 'kriteria usia', 'syarat usia')).toBe(true);
    expect(together(story, 'lima pelamar lolos', 'syarat usia')).toBe(false);
    expect(together(story, 'lima pelamar lolos', 'Ujian wawancara')).toBe(false);
  });

  it('anchors on a figure with what it counts, not on the figure alone', () => {
    const story = storyOf(
      'Camat Sukamaju meninjau tiga lokasi pengungsian korban longsor di lereng bukit. Sebanyak 120 rumah rusak.',
      'Tiga warga dilaporkan tertimbun longsor dan ratusan lainnya mengungsi ke lokasi aman.',
      'Longsor di lereng bukit itu menimbun tiga orang warga Sukamaju. Tim gabungan menyisir sungai itu dua kali.',
    );
    expect(featuresOf(story, 'tiga lokasi')).toContain('n:3 lokasi');
    expect(featuresOf(story, 'Tiga warga')).toContain('n:3 warga');
    // a classifier stands between the figure and what it counts
    expect(featuresOf(story, 'tiga orang warga')).toContain('n:3 warga');
    expect(featuresOf(story, 'sungai itu dua kali')).toContain('n:2 kali');
    expect(featuresOf(story, '120 rumah')).toContain('n:120 rumah');
    expect(together(story, 'Tiga warga dilaporkan', 'tiga orang warga')).toBe(true);
    expect(together(story, 'tiga lokasi', 'Tiga warga dilaporkan')).toBe(false);
  });

  it('reads "10%" and "10 persen" as one figure', () => {
    const story = storyOf('Bunga pinjaman dinaikkan menjadi 10% per tahun.', 'Bank menaikkan bunga pinjaman hingga 10 persen setahun.');
    expect(featuresOf(story, '10%')).toContain('n:10 persen');
    expect(featuresOf(story, '10 persen')).toContain('n:10 persen');
  });

  it('keeps apart a happening recalled from another year', () => {
    const story = storyOf(
      'Banjir luapan Sungai Citarum merendam ribuan rumah di Kabupaten Bandung sejak Sabtu (10/3/2018).',
      'Pada 2014, luapan Sungai Citarum juga merendam ribuan rumah di Kabupaten Bandung. Ketinggian air mencapai dua meter.',
      'Luapan Sungai Citarum merendam ribuan rumah warga Kabupaten Bandung sejak Sabtu (10/3/2018) malam.',
    );
    expect(featuresOf(story, 'Pada 2014')).toContain('y:2014');
    // a year that names a thing is not when anything happened
    const budget = storyOf('Proyek jalan tahun anggaran 2016 itu diperiksa jaksa, Senin (4/3/2019).', 'Jaksa memeriksa proyek jalan desa itu.');
    expect(featuresOf(budget, 'tahun anggaran 2016').some((f) => f.startsWith('y:'))).toBe(false);
    expect(featuresOf(budget, 'tahun anggaran 2016')).toContain('w:2016');
    expect(together(story, 'Banjir luapan', 'Luapan Sungai Citarum merendam')).toBe(true);
    expect(together(story, 'Pada 2014', 'Banjir luapan')).toBe(false);
    expect(together(story, 'Pada 2014', 'Luapan Sungai Citarum merendam')).toBe(false);
  });
});
