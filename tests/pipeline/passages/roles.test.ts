import { namesHappening } from '../../../src/pipeline/passages/predicates';
import { storyOf } from '../helpers';
import { featuresOf, overlapOf } from './sentences';

describe('who acts in the happening', () => {
  const story = storyOf(
    'Presiden Joko Widodo tiba di Bandara Internasional Lombok, Senin (5/8/2024) sore. Ia disambut warga.',
    'Menteri Pertahanan Prabowo Subianto tiba di Bandara Internasional Lombok, Senin (5/8/2024) sore.',
    'Presiden Joko Widodo disambut Gubernur Nusa Tenggara Barat Zulkieflimansyah setibanya di Lombok pada Senin (5/8/2024).',
    'Gubernur Nusa Tenggara Barat Zulkieflimansyah menyambut Presiden Joko Widodo di Lombok pada Senin (5/8/2024).',
  );

  it('tells apart one happening of two people: the name before the verb is its subject', () => {
    expect(featuresOf(story, 'Menteri Pertahanan').agent).toBeDefined();
    expect(overlapOf(story, 'Presiden Joko Widodo tiba', 'Prabowo Subianto tiba').rolesDiffer).toBe(true);
  });

  it('reads the subject of a passive verb as the one acted on, the name after it as the one who acts', () => {
    const passive = featuresOf(story, 'disambut Gubernur');
    expect(passive.patient).toBe(featuresOf(story, 'Presiden Joko Widodo tiba').agent);
    expect(passive.agent).toBe(featuresOf(story, 'Zulkieflimansyah menyambut').agent);
    expect(overlapOf(story, 'disambut Gubernur', 'Zulkieflimansyah menyambut').rolesDiffer).toBe(false);
  });

  it('takes the one who acts after "oleh", and no name after a preposition as a subject', () => {
    const other = storyOf(
      'Usulan anggaran itu ditolak oleh Dewan Perwakilan Rakyat Daerah Kabupaten Bogor pada Selasa (6/8/2024).',
      'Kepada Bupati Bogor Iwan Setiawan, warga menyampaikan keluhan soal jalan rusak pada Selasa (6/8/2024).',
    );
    expect(featuresOf(other, 'ditolak oleh').agent).toMatch(/^e:/);
    expect(featuresOf(other, 'ditolak oleh').patient).toBeUndefined();
    expect(featuresOf(other, 'Kepada Bupati').agent).toBeUndefined();
  });
});

describe('relative clauses as background', () => {
  it('does not take the verb of a relative clause as the happening of the sentence', () => {
    const story = storyOf('Pelatih yang membawa Persikabo juara liga itu mengundurkan diri pada Jumat (9/8/2024).');
    const f = featuresOf(story, 'mengundurkan');
    expect(f.happenings).toContain('w:mundur');
    expect(f.happenings).not.toContain('w:bawa');
    // its words still say what the sentence is about
    expect(f.features).toContain('w:bawa');
  });

  it('keeps the happening of a relative clause that is the only one ("yang menang ...")', () => {
    const story = storyOf('Ternyata yang memenangi lelang proyek jembatan itu adalah perusahaan milik kerabat bupati.');
    expect(featuresOf(story, 'memenangi').happenings).toContain('w:menang');
  });

  it('ends a relative clause at an auxiliary that opens the main predicate', () => {
    const story = storyOf('Kepala desa yang juga pengusaha tambang telah menjalani pemeriksaan di kantor kejaksaan pada Kamis (8/8/2024).');
    const f = featuresOf(story, 'menjalani');
    expect(f.happenings).toContain('w:periksa');
  });

  it('reads an agent noun as who, even of a verb used bare', () => {
    expect(namesHappening('pemohon', 'minta')).toBe(false);
    expect(namesHappening('pemenang', 'menang')).toBe(false);
    expect(namesHappening('menang', 'menang')).toBe(true);
  });
});
