import { storyOf } from '../helpers';
import { claimDatesOf } from './claim-dates';
import { eventsWith, textOf } from './reading';

// A report of Tuesday's examination; one sentence tells what a witness is, another what he did then.
const story = storyOf(
  [
    'Semarang, kabarjateng.id - Kejaksaan memeriksa Kepala Desa Sumberejo, Darmaji, sebagai saksi pada Selasa (7/3/2023).',
    'Darmaji merupakan ketua panitia pembangunan balai desa yang diduga fiktif.',
    'Saat itu, Darmaji mengaku tidak mengetahui aliran dana proyek tersebut.',
    'Warga desa berunjuk rasa di depan kantor kejaksaan.',
    'Bendahara desa dikenal sebagai orang dekat Darmaji.',
    'Penahanan itu merupakan hasil pengembangan kasus.',
  ].join('\n'),
);
const datesOf = claimDatesOf(story);

describe('a sentence telling what someone is, on no day of its own', () => {
  it('is background, not a happening of the article\'s day', () => {
    expect(datesOf('merupakan ketua panitia')).toEqual(['PAST_REF']);
    expect(datesOf('dikenal sebagai orang dekat')).toEqual(['PAST_REF']);
  });

  it('still tells a happening when it does', () => {
    expect(datesOf('berunjuk rasa')).toEqual(['2023-03-07']);
  });

  it('is read with what it points back at when it opens with a pointer', () => {
    expect(datesOf('Penahanan itu merupakan')).toEqual(['2023-03-07']);
  });

  it('is an aside that "Saat itu" reaches past, to the happening told before it', () => {
    const events = eventsWith(story, 'mengaku tidak mengetahui');
    expect(events).toHaveLength(1);
    expect(events[0]!.date).toBe('2023-03-07');
    expect(events[0]!.mentions.map((m) => textOf(story, m))).toEqual(expect.arrayContaining([expect.stringContaining('memeriksa Kepala Desa')]));
  });
});

describe('narration running on after a sentence whose date describes someone', () => {
  // another outlet tells the 2014 title itself, so the story has an event of that year
  const told = storyOf(
    'Bandung, warta.id - Persikab pernah menjuarai Liga Nusantara pada 2014 di bawah pelatih yang sama, Selasa (6/6/2017).',
    [
      'Bandung, kabarpriangan.id - Suporter menuntut pelatih Persikab mundur usai kekalahan di kandang, Selasa (6/6/2017).',
      'Pelatih yang membawa Persikab juara Liga Nusantara 2014 itu merasa gerah dengan tudingan suporter. Keluarganya juga memintanya beristirahat sejenak.',
    ].join('\n'),
  );

  it('goes on with what that sentence tells, not with the year of the title it recalls', () => {
    const events = eventsWith(told, 'memintanya beristirahat');
    expect(events.map((e) => e.date)).toEqual(['2017-06-06']);
  });
});

describe('one article telling one doing twice on a day, with no doer named', () => {
  it('is one happening when both tell it of the same thing', () => {
    const story = storyOf(
      [
        'CIANJUR (Harian Priangan) - Seluruh korban longsor di Desa Sukaresmi akhirnya ditemukan, Selasa (14/3/2023).',
        'Dua korban terakhir ditemukan tim SAR gabungan pada pukul 11.15 WIB dalam keadaan meninggal dunia.',
      ].join('\n'),
    );
    const events = eventsWith(story, 'Dua korban terakhir');
    expect(events).toHaveLength(1);
    expect(events[0]!.mentions.map((m) => textOf(story, m))).toEqual(expect.arrayContaining([expect.stringContaining('Seluruh korban longsor')]));
  });

  it('stays two when they name different people', () => {
    const story = storyOf(
      [
        'Medan, kabarsumut.id - Andi Saputra ditangkap di rumahnya di Medan, Selasa (14/3/2023).',
        'Rekannya, Budi Hartono, ditangkap di rumah kos di Binjai pada sore harinya.',
      ].join('\n'),
    );
    expect(eventsWith(story, 'Budi Hartono').some((e) => e.mentions.some((m) => textOf(story, m).includes('Andi Saputra')))).toBe(false);
  });
});

describe('two doings told on one day with no person as doer', () => {
  const story = storyOf(
    [
      'Kendari, kabarsultra.id - Tim SAR gabungan melanjutkan pencarian korban kapal tenggelam di perairan Wakatobi, Jumat (10/6/2022).',
      'Di tempat terpisah, polisi memeriksa pemilik kapal dan nakhoda di Mapolres Wakatobi.',
    ].join('\n'),
    'WAKATOBI (Harian Sultra) - Polres Wakatobi memeriksa pemilik dan nakhoda kapal yang tenggelam pada Kamis lalu, Jumat (10/6/2022).',
  );

  it('are two happenings: the questioning is never the search', () => {
    for (const words of ['Polres Wakatobi memeriksa', 'Di tempat terpisah']) {
      const told = eventsWith(story, words).flatMap((e) => e.mentions.map((m) => textOf(story, m)));
      expect(told.length).toBeGreaterThan(0);
      expect(told.some((t) => t.includes('melanjutkan pencarian'))).toBe(false);
    }
  });
});
