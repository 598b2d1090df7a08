import type { Preview } from '@storybook/react-vite';
import '@wholepicture/react/styles.css';

const preview: Preview = {
  parameters: {
    // Every axe violation fails the story's test in `pnpm test`.
    a11y: { test: 'error' },
    controls: { expanded: true },
  },
};
export default preview;
