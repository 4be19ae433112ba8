import { afterPassivePronoun } from '../../../src/pipeline/passages/predicates';
import { storyOf } from '../helpers';
import { featuresOf, overlapOf } from './sentences';

describe('the speaker of two quotes', () => {
  const story = storyOf(
    '"Kami sudah memeriksa semua saksi dalam perkara suap ini," kata Kepala Kejaksaan Negeri Klaten Bambang Wiyono.',
    '"Berkas perkara suap dan daftar saksi akan kami limpahkan ke pengadilan pekan depan," ujar Bambang Wiyono.',
    '"Semua saksi dalam perkara suap ini sudah kami periksa," kata Bambang Wiyono kepada wartawan.',
  );

  it('is context of the quote, kept apart from the names its words give', () => {
    expect(featuresOf(story, 'memeriksa semua saksi').speakers?.length).toBe(1);
  });

  it('does not tie two quotes that tell different happenings', () => {
    const m = overlapOf(story, 'memeriksa semua saksi', 'Berkas perkara');
    expect(m.saidCount).toBeGreaterThanOrEqual(2);
    expect(m.anchored).toBe(false);
  });

  it('ties two retellings of one quote', () => {
    expect(overlapOf(story, 'memeriksa semua saksi', 'sudah kami periksa').anchored).toBe(true);
  });
});

describe('the passive with a pronoun agent', () => {
  it('reads the word after "sudah kami", "yang saya" as the verb, not after a pronoun that opens a noun phrase', () => {
    expect(afterPassivePronoun('periksa', 'sudah', 'kami')).toBe(true);
    expect(afterPassivePronoun('terima', 'yang', 'saya')).toBe(true);
    // "kami warga desa", "rumah kami": no verb
    expect(afterPassivePronoun('warga', undefined, 'kami')).toBe(false);
    expect(afterPassivePronoun('warga', 'rumah', 'kami')).toBe(false);
    // a saying verb frames another happening, in this voice too
    expect(afterPassivePronoun('kata', 'sudah', 'kami')).toBe(false);
  });

  it('takes it as the happening of the sentence', () => {
    const story = storyOf('Semua saksi dalam perkara pungli parkir itu sudah kami periksa, kata Kapolsek Tegalrejo.');
    expect(featuresOf(story, 'sudah kami periksa').happenings).toContain('w:periksa');
  });
});
