import { describe, expect, it } from 'vitest';
import { storyOf } from '../helpers';

// A speaker told by role or group, with no name: "hakim menegaskan", "sejumlah ahli mengatakan".

/** Each quote as [speaker text, speaker id, verb, direct]. */
function speakers(text: string) {
  return storyOf(text).quotes.map((q) => [q.speaker?.text ?? null, q.speaker?.entityId ?? null, q.verb, q.direct]);
}

describe('a role or group as the subject of a reporting verb', () => {
  it('opens the sentence', () => {
    expect(speakers('Polisi mengatakan jalan desa itu ditutup sampai jembatan selesai diperbaiki.')).toEqual([['Polisi', null, 'mengatakan', false]]);
  });

  it('follows an opening phrase set off by a comma', () => {
    expect(speakers('Seusai sidang di Pengadilan Negeri Kudus, hakim menegaskan putusan itu sudah berkekuatan hukum tetap.')).toEqual([['hakim', null, 'menegaskan', false]]);
  });

  it('takes the words that count or gather it', () => {
    expect(speakers('Sejumlah pengamat menilai harga beras akan turun setelah panen raya bulan depan.')).toEqual([['Sejumlah pengamat', null, 'menilai', false]]);
    expect(speakers('Majelis hakim menyatakan terdakwa terbukti menerima suap dari dua kontraktor.')).toEqual([['Majelis hakim', null, 'menyatakan', false]]);
  });

  it('names the speaker of a quote it follows', () => {
    expect(speakers('"Kami belum menemukan tanda kebocoran pada pipa itu," petugas menambahkan.')).toEqual([['petugas', null, 'menambahkan', true]]);
  });

  it('stands before a filler and a time phrase', () => {
    expect(speakers('Warga juga pada Selasa mengaku kesulitan mendapat air bersih sejak sumur mengering.')).toEqual([['Warga', null, 'mengaku', false]]);
  });
});

describe('a role noun that is not the subject', () => {
  it('does not speak when it ends an object or a phrase before the verb', () => {
    // "saksi" is what the prosecutor questioned; "pemain" belongs to "kartu pemain"
    expect(speakers('Jaksa Rudi Hartanto yang memeriksa saksi mengatakan berkas perkara sudah lengkap.').map((q) => q[0])).toEqual(['Rudi Hartanto']);
    expect(speakers('Kartu pemain menyebutkan nama dan nomor punggung.')).toEqual([]);
  });

  it('gives way to a name', () => {
    expect(speakers('Hakim Lestari Wibowo menegaskan sidang akan dilanjutkan pekan depan.').map((q) => q[0])).toEqual(['Lestari Wibowo']);
  });

  it('does not become the speaker that "ujarnya" points back to', () => {
    const quotes = storyOf('Kepala desa Bambang Sutejo meninjau tanggul. Warga mengatakan air mulai surut sejak subuh. "Tanggul harus segera ditinggikan," ujarnya.').quotes;
    expect(quotes.map((q) => q.speaker?.text)).toEqual(['Warga', 'Bambang Sutejo']);
  });
});
