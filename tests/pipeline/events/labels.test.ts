import { storyOf } from '../helpers';
import { partsOf } from '../../../src/pipeline/events/parts';
import { labelOf as eventLabelOf } from '../../../src/pipeline/events/label';
import type { Claim } from '../../../src/pipeline/events/claims';
import { eventsWith } from './reading';

/** The parts of the first sentence of one article. */
function partsOfFirst(text: string) {
  const doc = storyOf(`kompas.com - ${text}`).articles[0]!;
  return partsOf(doc, doc.sentences[0]!);
}

/** Its label as the parts give it: subject, predicate and rest. */
function labelOf(text: string): string | null {
  const parts = partsOfFirst(text);
  return parts && [parts.subject, parts.predicate, parts.rest].filter(Boolean).join(' ');
}

describe("an event label's subject", () => {
  it('is the noun phrase before the predicate, not only a name in it', () => {
    expect(labelOf('Seorang petani Desa Karanganyar ditemukan tewas di saluran irigasi, Rabu (8/5).')).toBe('Seorang petani Desa Karanganyar ditemukan tewas di saluran irigasi');
    expect(labelOf('Luapan Sungai Citarum merendam ratusan rumah di Kabupaten Bandung.')).toBe('Luapan Sungai Citarum merendam ratusan rumah di Kabupaten Bandung');
  });

  it('passes over a time, a bracket and an apposition before the predicate', () => {
    expect(labelOf('Hingga Selasa malam, genangan di sebagian kampung mulai surut.')).toBe('genangan di sebagian kampung mulai surut');
    expect(labelOf('Seorang pendaki asal Bogor, Kecamatan Ciawi, dilaporkan hilang di lereng gunung.')).toBe('Seorang pendaki asal Bogor dilaporkan hilang di lereng gunung');
    expect(labelOf('Polisi, Kamis (9/5), menangkap dua pengedar di Medan.')).toBe('Polisi menangkap dua pengedar di Medan');
  });

  it('is the name an apposition gives a subject that names none', () => {
    expect(labelOf('Negara jiran, Malaysia, akan menggelar pemilu bulan depan.')).toBe('Malaysia akan menggelar pemilu');
  });

  it('takes the main verb past a verb that describes a noun between commas', () => {
    expect(labelOf('Satu penumpang lagi, seorang anak berusia enam tahun, dilaporkan hilang.')).toBe('Satu penumpang lagi dilaporkan hilang');
  });

  it('takes the main verb past a time clause and not the doer inside a relative clause', () => {
    expect(labelOf('Sejak video itu diunggah, ratusan warganet mengirim komentar ke akun tersebut.')).toBe('ratusan warganet mengirim komentar ke akun');
    expect(labelOf('Sebagian besar komentar pada video yang diunggah Rina itu mendukung keputusan tersebut.')).not.toMatch(/^Rina/);
  });

  it('is none where the phrase opens with a preposition or is a speaker speaking of themselves', () => {
    expect(labelOf('Dengan Jakarta berkomitmen membangun tanggul, warga merasa lebih tenang.')).not.toMatch(/^Dengan/);
    expect(partsOfFirst('Saya sudah bicara dengan pelatih dan bilang ingin istirahat dulu.')?.subject ?? null).toBeNull();
  });

  it('keeps a quantity whole at the end of the label', () => {
    expect(labelOf('Budi Santoso mengatakan, pemkot menyiapkan anggaran darurat Rp 3 miliar untuk korban.')).toBe('Budi Santoso mengatakan pemkot menyiapkan anggaran darurat Rp 3 miliar');
  });
});

describe('an event label made from its sentences', () => {
  it('prefers a sentence that names its subject over one that points back at it', () => {
    const s = storyOf(
      'detik.com - Tarif ojek daring naik mulai pekan depan. Aturan tersebut diterbitkan Kementerian Perhubungan pada Senin (6/5/2024) di Jakarta.',
      'kompas.com - Kementerian Perhubungan menerbitkan aturan tarif ojek daring di Jakarta, Senin (6/5/2024).',
    );
    const [event] = eventsWith(s, 'Aturan tersebut');
    expect(event!.label).toBe('Kementerian Perhubungan menerbitkan aturan tarif ojek daring di Jakarta');
  });

  it("gives a quotation without its attribution, in its speaker's name when known", () => {
    const s = storyOf('kompas.com - Longsor menimpa tiga rumah di Bogor Selatan, Kamis (16/5/2024).\n"Kami minta warga tetap tenang dan waspada," ujar Wali Kota Bogor Dedi Rahmat, Kamis.');
    const doc = s.articles[0]!;
    const at = doc.sentences.findIndex((x) => doc.text.slice(x.start, x.end).includes('Kami minta'));
    const sentence = doc.sentences[at]!;
    const speaker = doc.mentions.find((m) => m.text === 'Dedi Rahmat')!;
    // the quote's sentence as the one claim of a statement's event
    const claim = { article: 0, sentence: at, start: sentence.start, end: sentence.end, inherited: false, reported: false, speaker: speaker.entityId ?? 'PER:dedi rahmat' } as unknown as Claim;
    expect(eventLabelOf([claim], s.articles)).toBe('Dedi Rahmat: “Kami minta warga tetap tenang dan waspada”');
    expect(eventLabelOf([{ ...claim, speaker: undefined }], s.articles)).toBe('Kami minta warga tetap tenang dan waspada');
  });
});
