import type { Claim } from './claims';

// After placing: an article tells one happening in one stretch. Two of its events of one day
// whose sentences alternate (one told, then the other, then the first again) are one happening
// told aspect by aspect, however little their wording shares.

interface Stretch {
  cluster: Claim[];
  date: string;
  article: number;
  first: number;
  last: number;
  speakers: Set<string>;
  paragraphs: number[];
}

/** The event as a stretch of one article's sentences, when all its sentences are that article's own. */
function stretchOf(cluster: Claim[], date: string): Stretch | null {
  const told = cluster.filter((c) => !c.echo);
  if (!told.length || told.some((c) => c.article !== told[0]!.article)) return null;
  const at = told.map((c) => c.sentence);
  const speakers = new Set(told.flatMap((c) => (c.speaker === undefined ? [] : [c.speaker])));
  const paragraphs = told.map((c) => c.paragraph);
  return { cluster, date, article: told[0]!.article, first: Math.min(...at), last: Math.max(...at), speakers, paragraphs };
}

/** Paragraphs this close take turns telling one happening; further apart, the writer has moved on. */
const NEAR_PARAGRAPHS = 1;

/**
 * Whether the two stretches overlap (one is told, then the other, then the first again) and
 * touch somewhere: a paragraph of one next to a paragraph of the other.
 */
const interleave = (a: Stretch, b: Stretch) =>
  a.first < b.last && b.first < a.last && a.paragraphs.some((p) => b.paragraphs.some((q) => Math.abs(p - q) <= NEAR_PARAGRAPHS));

/** What different people said are different sayings, told in turn or not. */
const sameVoices = (a: Stretch, b: Stretch) => a.speakers.size === b.speakers.size && [...a.speakers].every((s) => b.speakers.has(s));

export function joinInterleaved(byDate: Map<string, Claim[][]>): void {
  for (const [date, clusters] of byDate) {
    const stretches = clusters.map((c) => stretchOf(c, date));
    for (let i = 0; i < stretches.length; i++) {
      const a = stretches[i];
      if (!a) continue;
      for (let j = i + 1; j < stretches.length; j++) {
        const b = stretches[j];
        if (!b || b.article !== a.article || !interleave(a, b) || !sameVoices(a, b)) continue;
        for (const c of b.cluster) a.cluster.push(c);
        b.cluster.length = 0;
        a.first = Math.min(a.first, b.first);
        a.last = Math.max(a.last, b.last);
        a.paragraphs.push(...b.paragraphs);
        stretches[j] = null;
        j = i;
      }
    }
    byDate.set(date, clusters.filter((c) => c.length > 0));
  }
}
