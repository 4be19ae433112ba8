import { Alert, Button } from '@mantine/core';
import { Component, type ReactNode } from 'react';

interface Props {
  /** Heading shown when the panel fails. */
  title: string;
  /** Label of the button that tries again. */
  retryLabel: string;
  /** The panel. */
  children: ReactNode;
}

/** Keeps one failing panel from blanking the page; offers to render it again. */
export class PanelBoundary extends Component<Props, { error: Error | null }> {
  state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  render() {
    if (!this.state.error) return this.props.children;
    return (
      <Alert color="red" title={this.props.title} role="alert" data-panel-error>
        <p>{this.state.error.message}</p>
        <Button size="xs" variant="light" onClick={() => this.setState({ error: null })}>
          {this.props.retryLabel}
        </Button>
      </Alert>
    );
  }
}
