import { namesHappening } from '../../../src/pipeline/passages/predicates';
import { storyOf } from '../helpers';
import { featuresOf, overlapOf } from './sentences';

describe('nouns in pe-/ke-...-an that name no happening', () => {
  it('reads the circumfix on a verb as a doing, and on a noun or an adjective as a place, a body or a quality', () => {
    expect(namesHappening('kebakaran', 'bakar')).toBe(true);
    expect(namesHappening('penggerebekan', 'gerebek')).toBe(true);
    expect(namesHappening('kecamatan', 'camat')).toBe(false);
    expect(namesHappening('kejaksaan', 'jaksa')).toBe(false);
    expect(namesHappening('perumahan', 'rumah')).toBe(false);
    expect(namesHappening('keamanan', 'aman')).toBe(false);
    expect(namesHappening('kendaraannya', 'kendara')).toBe(false);
    expect(namesHappening('perusahaan', 'usaha')).toBe(false);
    // an ordinal is no doing either, whatever the stemmer makes of it; a doing on a number root is
    expect(namesHappening('kesembilan', 'sembil')).toBe(false);
    expect(namesHappening('kedua', 'dua')).toBe(false);
    expect(namesHappening('bersatu', 'satu')).toBe(true);
    expect(namesHappening('menyatukan', 'satu')).toBe(true);
  });

  it('reads an ordinal in a sentence as no happening, as the stemmer cuts it', () => {
    const story = storyOf('Tim Garuda Muda menang untuk kesembilan kalinya di Stadion Manahan, Minggu (7/7/2024).');
    const { happenings } = featuresOf(story, 'kesembilan');
    expect(happenings).toContain('w:menang');
    expect(happenings.some((h) => /sembil/.test(h))).toBe(false);
  });

  it('does not let the vehicles or the housing two sentences name stand for a happening they share', () => {
    const story = storyOf(
      'Puluhan kendaraan di perumahan dekat sungai Cimanuk tersapu arus pada Senin (8/7/2024).',
      'Puluhan kendaraan di perumahan dekat sungai Cimanuk dicuri pada Senin (8/7/2024).',
    );
    expect(featuresOf(story, 'tersapu').happenings.some((h) => /rumah|ndara/.test(h))).toBe(false);
    // vehicles swept away and vehicles stolen in one place on one day: two happenings
    expect(overlapOf(story, 'tersapu', 'dicuri').happeningsDiffer).toBe(true);
  });
});
