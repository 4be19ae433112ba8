import { createStemmer } from '../../../src/pipeline/language/id';

// Written forms as the stemmer meets them: roots on their own or in forms with other affixes.
const vocabulary = new Set([
  'desa', 'pedesaan', 'mendesak', 'didesak', 'tari', 'menari', 'menarik', 'ditarik', 'rusak', 'merusak', 'pohon',
  'dimohon', 'permohonan', 'sendiri', 'diri', 'pendiri', 'mendirikan', 'nilai', 'dinilai', 'laku', 'berlaku',
  'dilakukan', 'lakukan', 'sampai', 'sampaikan', 'disampaikan', 'belajar', 'pelajaran', 'temu', 'bertemu', 'menemui',
]);
const stem = createStemmer(vocabulary);

describe('Indonesian stemmer: choosing between readings the vocabulary attests', () => {
  it('reads a bare X-kan as a noun in -an when the longer root stands without -an (desakan, tarikan)', () => {
    expect(stem('desakan')).toBe('desak');
    expect(stem('tarikan')).toBe('tarik');
  });

  it('keeps bare -kan verbs whose -an reading only the -kan forms attest', () => {
    expect(stem('lakukan')).toBe('laku');
    expect(stem('sampaikan')).toBe('sampai');
  });

  it('takes ke-...-an before ke-...-kan (kerusakan is rusak)', () => {
    expect(stem('kerusakan')).toBe('rusak');
  });

  it('prefers the root other forms are built on when me- + m and meN- + p read alike', () => {
    expect(stem('memohon')).toBe('mohon');
    expect(stem('pemohon')).toBe('mohon');
    expect(stem('permohonan')).toBe('mohon');
  });

  it('never reads a root that opens with a nasal before a consonant (se- + ndiri)', () => {
    expect(stem('sendiri')).toBe('sendiri');
    expect(stem('sendirinya')).toBe('sendiri');
    expect(stem('pendiri')).toBe('diri');
    expect(stem('mendirikan')).toBe('diri');
  });

  it('keeps the final -i of a root written on its own, takes the verbal -i off a root (menemui)', () => {
    expect(stem('menilai')).toBe('nilai');
    expect(stem('dinilai')).toBe('nilai');
    expect(stem('menyendiri')).toBe('sendiri');
    expect(stem('menemui')).toBe('temu');
  });

  it('finds ajar through belajar and pelajaran in every form', () => {
    expect(stem('mempelajari')).toBe('ajar');
    expect(stem('pelajari')).toBe('ajar');
  });
});
