import { textStages } from './helpers';

const kindsOf = (text: string) => {
  const doc = textStages(text);
  return doc.boilerplate.map((b) => `${b.kind}: ${doc.text.slice(b.start, b.end)}`);
};

describe('closing promotions of an outlet', () => {
  it('cuts an app promotion whose first sentence names the outlet, its store sentence with it', () => {
    const line = 'Baca berita terkini lainnya di aplikasi Suara.com. Unduh gratis di Google Play dan App Store.';
    expect(kindsOf(`SURABAYA - Harga telur naik di pasar tradisional.\n\n${line}\n`)).toEqual([`promo: ${line}`]);
  });

  it('cuts "Follow <outlet> untuk ..." lines', () => {
    const line = 'Follow kumparan agar tidak ketinggalan kabar terbaru.';
    expect(kindsOf(`SURABAYA - Harga telur naik di pasar tradisional.\n\n${line}\n`)).toEqual([`promo: ${line}`]);
  });

  it('keeps a body sentence that follows an account or a store', () => {
    const body = 'Ikuti saja arahan petugas di lapangan, kata Kapolsek. Warga lalu pulang ke rumah masing-masing.';
    expect(kindsOf(`SURABAYA - Harga telur naik di pasar tradisional.\n\n${body}\n`)).toEqual([]);
    const store = 'Simak penjelasan lengkap petugas tentang harga telur. Pedagang membuka lapak di Google Play.';
    expect(kindsOf(`SURABAYA - Harga telur naik.\n\n${store}\n`)).toEqual([]);
  });
});
