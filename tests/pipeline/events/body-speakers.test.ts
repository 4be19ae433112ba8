import { storyOf } from '../helpers';
import { claimsOf } from '../../../src/pipeline/events/claims';
import { unitsOf } from '../../../src/pipeline/events/units';

/** The statement (unit) each sentence of a one-article story belongs to. */
const unitsByLine = (lines: string[]) => {
  const story = storyOf(lines.join('\n'));
  const { heads, followers } = unitsOf(story, claimsOf(story));
  const all = [...heads, ...[...followers.values()].flat()];
  return lines.map((_, k) => [...new Set(all.filter((c) => c.sentence === k && !c.echo).map((c) => c.unit))]);
};

describe('a body speaking through its head', () => {
  const lead = 'Jakarta, niagakini.id - Asosiasi Pengusaha Ritel Indonesia (Aprindo) menilai kenaikan tarif listrik memberatkan pedagang, Senin (4/3/2024).';

  it('is one statement when the next sentence gives the words of a person named with the body', () => {
    const units = unitsByLine([lead, '"Margin kami sudah sangat tipis," kata Ketua Umum Aprindo Budi Santoso di Jakarta.', 'Budi meminta pemerintah menunda kenaikan itu.']);
    expect(units[0]).toHaveLength(1);
    expect(units[0]![0]).toBeDefined();
    expect(units[1]).toEqual(units[0]);
  });

  it('is not when that person is not named with the body', () => {
    const units = unitsByLine([lead, '"Margin pedagang sudah sangat tipis," kata pengamat ekonomi Budi Santoso di Jakarta.', 'Budi meminta pemerintah menunda kenaikan itu.']);
    expect(units[1]![0]).toBeDefined();
    expect(units[0]).not.toEqual(units[1]);
  });
});
