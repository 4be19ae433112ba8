import type { StoryDoc } from '../../../src/pipeline/types';
import { sentenceFeatures } from '../../../src/pipeline/passages/features';
import { agentNoun, happeningKey, namesHappening, qualifiesPlace } from '../../../src/pipeline/passages/predicates';
import { storyOf } from '../helpers';
import { isStatement } from '../../../src/pipeline/passages/match';
import { matchOptions } from '../../../src/pipeline/passages/index';
import { featuresOf, overlapOf, sentenceWith } from './sentences';

const happeningsOf = (story: StoryDoc, needle: string) => featuresOf(story, needle).happenings;

describe('the happening a sentence reports', () => {
  it('reads verbs and nouns of a doing as happenings, not agents, roles or saying verbs', () => {
    expect(namesHappening('ditangkap', 'tangkap')).toBe(true);
    expect(namesHappening('penangkapan', 'tangkap')).toBe(true);
    expect(namesHappening('kekalahan', 'kalah')).toBe(true);
    expect(namesHappening('mundur', 'mundur')).toBe(true);
    // who, not what: an agent noun and a role
    expect(namesHappening('penyidik', 'sidik')).toBe(false);
    expect(namesHappening('tersangka', 'sangka')).toBe(false);
    // saying, wishing and light verbs frame another happening
    expect(namesHappening('mengatakan', 'kata')).toBe(false);
    expect(namesHappening('menyatakan', 'nyata')).toBe(false);
    expect(namesHappening('ingin', 'ingin')).toBe(false);
    expect(namesHappening('melakukan', 'laku')).toBe(false);
    // a plain noun
    expect(namesHappening('gudang', 'gudang')).toBe(false);
  });

  it('keeps apart two happenings of the same people on the same day', () => {
    const story = storyOf(
      'Polisi Resor Garut menangkap dua pemuda pencuri sapi di Desa Sukamaju, Rabu (3/7/2024).',
      'Dua pemuda pencuri sapi di Desa Sukamaju dibebaskan Polisi Resor Garut pada Rabu (3/7/2024).',
      'Dua pemuda pencuri sapi ditangkap Polisi Resor Garut di Desa Sukamaju pada Rabu (3/7/2024) pagi.',
    );
    expect(overlapOf(story, 'menangkap dua', 'dibebaskan').happeningsDiffer).toBe(true);
    // the same verb in another voice, or its noun, is the same happening
    expect(overlapOf(story, 'menangkap dua', 'ditangkap').happeningsDiffer).toBe(false);
  });

  it('takes the role after "sebagai" or "menjadi" as the happening, not the verb before it', () => {
    const story = storyOf(
      'Ratna Dewi terpilih sebagai bupati perempuan pertama di Kabupaten Lembata.',
      'Ratna Dewi menjadi wanita pertama yang menjabat sebagai bupati di Kabupaten Lembata.',
      'Kunjungan Ratna Dewi ke Kupang sebagai bupati diisi dengan peresmian pasar.',
    );
    const elected = happeningsOf(story, 'terpilih');
    expect(elected.some((h) => h.endsWith(':bupati'))).toBe(true);
    expect(elected).not.toContain('w:pilih');
    expect(overlapOf(story, 'terpilih', 'menjabat').happeningsDiffer).toBe(false);
    // after a noun, "sebagai" says only in what role: the opening is the happening
    expect(happeningsOf(story, 'Kunjungan').some((h) => h.endsWith(':bupati'))).toBe(false);
  });

  it('keeps the verb when "sebagai" follows one that is not of appointing ("mundur sebagai pelatih")', () => {
    const story = storyOf('Hartono mundur sebagai pelatih tim voli putri Jember.');
    const quit = happeningsOf(story, 'mundur sebagai');
    expect(quit).toContain('w:mundur');
    expect(quit.some((h) => h.endsWith(':latih'))).toBe(false);
  });

  it('reads a title as a word of its own, not an affixed form', () => {
    const story = storyOf('Direktur Utama PT Kereta Api Indonesia Budi Santoso meresmikan stasiun baru di Cirebon.');
    const all = sentenceFeatures(story);
    const f = all[sentenceWith(story, all, 'Direktur')]!.features;
    expect(f.some((x) => x.endsWith(':direktur'))).toBe(true);
    expect(f.some((x) => x.endsWith(':rektur'))).toBe(false);
  });

  it('counts the two sides of one transaction as one happening', () => {
    expect(happeningKey('w:terima')).toBe(happeningKey('w:setor'));
    expect(happeningKey('w:jual')).toBe(happeningKey('w:beli'));
    expect(happeningKey('w:tangkap')).not.toBe(happeningKey('w:bebas'));
    const story = storyOf(
      'Bendahara koperasi menyetor Rp 300 juta kepada pengurus yayasan di Sleman.',
      'Pengurus yayasan di Sleman menerima Rp 300 juta dari bendahara koperasi.',
    );
    expect(overlapOf(story, 'menyetor', 'menerima').happeningsDiffer).toBe(false);
  });
});

