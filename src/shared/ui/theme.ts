import { createTheme } from '@mantine/core';

/** Darker primary shades keep links and buttons above 4.5:1 contrast in both schemes. */
export const theme = createTheme({
  primaryColor: 'indigo',
  primaryShade: { light: 8, dark: 4 },
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif',
  defaultRadius: 'sm',
  focusRing: 'always',
});
