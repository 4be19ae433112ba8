// Story assembly shared by the command line and the browser: files in, pipeline input out.
export { assembleStory, roleOf, skippedByName, tooLarge, type AssembledStory, type StoryFile } from './assemble';
export { refusedStoryId, storyIdOf } from './story-id';
