import { storyOf } from '../helpers';
import type { StoryDoc } from '../../../src/pipeline/types';
import { sentenceSpeakers } from '../../../src/pipeline/events/speakers';
import { claimsOf } from '../../../src/pipeline/events/claims';
import { unitsOf } from '../../../src/pipeline/events/units';

/** The speaker each claimed sentence's statement is given, by sentence index. */
const statementSpeakers = (s: StoryDoc) => {
  const { heads, followers } = unitsOf(s, claimsOf(s));
  const out = new Map<number, string | undefined>();
  for (const c of [...heads, ...[...followers.values()].flat()]) if (!c.echo) out.set(c.sentence, c.speaker);
  return out;
};

describe('a plural pronoun after one person spoke', () => {
  const text = [
    'Bandung, wartasatu.id - Ketua RW Agus Salim meminta warga tetap tenang menunggu hasil uji air sumur, Senin (4/3/2024).',
    '"Hasilnya keluar pekan ini," kata Agus.',
    'Tak hanya Agus, ikatan pedagang pasar juga menyuarakan keberatan atas penutupan sumur.',
    'Mereka meminta pemerintah kota segera menyediakan air bersih, kata mereka.',
  ].join('\n');

  it('marks "mereka" as a plural pointer back', () => {
    const s = storyOf(text);
    const last = sentenceSpeakers(s.articles[0]!, s.quotes)[3];
    expect(last).toEqual({ kind: 'same', plural: true });
  });

  it('does not hand what "mereka" said to the one person who spoke before', () => {
    const said = statementSpeakers(storyOf(text));
    expect(said.get(1)).toBe('agus-salim');
    expect(said.get(3)).not.toBe('agus-salim');
  });

  it('still hands a singular pointer back to that person', () => {
    const s = storyOf(['Bandung, wartasatu.id - Ketua RW Agus Salim meminta warga tetap tenang, Senin (4/3/2024).', '"Hasilnya keluar pekan ini," kata Agus.', 'Ia meminta warga tidak memakai air sumur dulu, katanya.'].join('\n'));
    expect(statementSpeakers(s).get(2)).toBe('agus-salim');
  });
});
