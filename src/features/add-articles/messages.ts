import { useI18n, type Lang } from '../../shared/i18n';

// The view's own words, in both languages of the app (the compiler checks both have every key).
const en = {
  addArticlesIntro: 'Compare your own articles. They are analysed in this browser and kept on this device; nothing is sent anywhere.',
  storyTitle: 'Story title (optional)',
  pasteHeading: 'Paste an article',
  pasteText: 'Article text',
  pasteOutlet: 'Outlet (optional)',
  pasteTitle: 'Article title (optional)',
  addPasted: 'Add this article',
  filesHeading: 'Files',
  chooseFiles: 'Choose files',
  dropHint: 'Drop .txt, .md or .html files here, or choose them.',
  noFiles: 'No article yet.',
  remove: 'Remove {name}',
  analyse: 'Analyse',
  cancel: 'Cancel',
  cancelled: 'Analysis cancelled.',
  analysing: 'Analysing',
  progressArticle: 'Analysing {file} ({done} of {total} steps)',
  progressStory: 'Comparing the articles ({done} of {total} steps)',
  failed: 'The analysis failed: {message}',
  noDigest: 'No story could be built from these files.',
  storyMessages: 'About the story',
  analysed: 'The story is ready and kept on this device.',
  openStory: 'Open the story',
  importHeading: 'Import a digest file',
  importHint: 'A story exported from this app (a .json digest file).',
  importFile: 'Choose a digest file',
  importCorrupt: '{name} is not a digest file: it is not valid JSON.',
  importVersion: '{name} was made by another version of the app and cannot be read: {detail}',
  importInvalid: '{name} is not a valid digest file: {detail}',
  saveFailed: 'The story could not be kept on this device: {message}',
  allStories: 'All stories',
};

type Key = keyof typeof en;

const id: Record<Key, string> = {
  addArticlesIntro: 'Bandingkan artikel Anda sendiri. Artikel dianalisis di peramban ini dan disimpan di perangkat ini; tidak ada yang dikirim ke mana pun.',
  storyTitle: 'Judul berita (opsional)',
  pasteHeading: 'Tempel artikel',
  pasteText: 'Teks artikel',
  pasteOutlet: 'Media (opsional)',
  pasteTitle: 'Judul artikel (opsional)',
  addPasted: 'Tambahkan artikel ini',
  filesHeading: 'Berkas',
  chooseFiles: 'Pilih berkas',
  dropHint: 'Letakkan berkas .txt, .md, atau .html di sini, atau pilih.',
  noFiles: 'Belum ada artikel.',
  remove: 'Hapus {name}',
  analyse: 'Analisis',
  cancel: 'Batal',
  cancelled: 'Analisis dibatalkan.',
  analysing: 'Menganalisis',
  progressArticle: 'Menganalisis {file} ({done} dari {total} langkah)',
  progressStory: 'Membandingkan artikel ({done} dari {total} langkah)',
  failed: 'Analisis gagal: {message}',
  noDigest: 'Tidak ada berita yang dapat dibuat dari berkas ini.',
  storyMessages: 'Tentang berita',
  analysed: 'Berita siap dan disimpan di perangkat ini.',
  openStory: 'Buka berita',
  importHeading: 'Impor berkas digest',
  importHint: 'Berita yang diekspor dari aplikasi ini (berkas digest .json).',
  importFile: 'Pilih berkas digest',
  importCorrupt: '{name} bukan berkas digest: isinya bukan JSON yang sah.',
  importVersion: '{name} dibuat oleh versi lain aplikasi ini dan tidak dapat dibaca: {detail}',
  importInvalid: '{name} bukan berkas digest yang sah: {detail}',
  saveFailed: 'Berita tidak dapat disimpan di perangkat ini: {message}',
  allStories: 'Semua berita',
};

const catalogues: Record<Lang, Record<Key, string>> = { en, id };

export type AddText = (key: Key, vars?: Record<string, string | number>) => string;

/** The view's words in the reader's language. */
export function useAddText(): AddText {
  const { lang } = useI18n();
  return (key, vars) => catalogues[lang][key].replace(/\{(\w+)\}/g, (m, name: string) => (vars && name in vars ? String(vars[name]) : m));
}
