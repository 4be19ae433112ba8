import { storyOf } from '../helpers';
import { textOf, eventsWith } from './reading';


describe('a sentence introducing a statement', () => {
  // The day is written once, where the narration says who spoke; the quotations after it carry none.
  const introduced = [
    'Bandung, wartasatu.id - Kereta rute baru Bandung-Garut diuji coba pada Senin (4/3/2024).',
    'Uji coba itu disambut gembira para masinis, seperti yang disampaikan kepala masinis Budi Hartono kepada wartawan, Selasa (5/3/2024).',
    'Para masinis berharap jadwal perjalanan reguler segera diumumkan.',
    '"Kami sudah berlatih berbulan-bulan untuk rute ini," kata Budi.',
    '"Semua masinis siap bertugas kapan saja," ujar Budi.',
  ].join('\n');

  it('dates the statement and joins the introduction and the reported lines to it', () => {
    const s = storyOf(introduced);
    const [saying, ...others] = eventsWith(s, 'kata Budi');
    expect(others).toEqual([]);
    expect(saying!.date).toBe('2024-03-05');
    const told = saying!.mentions.map((m) => textOf(s, m));
    expect(told.some((t) => t.includes('seperti yang disampaikan'))).toBe(true);
    expect(told.some((t) => t.includes('Para masinis berharap'))).toBe(true);
    expect(told.some((t) => t.includes('ujar Budi'))).toBe(true);
    expect(told.some((t) => t.includes('diuji coba pada Senin'))).toBe(false);
  });

  it('does not take the day of a sentence that only names the speaker doing something else', () => {
    const s = storyOf(
      [
        'Bandung, wartasatu.id - Kereta rute baru Bandung-Garut diuji coba pada Senin (4/3/2024).',
        'Kepala masinis Budi Hartono memeriksa lokomotif pada Selasa (5/3/2024) sampai sore.',
        'Para masinis berharap jadwal perjalanan reguler segera diumumkan.',
        '"Kami sudah berlatih berbulan-bulan untuk rute ini," kata Budi.',
        '"Semua masinis siap bertugas kapan saja," ujar Budi.',
      ].join('\n'),
    );
    const saying = eventsWith(s, 'kata Budi');
    expect(saying.map((e) => e.date)).not.toContain('2024-03-05');
    expect(saying.every((e) => !e.mentions.some((m) => textOf(s, m).includes('memeriksa lokomotif')))).toBe(true);
  });
});

describe('a passive that tells what is done to someone', () => {
  // "diduga", "diminta" are passives of the same family as "diungkapkan", but they tell of the
  // person, not of words the person said
  it('introduces no statement: the later denial keeps its own day', () => {
    const s = storyOf(
      [
        'Semarang, kabarjateng.id - Kepala dinas Joko Santoso diduga menerima suap proyek jembatan pada Senin (4/3/2024).',
        'Uang itu diserahkan di sebuah rumah makan di pinggir kota.',
        'Joko membantah tuduhan itu saat ditemui wartawan di kantornya, Kamis (7/3/2024).',
        '"Saya tidak pernah menerima uang itu," kata Joko.',
      ].join('\n'),
    );
    const denial = eventsWith(s, 'kata Joko');
    expect(denial.map((e) => e.date)).not.toContain('2024-03-04');
    expect(denial.every((e) => !e.mentions.some((m) => textOf(s, m).includes('diduga menerima suap')))).toBe(true);
  });

  it('still reads an introducing verb with a title before its speaker, and with "oleh"', () => {
    const told = (intro: string) => {
      const s = storyOf(
        [
          'Bandung, wartasatu.id - Kereta rute baru Bandung-Garut diuji coba pada Senin (4/3/2024).',
          `Uji coba itu disambut gembira para masinis, ${intro} kepada wartawan, Selasa (5/3/2024).`,
          '"Kami sudah berlatih berbulan-bulan untuk rute ini," kata Budi.',
        ].join('\n'),
      );
      return eventsWith(s, 'kata Budi').map((e) => e.date);
    };
    expect(told('seperti diungkapkan oleh kepala masinis Budi Hartono')).toEqual(['2024-03-05']);
    expect(told('seperti dikatakan Budi Hartono')).toEqual(['2024-03-05']);
  });
});

describe('the lead tells the article\'s own news', () => {
  const rescue = [
    'Bogor, kabarsatu.id - Tim SAR gabungan telah menemukan dua pendaki yang hilang di Gunung Salak.',
    'Keduanya ditemukan pada Minggu (10/3/2024) dalam keadaan selamat di dekat sebuah air terjun.',
    'Gunung Salak telah lama dikenal sebagai gunung dengan jalur pendakian yang sulit.',
  ].join('\n');

  it('places a lead told with "telah" on the article\'s day, not in the undated past', () => {
    const s = storyOf(rescue);
    expect(eventsWith(s, 'telah menemukan dua pendaki').map((e) => e.date)).toEqual(['2024-03-10']);
  });

  it('reads a lead that tells of long ago ("telah lama", "pernah") as background in the past', () => {
    const s = storyOf(
      [
        'Garut, kabarsatu.id - Warga Desa Sukamaju telah lama merencanakan pembangunan jembatan gantung di atas Sungai Cimanuk.',
        'Jembatan itu akhirnya diresmikan bupati pada Sabtu (9/3/2024).',
      ].join('\n'),
    );
    expect(eventsWith(s, 'telah lama merencanakan').map((e) => e.date)).toEqual(['PAST_REF']);
  });

  it('still reads a later undated "telah" sentence as background in the past', () => {
    const s = storyOf(rescue);
    expect(eventsWith(s, 'telah lama dikenal').map((e) => e.date)).toEqual(['PAST_REF']);
  });
});
