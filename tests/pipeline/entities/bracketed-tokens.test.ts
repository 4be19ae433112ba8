import { describe, expect, it } from 'vitest';
import { storyOf } from '../helpers';

/** Entity id of each mention's text in the first article. */
const idsOf = (text: string) => Object.fromEntries(storyOf(text).articles[0]!.mentions.map((m) => [m.text, m.entityId]));

// A name in brackets right after a name of its kind is the writer's own short form; the brackets
// and the names are read from the token layer by the mentions' token ranges.
describe('a bracketed short form, by token ranges', () => {
  it('links the name in brackets right after a name', () => {
    const ids = idsOf('Bupati itu, Ahmad Wahyudi (Yudi), ditahan jaksa.');
    expect(ids['Yudi']).toBe(ids['Ahmad Wahyudi']);
  });

  it('does not when the brackets stand apart from either name', () => {
    const apart = ['Bupati itu, Ahmad Wahyudi  (Yudi), ditahan jaksa.', 'Bupati itu, Ahmad Wahyudi ( Yudi ), ditahan jaksa.', 'Bupati itu, Ahmad Wahyudi (panggilannya Yudi), ditahan jaksa.'];
    for (const text of apart) {
      const ids = idsOf(text);
      expect([ids['Ahmad Wahyudi'], ids['Yudi']]).toEqual(['ahmad-wahyudi', 'yudi']);
    }
  });
});
