import { storyOf } from '../helpers';
import { toldAsPast } from '../../../src/pipeline/events/words';
import { textOf, eventsWith } from './reading';


/** Whether the only sentence of a one-line article is told as done. */
const past = (sentence: string) => {
  const doc = storyOf(sentence).articles[0]!;
  return toldAsPast(doc, doc.sentences[0]!);
};

describe('the tense of cited words', () => {
  it('after a colon is the cited text\'s, not the sentence\'s', () => {
    expect(past('Aturan itu berbunyi: izin usaha yang sudah habis masa berlakunya wajib diperpanjang.')).toBe(false);
    expect(past('Bunyi kesepakatan itu: kedua pihak telah sepakat berdamai.')).toBe(false);
  });

  it('before the colon still tells the sentence as done', () => {
    expect(past('Warga telah menerima dua hal: beras dan minyak goreng.')).toBe(true);
  });
});

describe('a sentence that goes on explaining a comment', () => {
  // a condition ("bila") is commentary; the sentences that explain the rule behind it are too
  const A = [
    'Semarang, kabarsatu.id - Hakim Rudi Hartono membuka sidang gugatan warga Tambakrejo pada Rabu (8/3/2023).',
    'Gugatan itu bisa ditolak bila para penggugat tidak hadir dua kali berturut-turut.',
    'Ketentuan itu mengacu pada pasal 124 Herzien Inlandsch Reglement.',
    'Pasal tersebut mengatur bahwa perkara yang penggugatnya sudah dua kali absen dinyatakan gugur.',
  ].join('\n');

  it('makes no timeline event of its own', () => {
    const s = storyOf(A);
    expect(eventsWith(s, 'Ketentuan itu mengacu')).toHaveLength(0);
    expect(eventsWith(s, 'Pasal tersebut mengatur')).toHaveLength(0);
    expect(eventsWith(s, 'membuka sidang')).toHaveLength(1);
  });

  it('still tells a happening when it points back at one', () => {
    const B = [
      'Semarang, kabarsatu.id - Hakim Rudi Hartono membuka sidang gugatan warga Tambakrejo pada Rabu (8/3/2023).',
      'Sidang itu dihadiri sekitar lima puluh warga dan kuasa hukum mereka.',
    ].join('\n');
    const s = storyOf(B);
    const opening = eventsWith(s, 'membuka sidang');
    expect(opening).toHaveLength(1);
    expect(opening[0]!.mentions.some((m) => textOf(s, m).includes('dihadiri sekitar'))).toBe(true);
  });

  it('tells a happening when it moves on ("Sementara itu")', () => {
    const C = A.replace('Ketentuan itu mengacu pada pasal 124 Herzien Inlandsch Reglement.', 'Sementara itu, warga Tambakrejo menggelar doa bersama di depan gedung pengadilan.');
    expect(eventsWith(storyOf(C), 'menggelar doa bersama')).toHaveLength(1);
  });

  it('tells a happening when its pointer names what a happening before it named', () => {
    // "Gugatan tersebut" points at the suit filed in the lead, not at the condition before it
    const C = A.replace('Ketentuan itu mengacu pada pasal 124 Herzien Inlandsch Reglement.', 'Gugatan tersebut diajukan empat puluh warga yang rumahnya tergusur.');
    const D = C.replace('membuka sidang gugatan warga', 'membuka sidang gugatan yang diajukan warga');
    expect(eventsWith(storyOf(D), 'diajukan empat puluh warga')).toHaveLength(1);
  });

  it('tells a happening when it gives a day of its own', () => {
    const C = A.replace('Ketentuan itu mengacu pada pasal 124 Herzien Inlandsch Reglement.', 'Ketentuan itu pernah diuji di Mahkamah Agung pada 2019.');
    const s = storyOf(C);
    const review = eventsWith(s, 'pernah diuji');
    expect(review).toHaveLength(1);
    expect(review[0]!.date).toBe('2019');
  });
});
