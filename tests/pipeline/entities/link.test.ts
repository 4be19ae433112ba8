import { describe, expect, it } from 'vitest';
import { expandAlias } from '../../../src/pipeline/entities/link';
import { fold, slug } from '../../../src/pipeline/entities/names';
import { idsByText, storyOf } from './helpers';

const one = (ids: Map<string, Set<string>>, ...texts: string[]) => new Set(texts.flatMap((t) => [...(ids.get(t) ?? ['missing:' + t])])).size === 1;

describe('linkEntities', () => {
  it('folds case, hyphens and spaces, and makes slug ids', () => {
    expect(fold('Kim Jong-un')).toBe(fold('Kim Jong Un'));
    expect(fold('aljazeera.com')).toBe(fold('Al Jazeera'));
    expect(slug('Kim Jong-un')).toBe('kim-jong-un');
  });

  it('expands Indonesian abbreviations from the alias table', () => {
    expect(fold(expandAlias('AS'))).toBe(fold('Amerika Serikat'));
    expect(fold(expandAlias('Kemlu Korsel'))).toBe(fold('Kementerian Luar Negeri Korea Selatan'));
    expect(fold(expandAlias('Cina'))).toBe(fold('China'));
    expect(expandAlias('Amerika Serikat')).toBe('Amerika Serikat');
    expect(expandAlias('Kim Jong Un')).toBe('Kim Jong Un');
  });

  const story = storyOf(
    'Pemimpin Korea Utara Kim Jong-un tiba di Vladivostok. Kim disambut Presiden Rusia Vladimir Putin. Putin mengatakan AS harus memberi jaminan.',
    'Presiden Rusia Vladimir Putin bertemu Kim Jong Un. Kim Il Sung, kakek Kim Jong Un, dulu didukung Uni Soviet. Ajudan Kim, Kim Chang Son, sudah tiba. Juru bicara Kemlu Korsel Kim In-chul berbicara di Seoul. Kim Jong Il pernah ke Moskow. Kim menyebut Amerika Serikat dan Cina.',
    'Kementerian Luar Negeri Korea Selatan menyambut KTT itu. Dikutip dari Aljazeera, Kim berbicara dengan Putin. Laporan Al Jazeera menyebut China dan Korsel mendukung. Korea Selatan juga hadir.',
  );
  const ids = idsByText(story);

  it('merges full names, surnames and spelling variants of one person', () => {
    expect(one(ids, 'Kim Jong-un', 'Kim Jong Un', 'Kim')).toBe(true);
    expect(one(ids, 'Vladimir Putin', 'Putin')).toBe(true);
  });

  it('keeps different people who share a family name apart', () => {
    const people = ['Kim Jong Un', 'Kim Il Sung', 'Kim Chang Son', 'Kim In-chul', 'Kim Jong Il'].map((t) => [...(ids.get(t) ?? [])][0]);
    expect(people.every(Boolean)).toBe(true);
    expect(new Set(people).size).toBe(5);
  });

  it('links abbreviations and spelling variants of places and organisations', () => {
    expect(one(ids, 'AS', 'Amerika Serikat')).toBe(true);
    expect(one(ids, 'Cina', 'China')).toBe(true);
    expect(one(ids, 'Aljazeera', 'Al Jazeera')).toBe(true);
    expect(one(ids, 'Kemlu Korsel', 'Kementerian Luar Negeri Korea Selatan')).toBe(true);
    expect(one(ids, 'Korsel', 'Korea Selatan')).toBe(true);
  });

  it('lists entities with the fullest name, aliases, counts and stable ids', () => {
    const kim = story.entities.find((e) => e.id === 'kim-jong-un');
    expect(kim).toBeDefined();
    expect(kim!.type).toBe('PER');
    expect(kim!.aliases).toEqual(expect.arrayContaining(['Kim']));
    const us = story.entities.find((e) => e.aliases.includes('AS'));
    expect(us?.name).toBe('Amerika Serikat');
    const mentions = story.articles.flatMap((a) => a.mentions);
    expect(story.entities.reduce((n, e) => n + e.mentionCount, 0)).toBe(mentions.length);
    expect(mentions.every((m) => story.entities.some((e) => e.id === m.entityId))).toBe(true);
    expect(new Set(story.entities.map((e) => e.id)).size).toBe(story.entities.length);
  });

  it('gives the same result on the same input', () => {
    const again = storyOf(...story.articles.map((a) => a.text));
    expect(again.entities).toEqual(story.entities);
  });

  it('leaves a bare family name unlinked when no one bearer clearly leads', () => {
    const s = storyOf('Lee Hsien Loong bertemu Lee Jae Myung di Singapura. Lee kemudian pulang.');
    const lee = [...(idsByText(s).get('Lee') ?? [])];
    expect(lee).toHaveLength(1);
    expect(['lee-hsien-loong', 'lee-jae-myung']).not.toContain(lee[0]);
  });
});

