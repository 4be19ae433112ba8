import { storyOf } from '../helpers';
import { featuresOf } from './sentences';

describe('a relative clause inside a quote attribution', () => {
  it('keeps the words of the clause, which tells something of its own', () => {
    const story = storyOf(
      'Bupati Sleman Sri Purnomo, yang meninjau tanggul jebol di Cangkringan pada Senin, mengatakan "warga sudah kami ungsikan sejak pagi."',
      'Tanggul di Cangkringan jebol setelah hujan deras semalam.',
    );
    const said = featuresOf(story, 'meninjau tanggul').features;
    expect(said.some((f) => f.startsWith('w:') && f.includes('tanggul'))).toBe(true);
    expect(said.some((f) => f.startsWith('w:') && f.includes('jebol'))).toBe(true);
    // the attribution around the clause still says only who spoke
    expect(said.some((f) => f.startsWith('w:') && f.includes('bupati'))).toBe(false);
  });

  it('leaves an attribution without such a clause as it was: who spoke, not what', () => {
    const story = storyOf(
      'Bupati Sleman Sri Purnomo mengatakan di posko pengungsian "warga sudah kami ungsikan sejak pagi."',
      'Warga Cangkringan mengungsi ke balai desa.',
    );
    const said = featuresOf(story, 'posko pengungsian').features;
    expect(said.some((f) => f.startsWith('w:') && f.includes('posko'))).toBe(false);
    expect(said.some((f) => f.startsWith('w:') && f.includes('ungsi'))).toBe(true);
  });
});

describe('"menurutnya" inside a sentence', () => {
  it('cites as "menurut" does: no happening of "turut"', () => {
    const story = storyOf(
      'Kepala desa itu mengatakan menurutnya jembatan gantung di Dusun Krajan harus segera diganti.',
      'Warga Dusun Krajan turut membersihkan saluran air pada Minggu pagi.',
    );
    const cited = featuresOf(story, 'menurutnya jembatan');
    expect(cited.features).not.toContain('w:turut');
    expect(cited.happenings).not.toContain('w:turut');
    // "turut" as a verb of its own still says something
    expect(featuresOf(story, 'turut membersihkan').features).toContain('w:turut');
  });
});
