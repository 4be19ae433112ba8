import { article, timexOf } from './helpers';

const PUB = '2022-09-18';

describe('ranges from a relative start to a written day', () => {
  it('gives the written end of "hari ini hingga Selasa (20/9)" its year', () => {
    const doc = article('Antrean diperkirakan berlangsung hari ini hingga Selasa (20/9), kata petugas.', PUB);
    expect(timexOf(doc)).toContain('Selasa (20/9) → 2022-09-20');
    expect(doc.timex.map((t) => t.value).join(' ')).not.toMatch(/^0000|\s0000/);
  });

  it('still reads "kemarin sampai hari ini" as two days', () => {
    const values = article('Hujan turun kemarin sampai hari ini tanpa henti.', PUB).timex.map((t) => t.value);
    expect(values).toEqual(['2022-09-17', '2022-09-18']);
  });
});

describe('parts of the year counted in roman numerals', () => {
  it('keep their numeral before a full stop or a comma', () => {
    const doc = article('Penjualan diperkirakan pulih pada kuartal III. Target semester II, kata dia, tetap.', '2023-05-02');
    expect(timexOf(doc)).toEqual(['kuartal III → 2023-Q3', 'semester II → 2023-H2']);
  });

  it('still leave a capital pair after a month out of the date', () => {
    const doc = article('Pada Maret lalu, PT Sinar Jaya menaikkan harga.', '2023-05-02');
    expect(doc.timex.map((t) => t.text)).toEqual(['Maret lalu']);
  });
});
