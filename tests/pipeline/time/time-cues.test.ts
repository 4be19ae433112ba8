import { readFileSync } from 'node:fs';
import { createCasualConfiguration, type Parser } from 'chrono-node/id';
import { describe, expect, it } from 'vitest';
import { mayHoldTime, timeCues } from '../../../src/pipeline/time/cues';
import { configure, parseTimes } from '../../../src/pipeline/time/engine';
import { dayParts, months, units, weekdays, words } from '../../../src/pipeline/time/lexicon';

/** The sentences of the tagger's corpus (news text of many topics), one a line. */
function corpusSentences(): string[] {
  const out: string[] = [];
  for (const split of ['train', 'dev']) {
    const lines = readFileSync(`data/ner/${split}.txt`, 'utf8').split('\n');
    let words: string[] = [];
    for (const line of lines) {
      if (!line.trim()) {
        if (words.length) out.push(words.join(' '));
        words = [];
      } else words.push(line.split(' ')[0]!);
    }
    if (words.length) out.push(words.join(' '));
  }
  return out;
}

const REF = { year: 2019, month: 4, day: 25 };

describe('time cues: text without one holds no time', () => {
  it('covers every word the time rules key on', () => {
    const keyed = [
      ...Object.keys(months),
      ...Object.keys(weekdays),
      ...Object.keys(dayParts),
      ...Object.keys(units),
      ...Object.values(units).map((u) => u.single),
      ...words.presentRef,
      ...words.pastRef,
      ...words.futureRef,
      ...words.narrativeMoments,
      ...Object.keys(words.narrativeDays).filter((k) => k !== 'about'),
      ...Object.keys(words.deicticDays).filter((k) => k !== 'about'),
    ];
    expect(keyed.filter((w) => !mayHoldTime(w))).toEqual([]);
  });

  it('covers chrono\'s own Indonesian words: casual days and times, short month names', () => {
    const chronoWords = ['sekarang', 'saat ini', 'hari ini', 'kemarin lusa', 'besok lusa', 'lusa', 'nanti malam', 'tadi malam', 'semalam',
      'tengah malam', 'tengah hari', 'pagi', 'siang', 'sore', 'petang', 'pekan depan', 'tahun yang lalu', "jum'at", 'Peb.', 'Agt', 'Nop', 'Sept'];
    expect(chronoWords.filter((w) => !mayHoldTime(w))).toEqual([]);
  });

  it('lets through a digit or a cue anywhere in a word, in any case', () => {
    expect(mayHoldTime('Rapat digelar sehari penuh')).toBe(true);
    expect(mayHoldTime('JUMAT')).toBe(true);
    expect(mayHoldTime('nomor 7')).toBe(true);
    expect(mayHoldTime('Polisi menangkap pelaku di rumahnya')).toBe(false);
    expect(mayHoldTime('Ketua partai itu menolak berkomentar')).toBe(false);
  });

  it('finds no reading in any cue-less sentence of a news corpus, and every reading holds a cue', () => {
    const sentences = corpusSentences();
    let skipped = 0;
    const readingsWithoutCue: string[] = [];
    const readInSkipped: string[] = [];
    for (const s of sentences) {
      const results = parseTimes(s, REF);
      if (!mayHoldTime(s)) {
        skipped++;
        if (results.length) readInSkipped.push(s);
      }
      for (const r of results) if (!mayHoldTime(r.text)) readingsWithoutCue.push(r.text);
    }
    expect(sentences.length).toBeGreaterThan(1500);
    // the filter must skip a real share of news sentences to be worth anything
    expect(skipped).toBeGreaterThan(sentences.length / 10);
    expect(readInSkipped).toEqual([]);
    expect(readingsWithoutCue).toEqual([]);
  }, 60_000);

  it('no pattern of any parser (chrono\'s and the project\'s) matches a cue-less sentence', () => {
    const parsers = configure(createCasualConfiguration(true)).parsers as Parser[];
    const cueless = corpusSentences().filter((s) => !mayHoldTime(s));
    const context = { option: {}, text: '' } as unknown as Parameters<Parser['pattern']>[0];
    const matching: string[] = [];
    for (const parser of parsers) {
      const pattern = parser.pattern(context);
      for (const s of cueless) if (new RegExp(pattern.source, pattern.flags.replace('g', '')).test(s)) matching.push(`${pattern.source.slice(0, 40)}: ${s}`);
    }
    expect(parsers.length).toBeGreaterThan(25);
    expect(matching).toEqual([]);
  }, 60_000);

  it('lists its cues in lower case, each once', () => {
    expect(timeCues.every((c) => c === c.toLowerCase())).toBe(true);
    expect(new Set(timeCues).size).toBe(timeCues.length);
  });
});
