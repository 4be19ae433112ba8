import type { CSSProperties, ReactNode } from 'react';
import './shell.css';

interface ShellProps {
  /** The fixed top bar's height in px. */
  header: { height: number };
  /**
   * The side panel: its width in px from Mantine's `sm` breakpoint (48em) up; below it the panel
   * covers the page and slides out of view while `collapsed.mobile`; above it, `collapsed.desktop`
   * takes it away and gives its width to the main area.
   */
  navbar: { width: number; breakpoint: 'sm'; collapsed: { mobile: boolean; desktop?: boolean } };
  /** Padding of the main area, in px. */
  padding?: number;
  children: ReactNode;
}

interface PartProps {
  children?: ReactNode;
  className?: string;
  'aria-label'?: string;
  id?: string;
  hidden?: boolean;
  /** Mantine spacing of the part's padding. */
  p?: 'xs' | 'sm' | 'md';
}

/**
 * The page frame of the reader: a fixed header, a side panel and the main area, laid out by
 * shell.css alone. Mantine's AppShell does the same with a run-time <style> per breakpoint and its
 * scroll-lock helpers, code the first view would otherwise have to download.
 */
export function AppShell({ header, navbar, padding = 0, children }: ShellProps) {
  const style = { '--shell-header-height': `${header.height}px`, '--shell-navbar-width': `${navbar.width}px`, '--shell-padding': `${padding}px` } as CSSProperties;
  return (
    <div className="shell" style={style} data-mobile-collapsed={navbar.collapsed.mobile || undefined}
      data-desktop-collapsed={navbar.collapsed.desktop || undefined}
    >
      {children}
    </div>
  );
}

const pad = (p: PartProps['p']) => (p ? ({ padding: `var(--mantine-spacing-${p})` } as CSSProperties) : undefined);
const classes = (base: string, extra?: string) => (extra ? `${base} ${extra}` : base);

AppShell.Header = function ShellHeader({ children, className, p, ...rest }: PartProps) {
  return (
    <header className={classes('shell-header', className)} style={pad(p)} {...rest}>
      {children}
    </header>
  );
};

AppShell.Navbar = function ShellNavbar({ children, className, p, ...rest }: PartProps) {
  return (
    <nav className={classes('shell-navbar', className)} style={pad(p)} {...rest}>
      {children}
    </nav>
  );
};

AppShell.Main = function ShellMain({ children, className, p, ...rest }: PartProps) {
  return (
    <main className={classes('shell-main', className)} style={pad(p)} {...rest}>
      {children}
    </main>
  );
};
