import * as chrono from 'chrono-node/id';
const phrases = ['pekan lalu', 'minggu lalu', 'tahun depan', 'bulan depan', 'tahun ini', 'bulan ini', 'kemarin', 'besok', 'pukul 10.00 WIB', 'pukul 14:30', 'Kamis, 25 April 2019 pukul 10.00 WIB', '25 April', 'pada 25 April lalu', 'Minggu (21/4)', 'dua hari lalu', '3 tahun lalu', 'dalam dua jam', 'tanggal 5 Mei', '10.000 buruh', 'US$500 juta', '2.000 ton', 'nanti malam', 'tadi pagi', 'hari ini', 'Kamis lalu', 'Jumat mendatang', '1 Januari 2020', 'Januari-Maret 2019', 'sejak 2002', 'akhir pekan', '5 Mei 2019 hingga 7 Mei 2019', 'pada 17 Agustus', 'dua pekan lalu', 'Mei'];
const ref = { instant: new Date(Date.UTC(2019, 3, 25, 12)), timezone: 0 };
for (const p of phrases) {
  const rs = chrono.casual.parse(p, ref);
  console.log(JSON.stringify(p), '=>', rs.map((r) => `${JSON.stringify(r.text)}@${r.index} known=${JSON.stringify((r.start as any).knownValues)} y=${r.start.get('year')} m=${r.start.get('month')} d=${r.start.get('day')} h=${r.start.get('hour')} tags=${[...r.tags()]}`).join(' | '));
}
