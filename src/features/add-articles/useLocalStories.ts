import { useQuery } from '@tanstack/react-query';
import { takeLocalStories } from './localStories';

export const LOCAL_STORIES_KEY = ['local-stories'] as const;

/** The stories kept on this device, for the story list. */
export function useLocalStories() {
  return useQuery({ queryKey: LOCAL_STORIES_KEY, queryFn: takeLocalStories });
}
