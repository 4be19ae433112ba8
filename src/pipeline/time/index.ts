export { tagTimex } from './tag';
export { inferPublished } from './published';
export { refineStoryDates } from './story-dates';
