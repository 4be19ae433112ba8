import { isStatement } from '../../../src/pipeline/passages/match';
import { matchOptions } from '../../../src/pipeline/passages/index';
import { storyOf } from '../helpers';
import { featuresOf, overlapOf } from './sentences';

describe('a figure after a copula or a verb of setting is what the sentence states', () => {
  const story = storyOf(
    '"Tarif parkir maksimal ditetapkan 5 persen dari nilai sewa lahan," kata Kepala Dinas Perhubungan Bambang Sutejo.',
    'Menurut Bambang Sutejo, tarif parkir tertinggi yang boleh dipungut pengelola adalah 5 persen.',
    'Bambang Sutejo mengatakan pengelola yang melanggar dipungut denda 5 persen dari omzet.',
  );

  it('makes the figure a happening of both wordings, beside the verb of setting', () => {
    expect(featuresOf(story, 'ditetapkan 5 persen').happenings).toEqual(expect.arrayContaining(['n:5 persen', 'w:tetap']));
    expect(featuresOf(story, 'adalah 5 persen').happenings).toContain('n:5 persen');
  });

  it('joins two wordings of one value whose verbs differ', () => {
    const m = overlapOf(story, 'ditetapkan 5 persen', 'adalah 5 persen');
    expect(m.happeningsDiffer).toBe(false);
    expect(isStatement(m, matchOptions)).toBe(true);
  });

  it('does not make a figure after another verb a happening', () => {
    expect(featuresOf(story, 'denda 5 persen').happenings).not.toContain('n:5 persen');
  });
});

describe('places and things named by a circumfix', () => {
  const story = storyOf(
    'Antrean kendaraan mengular di stasiun pengisian bahan bakar umum di jalur pantura.',
    'Sebanyak 800 warga bertahan di titik pengungsian di balai desa.',
    'Keuntungan pedagang beras turun tajam bulan ini.',
  );

  it('reads the noun of doing after "stasiun" and "titik" as where, not a happening', () => {
    expect(featuresOf(story, 'stasiun pengisian').happenings).not.toContain('w:isi');
    expect(featuresOf(story, 'titik pengungsian').happenings).not.toContain('w:ungsi');
  });

  it('reads "keuntungan" as a thing (profit), not a doing', () => {
    const lead = featuresOf(story, 'Keuntungan pedagang');
    expect(lead.happenings).not.toContain('w:untung');
    expect(lead.happenings).toContain('w:turun');
  });
});

describe('ter- on an adjective is the superlative', () => {
  const story = storyOf('Kenaikan tertinggi terjadi pada harga cabai rawit.', 'Petugas tertangkap tangan menerima suap di pelabuhan.');

  it('reads "tertinggi" as which one, and a ter- verb still as a happening', () => {
    expect(featuresOf(story, 'tertinggi').happenings).not.toContain('w:tinggi');
    expect(featuresOf(story, 'tertangkap').happenings).toContain('w:tangkap');
  });
});

describe('"satu" before a noun of occasion is indefinite', () => {
  const story = storyOf('Dalam satu kesempatan, kapten tim mengaku siap pensiun.', 'Satu kesempatan emas gagal dimanfaatkan, dan tim hanya mencetak satu gol.');

  it('counts nothing in "dalam satu kesempatan", and still counts "satu gol"', () => {
    expect(featuresOf(story, 'Dalam satu kesempatan').features.some((f) => f.startsWith('n:'))).toBe(false);
    expect(featuresOf(story, 'satu gol').features).toContain('n:1 gol');
  });
});
