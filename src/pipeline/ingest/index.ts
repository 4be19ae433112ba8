// Story assembly shared by the command line and the browser: files in, pipeline input out.
export { assembleStory, roleOf, skippedByName, tooLarge, type AssembledStory, type StoryFile } from './assemble';
export { declaredCharset, extractPage, MIN_ARTICLE_CHARS, type ExtractedPage } from './html';
export { pageMetadata } from './page-meta';
export { refusedStoryId, storyIdOf } from './story-id';
