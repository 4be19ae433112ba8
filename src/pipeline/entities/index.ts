import type { ArticleStage, StoryStage } from '../types';
import { linkStory } from './link';
import { recognize } from './recognize';

/** Tags PER/ORG/LOC mentions in every sentence. */
export const recognizeEntities: ArticleStage = { name: 'entities', run: recognize };

/** Gives mentions of one real-world entity one id across the story, and lists the entities. */
export const linkEntities: StoryStage = { name: 'entity-linking', run: linkStory };
