import { yearOfName } from '../../../src/pipeline/events/words';
import { textStages } from '../stages/helpers';
import { storyOf } from '../helpers';
import { claimDatesOf } from './claim-dates';

/** Whether the first `year` written in `text` reads as the edition year of the name before it. */
function namesEdition(text: string, year: string): boolean {
  const doc = textStages(text);
  const start = text.indexOf(year);
  const s = doc.sentences.find((x) => x.start <= start && start < x.end)!;
  return yearOfName(doc, s, { start, end: start + year.length, text: year });
}

describe('a year written as part of a name', () => {
  it('reads the year after a competition, a league with its tier, or an acronym as the edition', () => {
    expect(namesEdition('Persebaya tersingkir dari Piala Indonesia 2019 di babak delapan besar.', '2019')).toBe(true);
    expect(namesEdition('Tim itu terpuruk di Liga 2 2018 sejak awal putaran kedua.', '2018')).toBe(true);
    expect(namesEdition('RAPBD 2020 akhirnya disahkan dalam rapat paripurna.', '2020')).toBe(true);
  });

  it('reads a year after a lowercase word or a capital that only opens the sentence as a time', () => {
    expect(namesEdition('Pada 2017 ia pindah ke Surabaya.', '2017')).toBe(false);
    expect(namesEdition('Sejak 2014 harga beras terus naik.', '2014')).toBe(false);
    expect(namesEdition('Klub itu tampil buruk sepanjang musim 2017.', '2017')).toBe(false);
    expect(namesEdition('Persebaya tampil buruk di Liga 1, 2018 menjadi musim terburuknya.', '2018')).toBe(false);
  });
});

describe('an edition year dates a sentence only when the edition is over', () => {
  const story = storyOf(
    [
      'Malang, kabarbola.id - Persija Jakarta kalah 0-1 dari Arema FC di Stadion Kanjuruhan, Malang, Sabtu (3/6/2017).',
      'Kekalahan itu membuat Persija gagal naik ke papan atas Liga 1 2017.',
      'Pelatih Persija pernah membawa Persipura juara Piala Presiden 2015.',
      'Pada 2016 ia pindah ke Jakarta.',
      'Sang pelatih kini juga bersiap menangani tim nasional di Piala AFF 2018.',
    ].join('\n'),
  );
  const doc = story.articles[0]!;
  const datesOf = claimDatesOf(story);

  it('dates what is told of a running or coming edition on the story’s own day', () => {
    expect(datesOf('papan atas Liga 1 2017')).toEqual(['2017-06-03']);
    expect(datesOf('Piala AFF 2018')).toEqual(['2017-06-03']);
  });

  it('dates what is told of an earlier edition, and a plain year, to that year', () => {
    expect(datesOf('Piala Presiden 2015')).toEqual(['2015']);
    expect(datesOf('Pada 2016 ia pindah')).toEqual(['2016']);
  });

  it('keeps the edition years as time expressions', () => {
    const years = doc.timex.map((t) => t.value);
    expect(years).toEqual(expect.arrayContaining(['2017', '2015', '2018']));
  });
});

describe('the lead and the background told right after it', () => {
  const story = storyOf(
    [
      'Solo, arenasport.id - Pasangan ganda campuran Bima/Sekar menjuarai Kejurnas Bulu Tangkis 2021. Keduanya kalah di final turnamen yang sama bulan lalu.',
      'Bima/Sekar menang 21-15, 21-19 di GOR Manahan, Solo, Minggu (14/11/2021).',
    ].join('\n'),
  );
  const doc = story.articles[0]!;
  const datesOf = claimDatesOf(story);

  it('does not take a month given as background after it for the lead’s day', () => {
    expect(datesOf('bulan lalu')).toEqual(['2021-10']);
    expect(datesOf('menjuarai Kejurnas')).not.toContain('2021-10');
    expect(datesOf('menjuarai Kejurnas')).toEqual([doc.published!.date]);
  });

  it('joins the lead to the final told with its day', () => {
    const lead = story.events.filter((e) => e.mentions.some((m) => doc.text.slice(m.start, m.end).includes('menjuarai Kejurnas')));
    expect(lead.map((e) => e.date)).toEqual(['2021-11-14']);
  });
});
