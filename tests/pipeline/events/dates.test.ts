import { storyOf } from '../helpers';
import { happeningAt } from '../tokens/dating';
import { eventsWith } from './reading';


describe('a coarse date holds the days inside it', () => {
  // one outlet names the cup by its year only, another gives the day of the final
  const A = [
    'Bandung, sportasatu.id - Tim voli putri Garuda Muda menjuarai Piala Nusantara 2023 usai mengalahkan Elang Timur dalam laga final.',
    'Garuda Muda menang tiga set langsung di hadapan ribuan penonton.',
  ].join('\n');
  const B = [
    'Bandung, arenadua.com - Garuda Muda menjuarai Piala Nusantara setelah mengalahkan Elang Timur pada laga final di GOR Pajajaran, Bandung, Sabtu (4/3/2023).',
    'Pelatih Garuda Muda, Rina Kartika, memuji ketenangan para pemainnya.',
  ].join('\n');
  const s = storyOf(A, B);

  it('merges a happening told with a year by one outlet and a day by another, on the day', () => {
    const finals = eventsWith(s, 'menjuarai Piala Nusantara');
    expect(finals).toHaveLength(1);
    expect(finals[0]!.date).toBe('2023-03-04');
    expect(new Set(finals[0]!.mentions.map((m) => m.articleId))).toEqual(new Set(['000', '001']));
  });

  it('leaves a year alone when no day inside it tells the same happening', () => {
    const past = storyOf(
      ['Jakarta, beritasatu.id - Garuda Muda kembali ke final Piala Nusantara, Sabtu (4/3/2023).', 'Pada 2019, Garuda Muda pernah menjuarai Kejuaraan Asia Tenggara di Manila.'].join('\n'),
    );
    const [asia] = eventsWith(past, 'Kejuaraan Asia Tenggara');
    expect(asia!.date).toBe('2019');
  });
});

describe('dates that place nothing, or nothing new', () => {
  it('takes no date from a budget year or a year in a law title', () => {
    const budget = 'Ia diduga menggelembungkan proyek jalan tahun anggaran 2020.';
    expect(happeningAt(budget, 'tahun anggaran 2020')).toBe(false);
    expect(happeningAt(budget, '2020')).toBe(false);
    const law = 'Harga diatur dalam Peraturan Menteri Perdagangan Nomor 12 Tahun 2022.';
    expect(happeningAt(law, 'Tahun 2022')).toBe(false);
    const held = 'Jalan itu dibangun pada 2020.';
    expect(happeningAt(held, '2020')).toBe(true);
  });

  it('does not date an arrest by the law or budget year named in it', () => {
    const s = storyOf(
      [
        'Kupang, kabarntt.id - Kejaksaan Negeri Kupang menahan kontraktor Budi Hartono dalam perkara proyek jalan tahun anggaran 2020, Selasa (7/3/2023).',
        'Budi Hartono dijerat Undang-Undang Nomor 31 Tahun 1999 tentang pemberantasan korupsi.',
      ].join('\n'),
    );
    const dates = s.events.map((e) => e.date);
    expect(dates).not.toContain('2020');
    expect(dates).not.toContain('1999');
    expect(eventsWith(s, 'menahan kontraktor')[0]!.date).toBe('2023-03-07');
  });

  it('makes one event of a span, on the day it opens', () => {
    const s = storyOf('Surabaya, jatimsatu.id - Pameran kerajinan rakyat digelar di Balai Pemuda, Surabaya, pada 3-5 Maret 2023.');
    const fair = eventsWith(s, 'Pameran kerajinan');
    expect(fair).toHaveLength(1);
    expect(fair[0]!.date).toBe('2023-03-03');
  });

  it('keeps the finer of two nested dates in one sentence', () => {
    const s = storyOf(
      ['Jakarta, olahragaku.id - Garuda Muda kembali ke final, Sabtu (4/3/2023).', 'Gelar itu yang kedua tahun ini setelah Garuda Muda menjuarai Kejuaraan Asia Tenggara di Manila pada Januari lalu.'].join('\n'),
    );
    const asia = eventsWith(s, 'Kejuaraan Asia Tenggara');
    expect(asia.map((e) => e.date)).toEqual(['2023-01']);
  });
});

describe('consecutive days', () => {
  it('keeps unrelated happenings of consecutive days apart', () => {
    const s = storyOf(
      ['Padang, sumbarsatu.id - Gempa bermagnitudo 5,2 mengguncang Kabupaten Agam, Sumatera Barat, Senin (6/3/2023).', 'Puluhan rumah warga di Agam rusak ringan.'].join('\n'),
      ['Padang, beritasumbar.com - Gubernur Sumatera Barat Mahyeldi meresmikan pasar rakyat di Kota Solok, Selasa (7/3/2023).', 'Pasar itu dibangun dengan dana provinsi.'].join('\n'),
    );
    const [quake] = eventsWith(s, 'Gempa bermagnitudo');
    const [market] = eventsWith(s, 'pasar rakyat');
    expect(quake).not.toBe(market);
    expect(quake!.date).toBe('2023-03-06');
    expect(market!.date).toBe('2023-03-07');
  });

  it('joins one happening that two outlets date a day apart when they tell it alike', () => {
    const s = storyOf(
      'Makassar, sulselsatu.id - Kapal motor Sinar Bahari tenggelam di perairan Pulau Barrang Lompo, Makassar, dengan 24 penumpang, Senin (6/3/2023) malam.',
      'Makassar, kabartimur.com - Tim SAR gabungan masih mencari penumpang kapal motor Sinar Bahari yang tenggelam di perairan Pulau Barrang Lompo, Selasa (7/3/2023).',
    );
    const sinking = eventsWith(s, 'Sinar Bahari');
    expect(sinking).toHaveLength(1);
    expect(new Set(sinking[0]!.mentions.map((m) => m.articleId))).toEqual(new Set(['000', '001']));
  });
});