describe('set phrases outlets use for one another', () => {
  const featuresOf = (story: StoryDoc, needle: string) => {
    const all = sentenceFeatures(story);
    return all[sentenceWith(story, all, needle)]!.features;
  };

  it('reads "meletakkan jabatan", "mengundurkan diri" and "mundur dari jabatan" as one resignation', () => {
    const story = storyOf(
      'Kepala Dinas Pendidikan Blitar Sutrisno meletakkan jabatannya pada Jumat (5/4/2024).',
      'Kepala Dinas Pendidikan Blitar Sutrisno mundur dari jabatannya, Jumat (5/4/2024).',
      'Sutrisno mengundurkan diri setelah diperiksa inspektorat. Rapat dinas tetap berjalan.',
    );
    const laid = featuresOf(story, 'meletakkan');
    expect(laid).toContain('w:mundur');
    expect(laid).toContain('w:jabat');
    expect(laid).not.toContain('w:letak');
    expect(happeningsOf(story, 'meletakkan')).toContain('w:mundur');
    expect(featuresOf(story, 'mengundurkan diri')).toContain('w:mundur');
    expect(featuresOf(story, 'mengundurkan diri')).not.toContain('w:diri');
    const shared = overlapOf(story, 'meletakkan', 'mundur dari');
    expect(shared.happeningsDiffer).toBe(false);
    expect(shared.saidCount).toBeGreaterThanOrEqual(2);
  });

  it('takes a phrase only when its words stand together in one clause', () => {
    const story = storyOf('Petugas meletakkan barang bukti di meja, jabatan kepala regu diisi orang baru.');
    const f = featuresOf(story, 'meletakkan barang');
    expect(f).toContain('w:letak');
    expect(f).not.toContain('w:mundur');
  });

  it('passes a denial to what the phrase means', () => {
    const story = storyOf('Bupati Lembata tidak mengundurkan diri dari partainya.');
    expect(featuresOf(story, 'tidak mengundurkan')).toContain('w:!mundur');
  });
});

describe('what frames a statement is not the statement', () => {
  it('reads confirming and announcing verbs as framing another happening', () => {
    expect(namesHappening('dipastikan', 'pasti')).toBe(false);
    expect(namesHappening('mengumumkan', 'umum')).toBe(false);
    expect(namesHappening('membantah', 'bantah')).toBe(false);
    const story = storyOf(
      'Kepala Desa Sukamaju Darto belum dipastikan mundur dari jabatannya.',
      'Warga belum bisa memastikan apakah Kepala Desa Sukamaju Darto akan menghadiri musyawarah desa.',
    );
    expect(overlapOf(story, 'belum dipastikan', 'memastikan apakah').happeningsDiffer).toBe(true);
  });

  it('leaves out the attribution of a quote but keeps its speaker', () => {
    const story = storyOf(
      '"Stok beras di gudang aman sampai Lebaran," ujar Kepala Bulog Kediri Sumarno kepada wartawan, Senin (1/4/2024).',
      '"Harga cabai di pasar induk masih tinggi," ujar Kepala Bulog Kediri Sumarno kepada wartawan, Senin (1/4/2024).',
    );
    const all = sentenceFeatures(story);
    const rice = all[sentenceWith(story, all, 'Stok beras')]!.features;
    expect(rice).toContain('w:beras');
    expect(rice.some((f) => f.startsWith('e:'))).toBe(true);
    // to whom and when it was said are not what was said
    expect(rice).not.toContain('w:wartawan');
    expect(rice.some((f) => f.startsWith('t:'))).toBe(false);
    expect(story.sharedPassages).toHaveLength(0);
  });
});

