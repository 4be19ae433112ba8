// Both catalogues at once, for the build's first-view page and for tests; the app itself loads only
// the reader's language (see ./index.ts).
export { en, type Catalogue, type MessageKey } from './en';
export { id } from './id';