describe('linking shortened and written-out forms', () => {
  it('links a name to its bracketed short form', () => {
    const ids = idsByText(storyOf('Bupati itu, Ahmad Wahyudi (Yudi), ditahan jaksa.', 'Kuasa hukum Yudi membantah tuduhan itu.'));
    expect(one(ids, 'Ahmad Wahyudi', 'Yudi')).toBe(true);
  });

  it('links a unit written without its parent body to the full name', () => {
    const ids = idsByText(storyOf('Direktorat Jenderal Pajak Kementerian Keuangan memeriksa laporan itu.', 'Menurut Ditjen Pajak, laporan itu belum lengkap.'));
    expect(one(ids, 'Direktorat Jenderal Pajak Kementerian Keuangan', 'Ditjen Pajak')).toBe(true);
  });

  it('links a court name with and without its bracketed short form and region', () => {
    const ids = idsByText(storyOf('Ia divonis di Pengadilan Tindak Pidana Korupsi (Tipikor) Bandung.', 'Sidang di Pengadilan Tipikor Bandung berlangsung singkat. Pengadilan Tipikor menolak eksepsi.'));
    expect(one(ids, 'Pengadilan Tindak Pidana Korupsi (Tipikor) Bandung', 'Pengadilan Tipikor Bandung', 'Pengadilan Tipikor')).toBe(true);
  });

  it('links a province with and without "Provinsi", but keeps the city apart', () => {
    const ids = idsByText(storyOf('Banjir melanda Provinsi Bengkulu. Ribuan warga di Bengkulu mengungsi.', 'Hujan juga turun di Kota Bengkulu dan di Provinsi Bengkulu.'));
    expect(one(ids, 'Provinsi Bengkulu', 'Bengkulu')).toBe(true);
    expect(one(ids, 'Kota Bengkulu', 'Provinsi Bengkulu')).toBe(false);
  });

  it('links a shorter form and a blended nickname of a person to the full name', () => {
    const ids = idsByText(storyOf('Gubernur Hendra Wijaya Kusuma meresmikan jembatan itu. Hendra Wijaya lalu pulang.', '"Jembatan ini untuk warga," kata Hewi, sapaan akrab Hendra Wijaya Kusuma.'));
    expect(one(ids, 'Hendra Wijaya Kusuma', 'Hendra Wijaya', 'Hewi')).toBe(true);
  });

  it('links one-letter spelling variants of a long name', () => {
    const ids = idsByText(storyOf('Juru bicara klub, Irwan Setiadiredja, memberi keterangan.', 'Menurut Irwan Setiadireja, pelatih masih di kota itu.'));
    expect(one(ids, 'Irwan Setiadiredja', 'Irwan Setiadireja')).toBe(true);
  });
});

describe('linking across spellings and short forms', () => {
  const story = storyOf(
    'Pasar murah dibuka pada Senin, kata Soepardi Wiryo, kepala desa setempat. Menurut Soepardi, warga terbantu. Kementerian Pekerjaan Umum dan Perumahan Rakyat memperbaiki jalan desa.',
    'Stok beras cukup, ujar Supardi Wiryo di balai desa. Menurut Supardi, harga turun. Pejabat Kementerian PUPR, Rudy Hartanto, meninjau jalan. Perbaikan selesai bulan depan, kata Rudi.',
  );
  const ids = idsByText(story);

  it('gives old and new spellings of one person one id', () => {
    expect(one(ids, 'Soepardi Wiryo', 'Supardi Wiryo', 'Soepardi', 'Supardi')).toBe(true);
    expect(one(ids, 'Rudy Hartanto', 'Rudi')).toBe(true);
  });

  it('links a head word with an acronym to the full name of the body', () => {
    expect(one(ids, 'Kementerian Pekerjaan Umum dan Perumahan Rakyat', 'Kementerian PUPR')).toBe(true);
    expect(one(ids, 'Kementerian PUPR', 'Supardi Wiryo')).toBe(false);
  });
});
