import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

/** Which images of other sites the reader has asked for. */
interface RemoteImages {
  /** Every remote image of the story may load. */
  all: boolean;
  /** Addresses the reader loaded one by one. */
  asked: ReadonlySet<string>;
  /** Loads one address. */
  ask: (url: string) => void;
}

const NONE: RemoteImages = { all: false, asked: new Set(), ask: () => {} };
const RemoteImagesContext = createContext<RemoteImages>(NONE);

interface Props {
  /** The reader allowed every remote image of this story. */
  all: boolean;
  children: ReactNode;
}

/** Remembers, for the columns below it, which remote images were asked for (across tab switches). */
export function RemoteImagesProvider({ all, children }: Props) {
  const [asked, setAsked] = useState<ReadonlySet<string>>(() => new Set());
  const ask = useCallback((url: string) => setAsked((prev) => (prev.has(url) ? prev : new Set(prev).add(url))), []);
  const value = useMemo(() => ({ all, asked, ask }), [all, asked, ask]);
  return <RemoteImagesContext.Provider value={value}>{children}</RemoteImagesContext.Provider>;
}

/** Whether the remote image at `url` may load, and how to ask for it. */
export function useRemoteImage(url: string | null): { allowed: boolean; ask: () => void } {
  const { all, asked, ask } = useContext(RemoteImagesContext);
  return {
    allowed: url !== null && (all || asked.has(url)),
    ask: () => {
      if (url) ask(url);
    },
  };
}
