import { Group, Skeleton, Stack } from '@mantine/core';
import { firstView } from './firstViewHandoff';

interface Props {
  /** Announced to screen readers while loading. */
  label: string;
}

/** Placeholder columns while the digest loads. */
export function LoadingView({ label }: Props) {
  // the first view written in at build time stays on screen meanwhile (src/app/firstViewHandoff.ts)
  // (a lead that the boot script has not shown, or not yet, does not count)
  if (firstView()?.hidden === false)
    return (
      <span className="visually-hidden" role="status" data-loading>
        {label}
      </span>
    );
  return (
    <main aria-busy="true" aria-label={label} className="loading-view" data-loading>
      <Skeleton height={48} mb="md" />
      <Group align="flex-start" wrap="nowrap" gap="md">
        {[0, 1, 2].map((i) => (
          <Stack key={i} flex={1} gap="xs">
            <Skeleton height={72} />
            {[0, 1, 2, 3, 4, 5].map((j) => (
              <Skeleton key={j} height={14} width={`${90 - ((i + j) % 3) * 12}%`} />
            ))}
          </Stack>
        ))}
      </Group>
      <span className="visually-hidden" role="status">
        {label}
      </span>
    </main>
  );
}
