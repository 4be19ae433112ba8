import { tenseAt } from '../../../src/pipeline/time/tense';
import { article } from './helpers';

describe('the paper day and the clauses around a date', () => {
  it('puts a day a plan verb governs ahead, however far into its clause', () => {
    const text = 'Panitia menjadwalkan rapat pleno dengan agenda mendengarkan laporan keuangan seluruh cabang pada 20-22 Juli.';
    expect(tenseAt(text, text.indexOf('20-22'))).toBe('future');
    const past = 'Panitia menggelar rapat pleno dengan agenda mendengarkan laporan keuangan seluruh cabang pada 20 Juli.';
    expect(tenseAt(past, past.indexOf('20 Juli'))).toBe('past');
  });

  it('does not take a scheduled or targeted day for the paper day', () => {
    const doc = article('Dewan menggelar rapat dengar pendapat, Selasa (4/7/2023). Dewan menjadwalkan kunjungan kerja ke lokasi tambang pada 10-12 Juli 2023.');
    expect(doc.published!.date).toBe('2023-07-04');
    expect(article('Petugas mendata rumah warga pada Kamis (6/7/2023). Pendataan ditargetkan selesai Senin (10/7/2023).').published!.date).toBe('2023-07-06');
  });

  it('reads a date inside what a speaker said as content, not as the day it was said', () => {
    const doc = article(
      'Warga berunjuk rasa di depan balai desa, Kamis (9/2/2023). Kepala desa mengungkapkan, pihaknya menerima surat keberatan warga pada 1-3 Januari 2023.',
    );
    expect(doc.published!.date).toBe('2023-02-09');
    const that = article('Sidang digelar Rabu (8/2/2023). Jaksa menyatakan bahwa terdakwa ditangkap pada 3 Januari 2023.');
    expect(that.published!.date).toBe('2023-02-08');
  });

  it('still reads the day right after a reporting verb and its comma', () => {
    const doc = article('Harga cabai naik sejak 2 Maret 2023. Kepala dinas mengatakan, Senin (6/3/2023), stok masih aman.');
    expect(doc.published!.date).toBe('2023-03-06');
  });

  it('dates the paper by the bare weekday of a reporting clause, counted from the latest day reported', () => {
    const doc = article('Jembatan itu ambruk pada Selasa (14/3/2023) malam. "Kami segera memasang jembatan darurat," kata Camat Ujung Batu di Ujung Batu, Kamis.');
    expect(doc.published).toMatchObject({ date: '2023-03-16' });
    expect(doc.timex.find((t) => t.text === 'Kamis')?.value).toBe('2023-03-16');
  });

  it('does not move the paper day for a bare weekday far after the news or one coming', () => {
    // Senin after Selasa (14/3) is six days on: too far for a statement about it
    expect(article('Jembatan itu ambruk pada Selasa (14/3/2023). "Kami periksa," kata camat, Senin.').published!.date).toBe('2023-03-14');
    expect(article('Jembatan ambruk pada Selasa (14/3/2023). Perbaikan akan dimulai, kata camat, Kamis.').published!.date).toBe('2023-03-14');
  });

  it('puts the paper a day after the news when the lead says it happened "kemarin"', () => {
    const doc = article(
      'Pengadilan Negeri Kupang menjatuhkan vonis dua tahun penjara kepada terdakwa kemarin.\n\n"Kami akan banding," kata pengacara terdakwa seusai sidang di Kupang, Selasa, 7 Februari 2023.',
    );
    expect(doc.published!.date).toBe('2023-02-08');
    expect(doc.timex.find((t) => t.text === 'kemarin')?.value).toBe('2023-02-07');
  });

  it('keeps the latest day when the lead has no "kemarin" or it sits in the body', () => {
    const body = '"Kami akan banding," kata pengacara terdakwa seusai sidang di Kupang, Selasa, 7 Februari 2023.';
    expect(article(`Pengadilan Negeri Kupang menjatuhkan vonis dua tahun penjara kepada terdakwa.\n\n${body}`).published!.date).toBe('2023-02-07');
    expect(article(`Pengadilan Negeri Kupang menjatuhkan vonis kepada terdakwa.\n\nTerdakwa kemarin tampak tenang. ${body}`).published!.date).toBe('2023-02-07');
  });
});
