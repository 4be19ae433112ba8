import { Chrono, createCasualConfiguration, type Refiner } from 'chrono-node/id';
import { describe, expect, it } from 'vitest';
import modelJson from '../../../data/models/ner-model.json';
import { defaultTagger } from '../../../src/pipeline/entities/default-tagger';
import { createTagger } from '../../../src/pipeline/entities/model';
import type { ModelFile } from '../../../src/pipeline/entities/perceptron';
import { runStory } from '../../../src/pipeline/index';
import { configure, refinerRole } from '../../../src/pipeline/time/engine';

/** What a minifier does to classes: the same objects and methods, constructors renamed to a letter. */
function mangled(refiner: Refiner, k: number): Refiner {
  const copy = Object.assign(Object.create(Object.getPrototypeOf(refiner) as object) as Refiner, refiner);
  const renamed = { [String.fromCharCode(97 + k)]: function () {} }[String.fromCharCode(97 + k)]!;
  Object.defineProperty(copy, 'constructor', { value: renamed });
  return copy;
}

const minifiedConfiguration = () => {
  const config = createCasualConfiguration(true);
  config.refiners = config.refiners.map(mangled);
  return config;
};

/** How the choice was once made, by class name: the thing a minified build breaks. */
const byClassName = (r: Refiner) => (r.constructor.name === 'UnlikelyFormatFilter' ? 'filter' : r.constructor.name.includes('Merge') ? 'merge' : null);

const SAMPLES = [
  'Ia menjabat wali kota sejak 2009 dan terpilih lagi pada 2014.',
  'Tiga hari sebelumnya, Senin (9/12), rombongan tiba di Palu.',
  'Sidang dibuka Kamis (25/4) pukul 10.00 WIB dan ditunda hingga Jumat.',
];
const read = (chrono: Chrono, text: string) =>
  chrono.parse(text, { instant: new Date(Date.UTC(2019, 3, 25, 12)), timezone: 0 }).map((r) => `${r.index}:${r.text}`);

describe('chrono refiners chosen by what they do, not by class name', () => {
  it('finds the merging refiners and the filter of the real configuration, as their names say', () => {
    const refiners = createCasualConfiguration(true).refiners;
    expect(refiners.map(refinerRole)).toEqual(refiners.map(byClassName));
    expect(refiners.map(refinerRole).filter(Boolean)).toEqual(['merge', 'merge', 'merge', 'filter']);
  });

  it('configures a minified copy exactly as the original', () => {
    const original = new Chrono(configure(createCasualConfiguration(true)));
    const minified = new Chrono(configure(minifiedConfiguration()));
    const byName = new Chrono(configure(minifiedConfiguration(), byClassName));
    const all = (c: Chrono) => SAMPLES.map((t) => read(c, t));
    expect(minifiedConfiguration().refiners.map((r) => r.constructor.name).join('')).toBe('abcdefghi');
    expect(all(minified)).toEqual(all(original));
    // the samples do tell the two apart: choosing by name on the minified copy reads them otherwise
    expect(all(byName)).not.toEqual(all(original));
  });
});

describe('the tagger model is passed in, not a module global', () => {
  const text = 'Jakarta - Presiden Joko Widodo meninjau banjir di Kabupaten Bekasi, Jawa Barat, pada Senin (6/1/2020).';
  const story = { id: 's', articles: [{ file: 'a.txt', bytes: new TextEncoder().encode(text) }] };
  const names = (r: ReturnType<typeof runStory>) => r.story!.articles[0]!.mentions.map((m) => `${m.text}/${m.type}`);

  it('gives the same mentions with the default and with a tagger made from the same model file', () => {
    const own = createTagger(modelJson as ModelFile);
    expect(own).not.toBe(defaultTagger());
    expect(names(runStory(story, { tagger: own }))).toEqual(names(runStory(story)));
    expect(names(runStory(story))).toContain('Joko Widodo/PER');
  });

  it('uses the tagger it is given', () => {
    const silent = { tagSentence: () => [] };
    const mentions = names(runStory(story, { tagger: silent }));
    expect(mentions).not.toContain('Joko Widodo/PER');
  });

  it('refuses a model file made for other tags', () => {
    expect(() => createTagger({ ...(modelJson as ModelFile), tags: ['O', 'B-X'] })).toThrow(/not a tagger model/);
  });
});
