import { describe, expect, it } from 'vitest';
import { storyOf } from '../helpers';

/** Each quote as [speaker text, speaker id, verb]. */
function speakers(text: string) {
  return storyOf(text).quotes.map((q) => [q.speaker?.text ?? null, q.speaker?.entityId ?? null, q.verb]);
}

function contents(text: string) {
  const s = storyOf(text);
  return s.quotes.map((q) => s.articles[0]!.text.slice(q.content.start, q.content.end));
}

describe('the subject of a reporting verb, past what stands between', () => {
  it('passes negations and modals, and reports the refusal', () => {
    const text = 'Siti Rahayu belum bisa menjelaskan penyebab retaknya jembatan itu.';
    expect(speakers(text)).toEqual([['Siti Rahayu', 'siti-rahayu', 'menjelaskan']]);
    expect(contents(text)).toEqual(['belum bisa menjelaskan penyebab retaknya jembatan itu']);
  });

  it('passes a time phrase', () => {
    expect(speakers('Siti Rahayu pada Senin mengatakan jembatan itu akan dibuka kembali.')).toEqual([['Siti Rahayu', 'siti-rahayu', 'mengatakan']]);
  });

  it('passes a relative clause set off by commas, whoever it names', () => {
    expect(speakers('Yusuf Hamdani, yang tiba di Surabaya pada Senin, mengatakan timnya siap bertanding.')).toEqual([['Yusuf Hamdani', 'yusuf-hamdani', 'mengatakan']]);
    expect(speakers('Siti Rahayu, yang ditemui Yusuf Hamdani kemarin, mengatakan jalan itu rusak berat.')).toEqual([['Siti Rahayu', 'siti-rahayu', 'mengatakan']]);
  });

  it('passes an age and a role in apposition', () => {
    expect(speakers('Siti Rahayu, 52, warga Kelurahan Ketintang, mengaku rumahnya terendam sejak pagi.')).toEqual([['Siti Rahayu', 'siti-rahayu', 'mengaku']]);
  });

  it('takes the name set off after its title', () => {
    expect(speakers('Pelatih kepala tim itu, Yusuf Hamdani, mengatakan porsi latihan akan ditambah.')).toEqual([['Yusuf Hamdani', 'yusuf-hamdani', 'mengatakan']]);
  });

  it('passes a relative clause without commas that has a verb of its own', () => {
    expect(speakers('Yusuf Hamdani yang menonton laga itu menyebut kedua pemain muda layak dipanggil.')).toEqual([['Yusuf Hamdani', 'yusuf-hamdani', 'menyebut']]);
  });

  it('passes the occasion told between subject and verb', () => {
    expect(speakers('Siti Rahayu dalam jumpa pers di balai kota mengatakan jembatan itu ditutup.')).toEqual([['Siti Rahayu', 'siti-rahayu', 'mengatakan']]);
    expect(speakers('Siti Rahayu kepada wartawan menjelaskan perbaikan butuh dua bulan.')).toEqual([['Siti Rahayu', 'siti-rahayu', 'menjelaskan']]);
  });

  it('does not take the object of a relative clause for the subject', () => {
    // the residents speak, told by their role, not the man they know
    expect(speakers('Warga yang mengenal Yusuf Hamdani mengatakan rumah itu sudah lama kosong.')).toEqual([['Warga', null, 'mengatakan']]);
  });
});

