import { MantineProvider } from '@mantine/core';
import { QueryClientProvider } from '@tanstack/react-query';
import { NuqsAdapter } from 'nuqs/adapters/react';
import { useEffect, useState } from 'react';
import '../shared/ui/styles';
import { theme } from '../shared/ui/theme';
import './layout.css';
import { onLateInvalid } from './loadDigest';
import { createQueryClient } from './queries';
import { StoryRoute } from './StoryRoute';

interface Props {
  /** Turns off transitions, for tests. */
  testEnv?: boolean;
}

/** Providers and the one route of the app. */
export function App({ testEnv = false }: Props) {
  const [client] = useState(createQueryClient);
  // a digest shown before its idle validation failed: its queries load again, and now fail
  useEffect(() => onLateInvalid((file) => void client.resetQueries({ predicate: (q) => q.queryKey.includes(file) || (file === 'index.json' && q.queryKey[0] === 'digest-index') })), [client]);
  return (
    // every theme variable comes from this provider's <style>, so the stylesheet need not carry
    // Mantine's default-css-variables.css (see src/shared/ui/styles.ts)
    <MantineProvider theme={theme} defaultColorScheme="auto" deduplicateCssVariables={false} env={testEnv ? 'test' : 'default'}>
      <QueryClientProvider client={client}>
        <NuqsAdapter>
          <StoryRoute />
        </NuqsAdapter>
      </QueryClientProvider>
    </MantineProvider>
  );
}
