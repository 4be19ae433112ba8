import { storyOf } from '../helpers';
import { claimDatesOf } from './claim-dates';
import { pointingAlone } from './reading';

// A report written on Thursday of what is to come on Saturday: its lead names no day, a later
// paragraph does.
const story = storyOf(
  [
    'Bandung, kabarpriangan.id - Warga Desa Cikoneng membersihkan jalan desa bersama aparat, Kamis (9/3/2023).',
    'Jembatan gantung baru di Desa Cikoneng akan diresmikan gubernur.',
    'Gubernur Jawa Barat dijadwalkan meresmikan jembatan gantung itu pada Sabtu (11/3/2023) pagi.',
    'Kepala desa mengatakan warga akan menggelar syukuran setelah peresmian.',
    'Pasar desa akan dipindahkan ke lapangan.',
    '"Kami akan menyiapkan tenda untuk tamu," kata kepala desa.',
  ].join('\n'),
);
const datesOf = claimDatesOf(story);

describe('a sentence telling what is to come, with no day of its own', () => {
  it('happens on the later day the article gives for the same thing', () => {
    expect(datesOf('akan diresmikan gubernur')).toEqual(['2023-03-11']);
  });

  it('stays on the day of writing when nothing later shares its words', () => {
    expect(datesOf('Pasar desa akan dipindahkan')).toEqual(['2023-03-09']);
  });

  it('stays on the day of writing when someone says it will come: the saying is of today', () => {
    expect(datesOf('akan menggelar syukuran')).toEqual(['2023-03-09']);
    expect(datesOf('menyiapkan tenda')).toEqual(['2023-03-09']);
  });
});

describe('"ini" closing the subject', () => {
  const pointing = pointingAlone;

  it('points at what was just told', () => {
    expect(pointing('Wanita asal Medan ini juga tercatat sebagai atlet pertama dari daerahnya.')).toBe(true);
    expect(pointing('Kasus ini bermula dari laporan warga ke polisi.')).toBe(true);
  });

  it('does not when it closes a time or names the report itself', () => {
    expect(pointing('Hari ini, warga kembali memadati alun-alun kota.')).toBe(false);
    expect(pointing('Pekan ini, harga cabai di pasar induk turun tajam.')).toBe(false);
    expect(pointing('Kali ini, panitia menyiapkan dua panggung utama.')).toBe(false);
    expect(pointing('Berita ini ditulis berdasarkan keterangan polisi.')).toBe(false);
  });
});