describe('more ways of attributing', () => {
  it('reads reporting verbs of admitting, promising and asking', () => {
    expect(speakers('Siti Rahayu mengakui anggaran perbaikan belum cair.')).toEqual([['Siti Rahayu', 'siti-rahayu', 'mengakui']]);
    expect(speakers('Yusuf Hamdani berjanji timnya akan bermain lebih baik pekan depan.')).toEqual([['Yusuf Hamdani', 'yusuf-hamdani', 'berjanji']]);
  });

  it('reads "mereka" as the body named just before, never as the last person speaking', () => {
    const text = '"Kami kecewa," kata Yusuf Hamdani. Persatuan Pedagang Pasar Turi menolak rencana Dinas Perdagangan Kota Surabaya. Mereka meminta relokasi ditunda.';
    const got = storyOf(text);
    const last = got.quotes[got.quotes.length - 1]!;
    expect(last.speaker?.text).toBe('Mereka');
    expect(last.speaker?.entityId).toBeTruthy();
    expect(last.speaker?.entityId).not.toBe('yusuf-hamdani');
    const orgs = got.articles[0]!.mentions.filter((m) => m.type === 'ORG');
    expect(orgs.length).toBeGreaterThan(1);
    // the subject of the sentence before, not the body it names last
    expect(last.speaker?.entityId).toBe(orgs[0]!.entityId);
  });

  it('points "jawabnya" at the speaker named last', () => {
    const got = speakers('"Jadwal belum ada," kata Yusuf Hamdani. "Tunggu saja," jawabnya.');
    expect(got.map((q) => q[1])).toEqual(['yusuf-hamdani', 'yusuf-hamdani']);
    expect(got[1]![2]).toBe('jawabnya');
  });

  it('reads an attribution set off in mid-sentence, keeping both sides as what was said', () => {
    const text = 'Jadwal latihan, lanjut Yusuf Hamdani, akan ditambah pekan depan.';
    expect(speakers(text)).toEqual([['Yusuf Hamdani', 'yusuf-hamdani', 'lanjut']]);
    expect(contents(text)).toEqual(['Jadwal latihan, lanjut Yusuf Hamdani, akan ditambah pekan depan']);
  });

  it('keeps an attribution at the end of its sentence out of what was said', () => {
    expect(contents('Jadwal latihan akan ditambah pekan depan, kata Yusuf Hamdani.')).toEqual(['Jadwal latihan akan ditambah pekan depan']);
  });

  it('closes a straight opening mark with a curly closing one', () => {
    expect(speakers('"Kami siap bertanding,” kata Yusuf Hamdani.')).toEqual([['Yusuf Hamdani', 'yusuf-hamdani', 'kata']]);
  });

  it('reads reported speech around a quoted term, but never a saying word inside it', () => {
    expect(speakers('Siti Rahayu mengatakan program "jalan mulus" akan dilanjutkan tahun depan.')).toEqual([['Siti Rahayu', 'siti-rahayu', 'mengatakan']]);
    expect(speakers('Warga menamai gerakan itu "Budi Santoso mengatakan tidak" sejak tahun lalu.')).toEqual([]);
  });

  it('takes no speaker for a quoted term from the sentence after it', () => {
    const got = speakers('Siti Rahayu menyebut jalan itu "mulus". Yusuf Hamdani mengatakan porsi latihan akan ditambah.');
    expect(got.map((q) => q[1])).toEqual(['siti-rahayu', 'yusuf-hamdani']);
  });

  it('takes the speaker of a quote from a next sentence that only names it, not from one that says something new', () => {
    expect(speakers('"Stadion siap dipakai." Yusuf Hamdani menambahkan kepada wartawan.').map((q) => q[1])).toEqual(['yusuf-hamdani']);
    const got = speakers('"Stadion siap dipakai." Yusuf Hamdani mengatakan bahwa tiket dijual mulai besok.');
    expect(got).toEqual([['Yusuf Hamdani', 'yusuf-hamdani', 'mengatakan']]);
    expect(contents('"Stadion siap dipakai." Yusuf Hamdani mengatakan bahwa tiket dijual mulai besok.')).toEqual(['tiket dijual mulai besok']);
  });

  it('reads no attribution in the everyday senses of attributing words', () => {
    expect(speakers('Pelakunya, sebut saja Yusuf Hamdani, sudah ditangkap polisi kemarin.')).toEqual([]);
    expect(speakers('Kondisi jalan itu, tambah parah setelah hujan turun semalam.')).toEqual([]);
    expect(speakers('Harga cabai naik lagi, kata para pedagang di pasar.').map((q) => q[0])).toEqual(['para pedagang']);
  });
});
