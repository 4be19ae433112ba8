import { storyOf } from '../helpers';
import { featuresOf } from './sentences';

// Who acts in a sentence's main happening, from Indonesian clause order: subject, then adverbs
// and modals, then the predicate; a subject in apposition between commas; the speaker of a verb
// of saying when what is said opens with its predicate.

describe('the subject before adverbs and modals', () => {
  const story = storyOf(
    'Bupati Sleman Rudi Hartono menyatakan tidak akan mundur dari jabatannya pada Senin (4/3/2024).',
    'Rudi Hartono bahkan sudah menyatakan mundur secara lisan kepada pengurus partai.',
    'Sekretaris daerah Sari Lestari mengatakan, harga beras di pasar naik sejak pekan lalu.',
    'Menurut Sari Lestari, harga cabai di pasar juga naik.',
    'Sari Lestari menilai para pedagang mengabaikan aturan harga eceran.',
  );

  it('reads the speaker as the one who acts when what is said opens with its predicate', () => {
    expect(featuresOf(story, 'tidak akan mundur').agent).toMatch(/^e:rudi/);
    expect(featuresOf(story, 'bahkan sudah').agent).toMatch(/^e:rudi/);
  });

  it('gives no agent when what is said has a subject of its own', () => {
    expect(featuresOf(story, 'harga beras').agent).toBeUndefined();
    expect(featuresOf(story, 'para pedagang').agent).toBeUndefined();
  });

  it('reads no agent in "Menurut X, ...": the one cited does not act in what is told', () => {
    expect(featuresOf(story, 'Menurut Sari').agent).toBeUndefined();
  });
});

describe('a subject in apposition', () => {
  const story = storyOf(
    'Pelatih Persikabo, Budi Santoso, memimpin latihan di Stadion Pakansari pada Selasa (5/3/2024).',
    'Bahkan kepala dinas, Rudi Hartono, juga sudah diperiksa penyidik kejaksaan pada Rabu (6/3/2024).',
    'Tak hanya Budi Santoso, penolakan rencana itu juga disuarakan para suporter.',
  );

  it('takes the name between commas after a title as the subject of the verb after it', () => {
    expect(featuresOf(story, 'memimpin latihan').agent).toMatch(/^e:budi/);
  });

  it('reads a passive verb after the apposition as done to that name', () => {
    const f = featuresOf(story, 'diperiksa penyidik');
    expect(f.patient).toMatch(/^e:rudi/);
    expect(f.agent).toBeUndefined();
  });

  it('holds no name across a comma when a noun, not the predicate, follows', () => {
    expect(featuresOf(story, 'Tak hanya').agent).toBeUndefined();
  });
});

describe('names that are no agent', () => {
  const story = storyOf(
    'Polisi menangkap Budi Santoso di rumahnya pada Kamis (7/3/2024).',
    'Petugas yang mendampingi Rudi Hartono memeriksa lokasi longsor pada Kamis (7/3/2024).',
  );

  it('does not take a name in the object or in a relative clause as the one who acts', () => {
    expect(featuresOf(story, 'Polisi menangkap').agent).toBeUndefined();
    expect(featuresOf(story, 'yang mendampingi').agent).toBeUndefined();
  });
});

describe('the role after "sebagai" and a clause of time after an opening adverbial', () => {
  it('takes the role, not the date after it, as the happening', () => {
    const story = storyOf('Rudi Hartono dan Sari Lestari ditetapkan sebagai tersangka sejak 28 Februari 2024.');
    const f = featuresOf(story, 'ditetapkan sebagai');
    expect(f.happenings).toEqual(['w:tersangka']);
    expect(f.happenings.some((h) => h.startsWith('t:'))).toBe(false);
  });

  it('keeps a figure the thing becomes as the happening ("naik menjadi Rp10.000")', () => {
    const story = storyOf('Harga gula kembali naik menjadi Rp10.000 per kilogram pada Senin (4/3/2024).');
    expect(featuresOf(story, 'naik menjadi').happenings).toContain('n:IDR10000');
  });

  it('reads a clause of time after "Namun," as background, and the subject after it as the one who acts', () => {
    const story = storyOf('Namun, setelah bertemu Sari Lestari, Budi Santoso membatalkan pengunduran dirinya.');
    const f = featuresOf(story, 'membatalkan');
    expect(f.agent).toMatch(/^e:budi/);
    expect(f.happenings).not.toContain('w:temu');
  });
});

describe('the one who acts after a passive verb', () => {
  const story = storyOf(
    'Keduanya ditangkap petugas Polres Bogor di rumahnya pada Kamis (7/3/2024).',
    'Gudang itu digeledah penyidik Komisi Pemberantasan Korupsi pada Jumat (8/3/2024).',
    'Sari Lestari ditangkap polisi di rumah Rudi Hartono pada Sabtu (9/3/2024).',
  );

  it('reads a body named after a noun for its members ("petugas", "penyidik") as the agent', () => {
    expect(featuresOf(story, 'ditangkap petugas').agent).toMatch(/^e:/);
    expect(featuresOf(story, 'digeledah penyidik').agent).toMatch(/^e:komisi/);
  });

  it('takes no name of a place phrase after the passive as its agent', () => {
    const f = featuresOf(story, 'ditangkap polisi');
    expect(f.agent).toBeUndefined();
    expect(f.patient).toMatch(/lestari/);
  });
});
