import { isNameInternal } from '../../../src/pipeline/time';
import { article } from './helpers';

const PUB = '2021-06-16';
const flags = (body: string) => {
  const doc = article(body, PUB);
  return doc.timex.map((t) => `${t.text}:${isNameInternal(doc.text, t)}`);
};

describe('isNameInternal', () => {
  it('marks the year of a law title and of a competition edition', () => {
    expect(flags('Aturan itu tertuang dalam Peraturan Menteri Nomor 12 Tahun 2021 yang diteken 3 Juni 2021.')).toEqual(['Tahun 2021:true', '3 Juni 2021:false']);
    expect(flags('Tim itu menjuarai Piala Gubernur 2021 pada Minggu (13/6).')).toEqual(['2021:true', 'Minggu (13/6):false']);
  });

  it('leaves a year that dates the happening', () => {
    expect(flags('Banjir serupa terjadi pada 2013.')).toEqual(['2013:false']);
    expect(flags('Jumlah peserta tahun 2020 meningkat.')).toEqual(['tahun 2020:false']);
  });
});