describe('short sentences that say the same', () => {
  it('pairs two short sentences whose shared words are most of what they say, without a name', () => {
    const story = storyOf(
      'Desakan untuk berhenti juga datang dari istrinya. Pabrik itu membuka lowongan bagi lulusan SMK di Karawang.',
      'Ia justru diminta berhenti oleh istrinya. Harga gabah di tingkat petani turun pekan ini.',
    );
    const o = overlapOf(story, 'Desakan untuk', 'diminta berhenti');
    expect(o.anchored).toBe(false);
    expect(o.saidCount).toBe(2);
    expect(story.sharedPassages).toHaveLength(1);
  });

  it('does not pair two long sentences on two shared words alone', () => {
    const story = storyOf(
      'Desakan untuk berhenti dari jabatan ketua koperasi juga datang dari istrinya, yang khawatir akan kesehatan suaminya setelah dirawat dua pekan.',
      'Istrinya sendiri sudah lama berjualan kue di pasar pagi dan tidak pernah berhenti meski hujan deras mengguyur kampung nelayan itu.',
    );
    expect(story.sharedPassages).toHaveLength(0);
  });
});

describe('titles that name who and titles that say what', () => {
  const featuresOf = (story: StoryDoc, needle: string) => {
    const all = sentenceFeatures(story);
    return all[sentenceWith(story, all, needle)]!.features;
  };

  it('reads a title before a name, or after one, as who', () => {
    const story = storyOf(
      'Kepala Dinas Perhubungan Budi Santoso meninjau terminal Cicaheum. Budi Santoso, kepala dinas itu, lalu rapat.',
    );
    expect(featuresOf(story, 'Kepala Dinas Perhubungan')).toContain('h:kepala');
  });

  it('reads a title that leads to no name as what the sentence says', () => {
    const story = storyOf('Dua pegawai dinas ditetapkan sebagai tersangka pada Senin (8/1/2024) malam.');
    const f = featuresOf(story, 'ditetapkan sebagai');
    expect(f).toContain('w:tersangka');
    expect(f).not.toContain('h:tersangka');
  });
});

describe('what a denial reaches', () => {
  const featuresOf = (story: StoryDoc, needle: string) => {
    const all = sentenceFeatures(story);
    return all[sentenceWith(story, all, needle)]!.features;
  };

  it('denies the object right after a denied verb, not a word after a preposition', () => {
    const story = storyOf('Kiper itu tidak hadir latihan pagi ini. Pelatih tidak datang ke lapangan.', 'Kiper itu memimpin latihan pagi ini.');
    const f = featuresOf(story, 'tidak hadir latihan');
    expect(f).toContain('w:!hadir');
    expect(f).toContain('w:!latih');
    expect(featuresOf(story, 'tidak datang')).not.toContain('w:!lapang');
    expect(overlapOf(story, 'tidak hadir latihan', 'memimpin latihan').contradicts).toBe(true);
  });

  it('lets a denied verb of knowing take the denial with it', () => {
    const story = storyOf('Bupati mengaku tidak mengetahui adanya setoran dana kepada panitia lelang.');
    const f = featuresOf(story, 'tidak mengetahui');
    expect(f.some((x) => x.startsWith('w:!'))).toBe(false);
  });
});

