// Generated stories for the benches: the seed story's articles with varied names, places, years
// and months, so that a story of any size has realistic text without repeating itself exactly.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const SEEDS = 'stories/putin-kim-vladivostok-2019';
const PEOPLE = [['Putin', 'Medvedev'], ['Putin', 'Lavrov'], ['Kim', 'Moon'], ['Trump', 'Biden'], ['Trump', 'Obama']];
const PLACES = [['Vladivostok', 'Khabarovsk'], ['Vladivostok', 'Irkutsk'], ['Pyongyang', 'Seoul'], ['Hanoi', 'Bangkok']];
const MONTHS = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];

/** The k-th variant of a seed text: other names, another year and month. */
export function variant(text: string, k: number): string {
  let out = text;
  const [from, to] = PEOPLE[k % PEOPLE.length]!;
  const [place, other] = PLACES[k % PLACES.length]!;
  if (k % 2) out = out.replaceAll(from!, to!);
  if (k % 3) out = out.replaceAll(place!, other!);
  return out.replaceAll('2019', String(2010 + (k % 12))).replaceAll('April', MONTHS[k % 12]!).replaceAll('/4/', `/${1 + (k % 12)}/`);
}

/** The seed articles' texts, in file order. */
export function seedTexts(): string[] {
  return readdirSync(SEEDS)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(SEEDS, f), 'utf8'));
}
