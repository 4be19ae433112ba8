/**
 * A long article whose names do not repeat the way a short one's do: ordinary news paragraphs
 * (written for these checks) filled with people, bodies and places drawn in turn from lists of
 * given names, family names, offices and regions, so the number of distinct names grows with the
 * length, as in a long report or a year's collected coverage (up to the 1,200 pairs of a given and
 * a family name, about 250 KB; then people recur). Deterministic: the n-th paragraph always names
 * the same people.
 */
const GIVEN = ['Budi', 'Rina', 'Agus', 'Sri', 'Dedi', 'Wahyu', 'Indah', 'Yusuf', 'Fitri', 'Hendra', 'Ratna', 'Joko', 'Dewi', 'Bambang', 'Siti', 'Eko', 'Nur', 'Rudi', 'Lestari', 'Hadi', 'Putri', 'Arif', 'Yanti', 'Teguh', 'Maya', 'Irfan', 'Wulan', 'Fajar', 'Ayu', 'Gilang', 'Nanda', 'Rizky', 'Diah', 'Slamet', 'Tri', 'Kurnia', 'Anton', 'Mega', 'Heru', 'Sinta'];
const FAMILY = ['Santoso', 'Wulandari', 'Prasetyo', 'Hidayat', 'Saputra', 'Nugroho', 'Permata', 'Siregar', 'Simanjuntak', 'Wibowo', 'Kusuma', 'Hasibuan', 'Setiawan', 'Lubis', 'Rahman', 'Gunawan', 'Pratama', 'Harahap', 'Susanto', 'Utami', 'Firmansyah', 'Purba', 'Nasution', 'Halim', 'Sembiring', 'Tanjung', 'Kurniawan', 'Hakim', 'Marpaung', 'Sitompul'];
const REGIONS = ['Malang', 'Blitar', 'Kediri', 'Madiun', 'Jember', 'Banyuwangi', 'Pasuruan', 'Probolinggo', 'Lumajang', 'Bondowoso', 'Situbondo', 'Ngawi', 'Magetan', 'Ponorogo', 'Pacitan', 'Trenggalek', 'Tulungagung', 'Nganjuk', 'Jombang', 'Mojokerto', 'Lamongan', 'Tuban', 'Gresik', 'Bangkalan', 'Sampang', 'Pamekasan', 'Sumenep', 'Sidoarjo'];
const OFFICES = [['Dinas Perdagangan', 'Disdag'], ['Dinas Kesehatan', 'Dinkes'], ['Dinas Pendidikan', 'Disdik'], ['Dinas Perhubungan', 'Dishub'], ['Dinas Sosial', 'Dinsos'], ['Badan Pendapatan Daerah', 'Bapenda']] as const;
const MARKETS = ['Pasar Besar', 'Pasar Baru', 'Pasar Induk', 'Pasar Legi', 'Pasar Kliwon', 'Pasar Wage'];

const pick = <T,>(list: readonly T[], n: number): T => list[n % list.length]!;
/** The n-th person: given and family names stepped at different rates, so pairs recur only after many paragraphs. */
const person = (n: number) => `${pick(GIVEN, n)} ${pick(FAMILY, Math.floor(n / GIVEN.length) + n * 7)}`;

function paragraphs(n: number): string[] {
  const a = person(3 * n);
  const b = person(3 * n + 1);
  const c = person(3 * n + 2);
  const region = pick(REGIONS, n * 5 + 1);
  const [office, short] = pick(OFFICES, n);
  const market = pick(MARKETS, n * 3);
  const day = (n % 28) + 1;
  const month = (n % 12) + 1;
  return [
    `${region.toUpperCase()}, Warta.com - Bupati ${region} ${a} meninjau ${market} ${region} bersama ${office} (${short}) Kabupaten ${region} pada Selasa (${day}/${month}/2019). "Kami ingin pedagang kembali berjualan," kata ${a.split(' ')[0]} kepada wartawan.`,
    `Kepala ${short} ${region}, ${b}, mengatakan sekitar ${100 + (n % 900)} pedagang terdampak kebakaran pekan lalu. Menurut ${b.split(' ')[1]}, PT ${pick(FAMILY, n + 3)} Jaya akan membangun los sementara di Jalan ${pick(GIVEN, n + 11)} ${region} selama ${(n % 5) + 2} bulan.`,
    `Pedagang sayur, ${c} (${30 + (n % 40)} tahun), mengaku kehilangan dagangan senilai Rp ${(n % 50) + 5} juta di Kelurahan ${pick(REGIONS, n + 9)} Baru, Kecamatan ${pick(REGIONS, n + 17)} Timur.`,
  ];
}

export function variedNewsText(chars: number): string {
  const out: string[] = [];
  let length = 0;
  for (let n = 0; length < chars; n++) {
    for (const p of paragraphs(n)) {
      out.push(p);
      length += p.length + 2;
    }
  }
  return out.join('\n\n');
}
