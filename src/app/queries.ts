import { QueryClient, useQuery } from '@tanstack/react-query';
import { isLocalFile } from '../features/add-articles/localStories';
import { LoadError, loadDigest, loadIndex, loadLocalDigest, loadSlice } from './loadDigest';

/** One client per app; digests are static files, so they never go stale. */
export function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: Infinity,
        refetchOnWindowFocus: false,
        retry: (count, error) => !(error instanceof LoadError) && count < 1,
      },
    },
  });
}

/** The list of stories. */
export function useStoryIndex() {
  return useQuery({ queryKey: ['digest-index'], queryFn: ({ signal }) => loadIndex(signal) });
}

/** One story's digest, once its file is known and it is `wanted`: served with the app, or kept on this device. */
export function useDigest(file: string | null, wanted = true) {
  return useQuery({
    queryKey: ['digest', file],
    queryFn: ({ signal }) => (file && isLocalFile(file) ? loadLocalDigest(file) : loadDigest(file ?? '', signal)),
    enabled: file !== null && wanted,
  });
}

/** A large story's first screen (null when it has none). */
export function useDigestSlice(file: string | null) {
  return useQuery({ queryKey: ['digest-slice', file], queryFn: ({ signal }) => loadSlice(file ?? '', signal), enabled: file !== null, retry: false });
}
