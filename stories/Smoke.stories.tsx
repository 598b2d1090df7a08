import type { Meta, StoryObj } from '@storybook/react-vite';

function Smoke() {
  return (
    <main>
      <label htmlFor="smoke-name">Preferred name</label>
      <input id="smoke-name" />
    </main>
  );
}

const meta = { title: 'Smoke', component: Smoke } satisfies Meta<typeof Smoke>;
export default meta;
export const Default: StoryObj<typeof meta> = {};
