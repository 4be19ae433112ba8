import { Kbd, Modal } from '@mantine/core';
// the dialog's styles come with it, in the order of Mantine's styles.css (see src/shared/ui/styles.ts)
import '@mantine/core/styles/Overlay.css';
import '@mantine/core/styles/ModalBase.css';
import '@mantine/core/styles/Kbd.css';
import '@mantine/core/styles/Modal.css';
import { useI18n, type MessageKey } from '../shared/i18n';

/** The keys listed in the help dialog, with what they do. */
export const SHORTCUTS: [string, MessageKey][] = [
  ['/', 'shortcutSearch'],
  ['j', 'shortcutNext'],
  ['k', 'shortcutPrev'],
  [']', 'shortcutNextEvent'],
  ['[', 'shortcutPrevEvent'],
  ['Enter', 'shortcutSentence'],
  ['i', 'shortcutImages'],
  ['t', 'shortcutTheme'],
  ['l', 'shortcutLanguage'],
  ['Esc', 'shortcutClear'],
  ['?', 'shortcutHelp'],
];

interface Props {
  /** Whether the dialog is open. */
  opened: boolean;
  /** Closes it. */
  onClose: () => void;
}

/** The "?" dialog. */
export function ShortcutsDialog({ opened, onClose }: Props) {
  const { t } = useI18n();
  return (
    <Modal opened={opened} onClose={onClose} title={t('shortcuts')} closeButtonProps={{ 'aria-label': t('closeDialog') }}>
      <dl className="shortcut-list">
        {SHORTCUTS.map(([key, label]) => (
          <div key={key}>
            <dt>
              <Kbd>{key}</Kbd>
            </dt>
            <dd>{t(label)}</dd>
          </div>
        ))}
      </dl>
    </Modal>
  );
}
