/**
 * A long article of ordinary news paragraphs (written for these checks), repeated to about the
 * given length in characters: names, titles, brackets, dates and quotes as news writes them.
 */
const PARAGRAPHS = [
  'MALANG, Warta.com - Wali Kota Malang Budi Santoso meninjau Pasar Besar bersama Dinas Perdagangan (Disdag) Kota Malang pada Selasa (4/6/2019). "Kami ingin pedagang kembali berjualan sebelum Lebaran," kata Budi kepada wartawan.',
  'Kepala Disdag Malang, Rina Wulandari, mengatakan sekitar 1.200 pedagang terdampak kebakaran pekan lalu. Menurut Rina, PT Pasar Jaya Abadi akan membangun los sementara di Jalan Merdeka Timur selama tiga bulan.',
  'Sementara itu, Ketua DPRD Kota Malang Agus Prasetyo meminta Pemerintah Kota Malang memeriksa instalasi listrik di semua pasar. Ia menyebut Badan Penanggulangan Bencana Daerah (BPBD) Jawa Timur sudah mengirim dua truk air bersih ke lokasi.',
  'Pedagang sayur, Sumarni (48 tahun), mengaku kehilangan dagangan senilai Rp 15 juta. "Semua habis terbakar, tinggal baju di badan," ujar Sumarni di tenda pengungsian Kelurahan Sukoharjo, Kecamatan Klojen.',
];

export function longNewsText(chars: number): string {
  const block = PARAGRAPHS.join('\n\n');
  const out: string[] = [];
  let length = 0;
  while (length < chars) {
    out.push(block);
    length += block.length + 2;
  }
  return out.join('\n\n');
}
