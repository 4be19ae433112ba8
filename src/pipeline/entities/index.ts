import type { ArticleStage, StoryStage } from '../types';
import { linkStory } from './link';
import { defaultTagger } from './default-tagger';
import type { Tagger } from './model';
import { recognize } from './recognize';

/** Tags PER/ORG/LOC mentions in every sentence with the given tagger (a worker may load its own model). */
export const recognizeEntitiesWith = (tagger: Tagger): ArticleStage => ({ name: 'entities', run: (doc) => recognize(doc, tagger) });

/** Tags PER/ORG/LOC mentions in every sentence with the model shipped in data/models. */
export const recognizeEntities: ArticleStage = { name: 'entities', run: (doc) => recognize(doc, defaultTagger()) };

/** Gives mentions of one real-world entity one id across the story, and lists the entities. */
export const linkEntities: StoryStage = { name: 'entity-linking', run: linkStory };
