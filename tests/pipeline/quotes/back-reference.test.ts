import { storyOf } from '../helpers';

const speakerOf = (texts: string[], words: string) => {
  const s = storyOf(texts.join('\n'));
  const doc = s.articles[0]!;
  const q = s.quotes.find((x) => doc.text.slice(x.content.start, x.content.end).includes(words));
  return q ? (s.entities.find((e) => e.id === q.speaker?.entityId)?.name ?? q.speaker?.text ?? null) : undefined;
};

describe('"ujarnya" with no one quoted before', () => {
  it('is the person the sentence before is about, not the last person it names', () => {
    const texts = [
      'Semarang, kabarjateng.id - Hakim tunggal Pengadilan Negeri Semarang, Andi Wijaya, menolak gugatan yang diajukan Budi Santoso, Kamis (7/3/2024).',
      '“Gugatan pemohon tidak dapat diterima,” ujarnya.',
    ];
    expect(speakerOf(texts, 'tidak dapat diterima')).toBe('Andi Wijaya');
  });

  it('is the last person its own sentence names before it, when there is one', () => {
    const texts = [
      'Semarang, kabarjateng.id - Hakim Andi Wijaya membuka sidang gugatan itu, Kamis (7/3/2024).',
      'Kuasa hukum tergugat, Rina Marlina, menilai gugatan itu salah alamat karena “tidak ada kerugian yang nyata,” ujarnya.',
    ];
    expect(speakerOf(texts, 'tidak ada kerugian')).toBe('Rina Marlina');
  });
});
