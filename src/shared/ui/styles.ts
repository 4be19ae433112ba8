/// <reference types="vite/client" />
// Mantine styles, one file per component the first view shows; a lazy module imports the styles of
// the components only it uses (the shortcuts dialog: Overlay, ModalBase, Modal, Kbd), so they come
// with it. Keep the order of Mantine's own styles.css: later files override earlier ones
// (UnstyledButton first). The theme's CSS variables (default-css-variables.css, a quarter of these
// bytes) are not here: MantineProvider writes them itself (App.tsx, deduplicateCssVariables off).
import '@mantine/core/styles/baseline.css';
import '@mantine/core/styles/global.css';
import '@mantine/core/styles/UnstyledButton.css';
import '@mantine/core/styles/VisuallyHidden.css';
import '@mantine/core/styles/Paper.css';
import '@mantine/core/styles/ActionIcon.css';
import '@mantine/core/styles/CloseButton.css';
import '@mantine/core/styles/Group.css';
import '@mantine/core/styles/Input.css';
import '@mantine/core/styles/Alert.css';
import '@mantine/core/styles/Text.css';
import '@mantine/core/styles/Badge.css';
import '@mantine/core/styles/Button.css';
import '@mantine/core/styles/Center.css';
import '@mantine/core/styles/Skeleton.css';
import '@mantine/core/styles/Stack.css';
import '@mantine/core/styles/Tabs.css';
import '@mantine/core/styles/Title.css';
import './marks.css';
