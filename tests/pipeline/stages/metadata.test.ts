import { textStages } from './helpers';

const outletOf = (text: string) => textStages(text).outlet;
const sourcesOf = (text: string) => textStages(text).sources.map((s) => [s.name, s.text]);

describe('metadata stage: outlet', () => {
  it('reads domain datelines, with or without a place', () => {
    expect(outletOf('tirto.id - Presiden tiba.')).toMatchObject({ name: 'Tirto', domain: 'tirto.id', evidence: { text: 'tirto.id' } });
    expect(outletOf('Vladivostok, Gatra.com - Presiden tiba.')).toMatchObject({ name: 'Gatra', domain: 'gatra.com' });
    expect(outletOf('JAKARTA, KOMPAS.com - Hujan turun.')).toMatchObject({ name: 'Kompas', domain: 'kompas.com' });
  });

  it('names an outlet it does not know after its domain', () => {
    expect(outletOf('Bandung, contohberita.com - Hujan turun.')).toMatchObject({ name: 'Contohberita', domain: 'contohberita.com' });
  });

  it('reads named datelines of known outlets', () => {
    expect(outletOf('Jakarta, CNN Indonesia -- Hujan turun.')).toMatchObject({ name: 'CNN Indonesia', domain: 'cnnindonesia.com' });
    expect(outletOf('Jakarta (ANTARA) - Hujan turun.')).toMatchObject({ name: 'Antara' });
  });

  it('falls back to hot-linked image hosts', () => {
    expect(outletOf('![](https://statik.tempo.co/data/a.jpg)\nPresiden tiba.')).toMatchObject({ name: 'Tempo', domain: 'tempo.co', evidence: { text: 'statik.tempo.co' } });
  });

  it('prefers front matter', () => {
    expect(outletOf('---\noutlet: Detik\nurl: https://news.detik.com/x\n---\ntirto.id - Isi.')).toMatchObject({ name: 'Detik', domain: 'detik.com' });
  });

  it('says null when nothing names the outlet', () => {
    expect(outletOf('Presiden Rusia tiba di Vladivostok pada hari Kamis.')).toBeNull();
  });
});

describe('metadata stage: credited sources', () => {
  it('finds agencies and outlets after citing phrases', () => {
    expect(sourcesOf('Melansir AP News, Putin tiba.')).toEqual([['AP', 'AP News']]);
    expect(sourcesOf('Dikutip dari aljazeera.com, Kim tiba.')).toEqual([['Al Jazeera', 'aljazeera.com']]);
    expect(sourcesOf('kata Ushakov seperti dikutip Antara dari Reuters, Rabu.')).toEqual([['Antara', 'Antara'], ['Reuters', 'Reuters']]);
    expect(sourcesOf('Ia tiba, menurut seorang reporter Reuters di sana.')).toEqual([['Reuters', 'Reuters']]);
  });

  it('does not take a person quoted with "menurut" for a source', () => {
    expect(sourcesOf('Menurut Putin, pertemuan itu baik.')).toEqual([]);
  });
});
