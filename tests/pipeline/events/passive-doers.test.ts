import { storyOf } from '../helpers';
import { doersOf } from '../../../src/pipeline/events/doers';
import type { StoryDoc } from '../../../src/pipeline/types';
import { textOf } from './reading';

const eventOf = (s: StoryDoc, words: string) => s.events.find((e) => e.mentions.some((m) => textOf(s, m).includes(words)));

describe('the doer a passive names after "oleh"', () => {
  it('reads the head noun after "oleh", past words of how many or which part', () => {
    const s = storyOf(
      [
        'tempo.co - Bupati Sleman Kustini Purnomo diminta mundur oleh warganya pada Kamis (8/6/2023).',
        'Rencana pembangunan pasar itu ditolak oleh para pedagang.',
        'Keputusan tersebut juga dikritik oleh beberapa pihak.',
      ].join('\n'),
    );
    const doers = doersOf(s);
    expect([...(doers.get('000#0') ?? [])]).toEqual(['w:warga']);
    expect([...(doers.get('000#1') ?? [])]).toEqual(['w:dagang']);
    expect([...(doers.get('000#2') ?? [])]).toEqual(['w:pihak']);
  });

  it('reads no such doer in an active sentence, nor where a name follows "oleh"', () => {
    const s = storyOf(
      [
        'tempo.co - Warga Sleman meminta Kustini Purnomo mundur pada Kamis (8/6/2023).',
        'Hendra Gunawan ditangkap oleh Polda Sumatera Utara di Medan.',
        'Jembatan itu dibangun warga tanpa bantuan pemerintah.',
        'Gugatan itu ditolak oleh hakim Budi Santoso.',
      ].join('\n'),
    );
    const doers = doersOf(s);
    expect(doers.get('000#1')).toBeUndefined();
    expect(doers.get('000#2')).toBeUndefined();
    expect([...(doers.get('000#3') ?? [])].some((d) => d.startsWith('w:'))).toBe(false);
    expect([...(doers.get('000#0') ?? [])].some((d) => d.startsWith('w:'))).toBe(false);
  });

  // one regent's day: her own word that she stays, and the residents' call that she go
  const day = storyOf(
    [
      'tempo.co - Bupati Sleman Kustini Purnomo menolak mundur dari jabatannya pada Kamis (8/6/2023).',
      'Kustini Purnomo justru diminta mundur oleh warganya setelah banjir merendam pasar.',
    ].join('\n'),
    [
      'kompas.com - Kustini Purnomo menolak mundur dari kursi bupati Sleman, Kamis (8/6/2023).',
      'Sebelumnya Kustini Purnomo didesak mundur oleh warga Sleman karena banjir di pasar.',
    ].join('\n'),
  );

  it('keeps a happening another doer does apart from the one the named person does, however alike the words', () => {
    const stays = eventOf(day, 'menolak mundur dari jabatannya');
    const asked = eventOf(day, 'diminta mundur oleh warganya');
    expect(stays).toBeDefined();
    expect(asked).not.toBe(stays);
    // the regent's own word is still one event told by both outlets
    expect(eventOf(day, 'menolak mundur dari kursi')).toBe(stays);
  });

  it('lets a sentence pointing back at a person tell another doer\'s happening', () => {
    const s = storyOf(
      [
        'tempo.co - Kustini Purnomo menolak mundur dari jabatan bupati pada Kamis (8/6/2023).',
        'Namun, sosok tersebut justru diminta mundur oleh keluarganya karena tekanan warga.',
      ].join('\n'),
      'kompas.com - Warga Sleman berunjuk rasa di depan pendopo kabupaten pada Kamis (8/6/2023).\nKustini Purnomo juga diminta mundur oleh keluarganya karena tekanan warga.',
    );
    const stays = eventOf(s, 'menolak mundur');
    expect(stays?.mentions.some((m) => textOf(s, m).includes('keluarganya'))).toBe(false);
    // it tells what the other outlet tells
    expect(eventOf(s, 'sosok tersebut')).toBe(eventOf(s, 'karena tekanan warga'));
  });

  it('still lets a pointing sentence go on telling the happening of its own doer', () => {
    const s = storyOf(
      [
        'tempo.co - Kustini Purnomo menolak mundur dari jabatan bupati pada Kamis (8/6/2023).',
        'Keputusan tersebut disampaikan Kustini Purnomo di pendopo kabupaten.',
      ].join('\n'),
    );
    const stays = eventOf(s, 'menolak mundur');
    expect(stays?.mentions.some((m) => textOf(s, m).includes('pendopo'))).toBe(true);
  });
});
