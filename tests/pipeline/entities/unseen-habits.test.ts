import { describe, expect, it } from 'vitest';
import { storyOf } from '../helpers';

const firstOf = (text: string): string[] => storyOf(text).articles[0]!.mentions.map((m) => `${m.text}/${m.type}`);

describe('ranks, degrees and titles beside names', () => {
  it('ends a police unit before the rank of the officer who heads it', () => {
    const m = firstOf('Kasatreskrim Polres Garut AKP Joko Santoso memimpin olah tempat kejadian. Kanit Polsek Cibatu Iptu Rudi Hartono ikut hadir.');
    expect(m).toContain('Polres Garut/ORG');
    expect(m).toContain('Joko Santoso/PER');
    expect(m).toContain('Rudi Hartono/PER');
    expect(m.join(' ')).not.toMatch(/AKP|Iptu/);
  });

  it('keeps "Pol" after a general\'s rank out of the name', () => {
    const m = firstOf('Kapolda Sumatera Utara Irjen Pol Hendro Wicaksono meninjau lokasi banjir.');
    expect(m).toContain('Hendro Wicaksono/PER');
    expect(m).not.toContain('Pol Hendro Wicaksono/PER');
  });

  it('leaves a unit whose name holds no title whole', () => {
    expect(firstOf('Laporan diterima Polres Garut pada pagi hari.')).toContain('Polres Garut/ORG');
  });

  it('takes no name from the later pieces of a specialist degree', () => {
    const m = firstOf('Dokter spesialis anak, dr. Wulan Sari, Sp.A, dan dr. Teguh Prakoso, Sp.PD, memeriksa pasien.');
    expect(m).toContain('Wulan Sari/PER');
    expect(m).toContain('Teguh Prakoso/PER');
    expect(m.join(' ')).not.toMatch(/(?:^|\s)(?:PD|A)\//);
  });
});

describe('hospitals', () => {
  it('are organisations, with the namesake doctor inside the name', () => {
    const m = firstOf('Korban dirawat di RSUD dr. Soetarjo Purwokerto, lalu dirujuk ke RSUP Harapan Kita dan RS Mitra Sehat, Bekasi.');
    expect(m).toContain('RSUD dr. Soetarjo Purwokerto/ORG');
    expect(m).toContain('RSUP Harapan Kita/ORG');
    expect(m).toContain('RS Mitra Sehat/ORG');
    expect(m).toContain('Bekasi/LOC');
    expect(m).not.toContain('Soetarjo Purwokerto/PER');
  });

  it('does not pull a doctor who follows a hospital into its name', () => {
    const m = firstOf('Direktur RSUD Cibinong dr. Agus Wibowo mengatakan ruang isolasi penuh.');
    expect(m).toContain('RSUD Cibinong/ORG');
    expect(m).toContain('Agus Wibowo/PER');
  });
});

describe('companies and figures', () => {
  it('keeps a state company\'s bracketed legal form inside its name', () => {
    const m = firstOf('Direktur PT Pupuk Nusantara (Persero) Tbk, Yusuf Harahap, hadir di rapat itu.');
    expect(m).toContain('PT Pupuk Nusantara (Persero) Tbk/ORG');
    expect(m).not.toContain('Persero/ORG');
    expect(firstOf('Pupuk disalurkan PT Pupuk Nusantara (Persero) ke gudang desa.')).toContain('PT Pupuk Nusantara (Persero)/ORG');
  });

  it('leaves a decimal figure after a name out of it', () => {
    const m = firstOf('Angka itu masih dalam sasaran Bank Indonesia 2,5-4,5 persen tahun ini.');
    expect(m).toContain('Bank Indonesia/ORG');
    expect(m.some((x) => /\d/.test(x))).toBe(false);
  });

  it('keeps a whole number that is part of a name', () => {
    expect(firstOf('Rapat digelar bersama Komisi III DPR di Senayan.')).toContain('Komisi III DPR/ORG');
  });
});

describe('bare ages after names', () => {
  it('make the name before them a person, in brackets or between commas', () => {
    const m = firstOf('Polisi memeriksa sopir bus, Warsito, 47, asal Klaten. Korban meninggal adalah Ngatini (61) dan Agus Riyanto (38).');
    expect(m).toContain('Warsito/PER');
    expect(m).toContain('Ngatini/PER');
    expect(m).toContain('Agus Riyanto/PER');
  });

  it('do not come from an article number or a score', () => {
    const m = firstOf('Ia dijerat Pasal 27 (3) undang-undang itu, sementara tim Persik menang 2-1.');
    expect(m.some((x) => x.startsWith('Pasal'))).toBe(false);
  });

  it('are not needed to leave a place a place', () => {
    expect(firstOf('Rombongan itu berangkat dari Semarang, lalu ke Solo.')).toContain('Semarang/LOC');
  });
});

describe('a role word before a company', () => {
  it('is left out of the company\'s name', () => {
    const m = firstOf('Ekonom PT Bank Sentosa Raya Tbk (BSR) Yohanes Purba menilai daya beli terjaga. Menurut Kepala Ekonom PT Bank Tani (Persero) Tbk, Sari Wulandari, harga turun.');
    expect(m).toContain('PT Bank Sentosa Raya Tbk/ORG');
    expect(m).toContain('PT Bank Tani (Persero) Tbk/ORG');
    expect(m.some((x) => x.startsWith('Ekonom'))).toBe(false);
  });

  it('does not cut a name that ends in its own kind word', () => {
    expect(firstOf('Ia pernah mengajar di Northern Lakes State University selama dua tahun.')).toContain('Northern Lakes State University/ORG');
  });
});
