// Story assembly shared by the command line and the browser: files in, pipeline input out.
// Kept light (no DOM library): saved pages are read inside the pipeline, by the decode stage
// through ./html, so Readability and linkedom load only where the pipeline runs.
export { assembleStory, roleOf, skippedByName, tooLarge, type AssembledStory, type StoryFile } from './assemble';
export { MAX_ARTICLE_BYTES } from './limits';
export { refusedStoryId, storyIdOf } from './story-id';