describe('the seat of an office', () => {
  it('reads "kursi kepelatihan", "kursi ketua" as the post ("jabatan")', () => {
    const story = storyOf(
      'Kabar hengkangnya Rudi Hartono dari kursi kepelatihan Persikabo makin santer.',
      'Rudi Hartono dikabarkan mundur dari jabatannya di Persikabo.',
      'Panitia menata kursi tamu di aula kecamatan.',
    );
    const all = sentenceFeatures(story);
    const seat = all[sentenceWith(story, all, 'kursi kepelatihan')]!.features;
    expect(seat).toContain('w:jabat');
    expect(seat).not.toContain('w:kursi');
    // a chair is a chair
    expect(all[sentenceWith(story, all, 'kursi tamu')]!.features).toContain('w:kursi');
    expect(overlapOf(story, 'kursi kepelatihan', 'mundur dari jabatannya').saidCount).toBeGreaterThanOrEqual(2);
  });
});

describe('agent nouns', () => {
  it('reads pe(N)- without -an as who does, apart from the doing of its root', () => {
    expect(agentNoun('penyidik', 'sidik')).toBe('penyidik');
    expect(agentNoun('pengungsinya', 'ungsi')).toBe('pengungsi');
    // the noun of the doing, a root that only looks prefixed, a verb
    expect(agentNoun('penyidikan', 'sidik')).toBeUndefined();
    expect(agentNoun('pesan', 'pesan')).toBeUndefined();
    expect(agentNoun('menyidik', 'sidik')).toBeUndefined();
  });

  it('reads ber- on such a noun as having it, in the sense of the noun (berpendapat: pendapat, not dapat)', () => {
    expect(agentNoun('berpendapat', 'dapat')).toBe('pendapat');
    expect(agentNoun('berpenduduk', 'duduk')).toBe('penduduk');
    // ber- on a verb root, or on a root that only opens like pe-
    expect(agentNoun('bermain', 'main')).toBeUndefined();
    expect(agentNoun('berperan', 'peran')).toBeUndefined();
    expect(agentNoun('berpengalaman', 'alam')).toBeUndefined();
  });

  it('keeps an investigator apart from an investigation: two sentences share no root through them', () => {
    const story = storyOf(
      'Tim penyidik masih berada di Kota Bogor untuk menemui saksi.',
      'Penyidikan kasus suap itu kini masuk tahap baru.',
    );
    const investigator = featuresOf(story, 'Tim penyidik').features;
    const investigation = featuresOf(story, 'Penyidikan kasus').features;
    expect(investigator).toContain('w:penyidik');
    expect(investigation).toContain('w:sidik');
    expect(investigator).not.toContain('w:sidik');
  });
});

describe('a noun of doing after a place', () => {
  it('names where, not a happening: "lokasi pengungsian" is no fleeing', () => {
    expect(qualifiesPlace('pengungsian', 'lokasi')).toBe(true);
    expect(qualifiesPlace('penampungan', 'tempat')).toBe(true);
    // the noun of doing on its own, or after a word that is no place
    expect(qualifiesPlace('pengungsian', undefined)).toBe(false);
    expect(qualifiesPlace('pengungsian', 'proses')).toBe(false);
    // a place noun before a plain noun
    expect(qualifiesPlace('banjir', 'lokasi')).toBe(false);
  });

  it('keeps a visit to a shelter apart from a count of those who fled on the same day', () => {
    const story = storyOf(
      'Wali Kota Madiun Budi Santoso pada Selasa (5/3/2024) meninjau dua lokasi pengungsian korban longsor di Kecamatan Wungu.',
      'Hingga Selasa (5/3/2024) sore tercatat 1.430 rumah rusak dan 860 warga mengungsi.',
    );
    const visit = featuresOf(story, 'meninjau dua');
    expect(visit.happenings).not.toContain('w:ungsi');
    expect(visit.background).toContain('w:ungsi');
    // only the day is said in common: the shelter tells where
    const o = overlapOf(story, 'meninjau dua', '860 warga');
    expect(o.saidCount).toBe(1);
    expect(isStatement(o, matchOptions)).toBe(false);
  });
});
