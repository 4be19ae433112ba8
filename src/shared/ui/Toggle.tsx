import { useId, type ReactNode } from 'react';
import './toggle.css';

interface Props {
  /** On or off. */
  checked: boolean;
  /** The reader switches it. */
  onChange: (checked: boolean) => void;
  /** What it switches. */
  label: ReactNode;
  disabled?: boolean;
  /** Id of a hint describing it. */
  describedBy?: string;
  /** Smaller, for toolbars. */
  small?: boolean;
}

/**
 * An on/off switch: a plain checkbox with the switch role and a drawn track. Mantine's Switch
 * brought a dozen components and their styles to the first view for three of these.
 */
export function Toggle({ checked, onChange, label, disabled, describedBy, small }: Props) {
  const id = useId();
  return (
    <div className="toggle" data-small={small || undefined} data-disabled={disabled || undefined}>
      <span className="toggle-box">
        <input type="checkbox" role="switch" id={id} className="toggle-input" checked={checked} disabled={disabled} aria-describedby={describedBy} onChange={(e) => onChange(e.currentTarget.checked)} />
        <span className="toggle-track" aria-hidden="true" />
      </span>
      <label htmlFor={id} className="toggle-label">
        {label}
      </label>
    </div>
  );
}
