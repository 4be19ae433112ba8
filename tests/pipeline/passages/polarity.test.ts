import { storyOf } from '../helpers';
import { overlapOf } from './sentences';

describe('a denied happening against another one stated', () => {
  it('keeps apart "did not come" and "did something else", undenied, of the same man and day', () => {
    const story = storyOf(
      'Kapten tim, Yoga Pratama, tidak hadir dalam latihan tim di Lapangan Cendrawasih pada Kamis (4/7/2024) pagi.',
      '"Yoga Kamis pagi ini memimpin latihan," kata Manajer Tim Hadi Sucipto.',
      'Yoga Pratama tak hadir dalam latihan Kamis (4/7/2024) pagi di Lapangan Cendrawasih.',
    );
    expect(overlapOf(story, 'tidak hadir', 'memimpin latihan').contradicts).toBe(true);
    // two outlets' denials of one happening are one statement
    expect(overlapOf(story, 'tidak hadir', 'tak hadir').contradicts).toBe(false);
  });

  it('does not oppose a denial to a sentence that reports the same happening from its other side', () => {
    const story = storyOf(
      'Tim Garuda Muda tak pernah menang dalam tiga laga terakhir di Liga Remaja.',
      'Garuda Muda kalah tiga kali beruntun di Liga Remaja.',
    );
    // "tak pernah menang" and "kalah" tell one run of results (converse verbs)
    expect(overlapOf(story, 'tak pernah menang', 'kalah tiga').contradicts).toBe(false);
  });

  it('reads a sentence without a happening as no claim against a denial', () => {
    const story = storyOf('Yoga Pratama tidak hadir dalam latihan tim pagi ini.', 'Latihan tim pagi ini tanpa Yoga Pratama.');
    expect(overlapOf(story, 'tidak hadir', 'tanpa Yoga').contradicts).toBe(false);
  });
});
