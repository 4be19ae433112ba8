import { describe, expect, it } from 'vitest';
import { storyOf } from '../helpers';

/** Each quote as [content, speaker text, speaker id, verb]. */
function quotes(text: string) {
  const s = storyOf(text);
  const doc = s.articles[0]!;
  return s.quotes.map((q) => [doc.text.slice(q.content.start, q.content.end), q.speaker?.text ?? null, q.speaker?.entityId ?? null, q.verb]);
}

describe('who said what', () => {
  it('takes the speaker after "kata", past a title and an apposition', () => {
    expect(quotes('"Kami siap bertanding besok," kata pelatih tim, Yusuf Hamdani, di Surabaya.')).toEqual([['Kami siap bertanding besok', 'Yusuf Hamdani', 'yusuf-hamdani', 'kata']]);
  });

  it('gives every sentence of a long quote the speaker named where it ends', () => {
    expect(quotes('"Latihan sudah cukup. Semua pemain sehat," ujar Yusuf Hamdani.')).toEqual([
      ['Latihan sudah cukup', 'Yusuf Hamdani', 'yusuf-hamdani', 'ujar'],
      ['Semua pemain sehat', 'Yusuf Hamdani', 'yusuf-hamdani', 'ujar'],
    ]);
  });

  it('points "katanya" and "tambahnya" back at the speaker named last', () => {
    const got = quotes('Yusuf Hamdani memimpin latihan pagi di Surabaya. "Cuaca cukup panas," kata Yusuf Hamdani. "Tetapi pemain tetap semangat," tambahnya. "Besok kami libur," katanya.');
    expect(got.map((q) => [q[0], q[2], q[3]])).toEqual([
      ['Cuaca cukup panas', 'yusuf-hamdani', 'kata'],
      ['Tetapi pemain tetap semangat', 'yusuf-hamdani', 'tambahnya'],
      ['Besok kami libur', 'yusuf-hamdani', 'katanya'],
    ]);
  });

  it('finds the speaker of a quote in the sentence after it', () => {
    expect(quotes('"Stadion siap dipakai pekan depan." Hal itu dikatakan Wali Kota Siti Rahayu kepada wartawan.')).toEqual([['Stadion siap dipakai pekan depan', 'Siti Rahayu', 'siti-rahayu', 'dikatakan']]);
  });

  it('attributes reported speech: "menurut X", "X mengatakan bahwa", "X menilai"', () => {
    expect(quotes('Menurut Siti Rahayu, perbaikan jalan selesai bulan depan.')).toEqual([['perbaikan jalan selesai bulan depan', 'Siti Rahayu', 'siti-rahayu', 'Menurut']]);
    expect(quotes('Siti Rahayu mengatakan bahwa anggaran perbaikan sudah disetujui dewan.')).toEqual([['anggaran perbaikan sudah disetujui dewan', 'Siti Rahayu', 'siti-rahayu', 'mengatakan']]);
    expect(quotes('Siti Rahayu menilai kualitas jalan baru cukup baik.')).toEqual([['kualitas jalan baru cukup baik', 'Siti Rahayu', 'siti-rahayu', 'menilai']]);
  });

  it('takes the speaker before an opening mark', () => {
    expect(quotes('Siti Rahayu mengatakan, "Warga tidak perlu khawatir."')).toEqual([['Warga tidak perlu khawatir', 'Siti Rahayu', 'siti-rahayu', 'mengatakan']]);
  });

  it('leaves quoted terms and unattributed sentences alone', () => {
    expect(quotes('Kasus "uang pelicin" itu masih diselidiki polisi di Surabaya.')).toEqual([]);
    expect(quotes('Jalan itu rusak sejak tahun lalu dan belum diperbaiki.')).toEqual([]);
  });
});
