import { describe, expect, it } from 'vitest';
import { mentionsOf, storyOf } from './helpers';

const tags = (...articles: string[]) => mentionsOf(storyOf(...articles));

describe('sports names', () => {
  it('types Persi- club names as organisations, with the place that belongs to the name', () => {
    const m = tags('Skuad Persikota Tegal berlatih pagi. Pelatih Persikota memuji para pemain muda.');
    expect(m).toContain('Persikota Tegal/ORG');
    expect(m).toContain('Persikota/ORG');
  });

  it('does not take common Pers- words or listed people for clubs', () => {
    const m = tags('Persidangan itu ditunda sampai pekan depan. Ia tidak tahu persis kapan Robin van Persie pensiun.');
    expect(m.some((x) => x.startsWith('Persidangan'))).toBe(false);
    expect(m.some((x) => x === 'Persie/ORG')).toBe(false);
  });

  it('keeps a club and the player after it apart', () => {
    const m = tags('Kapten Persikota Ramli Sahab mencetak gol. "Kami senang," kata Ramli.');
    expect(m).toContain('Persikota/ORG');
    expect(m).toContain('Ramli Sahab/PER');
    expect(m.some((x) => x.startsWith('Persikota Ramli'))).toBe(false);
  });

  it('reads a name after "tim" or before "(julukan ...)" as a team, but a country there as a place', () => {
    const m = tags('Para pendukung tim Laskar Samudra kecewa. Laskar Samudra (julukan klub itu) kalah lagi. Pelatih timnas Vietnam tiba di Jakarta dari Hanoi, Vietnam.');
    expect(m).toContain('Laskar Samudra/ORG');
    expect(m).toContain('Vietnam/LOC');
    expect(m).not.toContain('Vietnam/ORG');
  });

  it('ends a club named by its tail word at "dan"', () => {
    const m = tags('Pekan lalu Madura United dan Borneo FC bermain imbang di Bangkalan.');
    expect(m).toEqual(expect.arrayContaining(['Madura United/ORG', 'Borneo FC/ORG']));
    expect(m.some((x) => x.includes(' dan'))).toBe(false);
  });
});

describe('titles', () => {
  it('keeps English and two-word titles out of names', () => {
    const m = tags('"Coach Rahmad sudah pulang ke rumah," ujar Media Officer Persikota, Nanang Prianto, kepada wartawan.');
    expect(m).toEqual(expect.arrayContaining(['Rahmad/PER', 'Persikota/ORG', 'Nanang Prianto/PER']));
    expect(m.some((x) => /Coach|Media|Officer/.test(x))).toBe(false);
  });

  it('drops the second word of a two-word title the tagger took for a name', () => {
    const m = tags('Hakim Tunggal Bambang Sutejo menolak permohonan itu pada sidang kemarin.');
    expect(m).toContain('Bambang Sutejo/PER');
    expect(m.some((x) => x.includes('Tunggal'))).toBe(false);
  });

  it('reads the name after a title, its body and a comma as the title holder', () => {
    const m = tags('Kepala Dinas Perhubungan Kota Padang, Heru Saputra, meninjau terminal itu.');
    expect(m).toEqual(expect.arrayContaining(['Dinas Perhubungan Kota Padang/ORG', 'Heru Saputra/PER']));
  });
});

describe('people by their place in the sentence', () => {
  it('takes a bare name after a reporting verb or before "dan kawan-kawan" for a person', () => {
    const m = tags('"Kami akan bangkit," kata Boaz. Boaz dan kawan-kawan berlatih di Jayapura.');
    expect(m).toContain('Boaz/PER');
    expect(m).toContain('Jayapura/LOC');
    expect(m).not.toContain('Boaz/LOC');
  });

  it('types a bare name the story also writes as part of a full name as that person', () => {
    const m = tags('Manajer klub, Darto Wiryono, menolak mundur. "Saya tetap bertahan," ucap Darto. Darto menilai timnya masih kuat.');
    expect(m.filter((x) => x.startsWith('Darto/'))).toEqual(['Darto/PER', 'Darto/PER']);
  });

  it('never tags a place after a birth cue as a person', () => {
    expect(tags('Pelatih kelahiran Purwakarta itu belum hadir.')).toContain('Purwakarta/LOC');
  });
});

describe('government and court names', () => {
  it('reads a unit name with a coordinated list whole when its head licenses it', () => {
    const m = tags('Ia pernah bertugas di Kementerian Pemuda, Olahraga, dan Pariwisata selama lima tahun.');
    expect(m).toContain('Kementerian Pemuda, Olahraga, dan Pariwisata/ORG');
  });

  it('does not join a unit and a titled person across "dan"', () => {
    const m = tags('Ia menemui pejabat Kementerian Keuangan dan Gubernur Bali di Denpasar.');
    expect(m).toContain('Kementerian Keuangan/ORG');
    expect(m.some((x) => x.includes('Gubernur'))).toBe(false);
  });

  it('keeps a bracketed short form followed by the region inside a court name', () => {
    const m = tags('Sidang digelar di Pengadilan Hubungan Industrial (PHI) Surabaya pekan lalu.');
    expect(m).toContain('Pengadilan Hubungan Industrial (PHI) Surabaya/ORG');
  });

  it('types police units and district courts as organisations, and civil servants as nothing', () => {
    const m = tags('Pemeriksaan dilakukan di Polda Riau, lalu berkas dikirim ke PN Pekanbaru. Sebanyak 20 PNS diperiksa.');
    expect(m).toEqual(expect.arrayContaining(['Polda Riau/ORG', 'PN Pekanbaru/ORG']));
    expect(m.some((x) => x.startsWith('PNS'))).toBe(false);
  });

  it('keeps "Kota" when it is part of the city\'s official name, not when it only describes', () => {
    const m = tags('Banjir melanda Kota Medan dan kota Binjai sejak pagi.');
    expect(m).toEqual(expect.arrayContaining(['Kota Medan/LOC', 'Binjai/LOC']));
    expect(m).not.toContain('kota Binjai/LOC');
  });
});

describe('what is not a name', () => {
  it('does not tag capitalised words of a title-case line or names inside hashtags', () => {
    const m = tags('Suparman Memilih Mundur dari Kursi Pelatih\nTagar #SuparmanOut ramai di media sosial, kata Suparman Hadi.');
    expect(m.some((x) => x.startsWith('Mundur'))).toBe(false);
    const story = storyOf('Tagar #SuparmanOut ramai di media sosial, kata Suparman Hadi.');
    const a = story.articles[0]!;
    expect(a.mentions.some((x) => a.text[x.start - 1] === '#')).toBe(false);
  });
});
