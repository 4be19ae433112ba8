import { MantineProvider } from '@mantine/core';
import { QueryClientProvider } from '@tanstack/react-query';
import { NuqsAdapter } from 'nuqs/adapters/react';
import { useState } from 'react';
import '../shared/ui/styles';
import { theme } from '../shared/ui/theme';
import './layout.css';
import { createQueryClient } from './queries';
import { StoryRoute } from './StoryRoute';

interface Props {
  /** Turns off transitions, for tests. */
  testEnv?: boolean;
}

/** Providers and the one route of the app. */
export function App({ testEnv = false }: Props) {
  const [client] = useState(createQueryClient);
  return (
    <MantineProvider theme={theme} defaultColorScheme="auto" env={testEnv ? 'test' : 'default'}>
      <QueryClientProvider client={client}>
        <NuqsAdapter>
          <StoryRoute />
        </NuqsAdapter>
      </QueryClientProvider>
    </MantineProvider>
  );
}
