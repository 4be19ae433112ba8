// Keeping, deleting and exporting local stories: loaded with the views that offer them (the story
// list, "Add articles"), not with the reader.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { readLocalDigest, localFileOf, type LocalEntry } from './localStories';
import { deleteLocalStory, saveLocalStory } from './localStoryWrites';
import { LOCAL_STORIES_KEY } from './useLocalStories';
import type { Digest } from '../../shared/digest/schema';

/** Keeps a digest on this device; the list is read again. */
export function useSaveLocalStory() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ text, digest, reserved }: { text: string; digest: Pick<Digest, 'story' | 'articles' | 'events'>; reserved: readonly string[] }) => saveLocalStory(text, digest, reserved),
    onSuccess: () => client.invalidateQueries({ queryKey: LOCAL_STORIES_KEY }),
  });
}

/** Deletes a local story and forgets its loaded digest. */
export function useDeleteLocalStory() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => deleteLocalStory(id),
    onSuccess: (_, id) => {
      client.removeQueries({ queryKey: ['digest', localFileOf(id)] });
      return client.invalidateQueries({ queryKey: LOCAL_STORIES_KEY });
    },
  });
}

/** Downloads a local story as a digest file, named after the story. */
export async function exportLocalStory(entry: LocalEntry): Promise<void> {
  const text = await readLocalDigest(entry.id);
  if (text === null) return;
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `${entry.id.replace(/^local-/, '')}.json`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
