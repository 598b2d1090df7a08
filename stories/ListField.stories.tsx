import type { Meta, StoryObj } from '@storybook/react-vite';
import { useRef, useState } from 'react';
import { ListField, Picture, TextareaField } from '@wholepicture/react';
import { useIsWelsh, withPage } from './decorators';

interface Need {
  id: string;
  text: string;
}

function Demo({
  initial = [],
  error,
  easyRead = false,
}: {
  initial?: Need[];
  error?: boolean;
  easyRead?: boolean;
}) {
  const welsh = useIsWelsh();
  const [items, setItems] = useState<Need[]>(initial);
  const created = useRef(0);
  return (
    <ListField
      label={welsh ? 'Anghenion' : easyRead ? 'Things I find hard' : 'Needs'}
      itemName={welsh ? 'angen' : 'need'}
      items={items}
      getKey={(item) => item.id}
      headingLevel={2}
      error={error ? (welsh ? 'Ychwanegwch o leiaf un angen' : 'Add at least one need') : undefined}
      picture={easyRead ? <Picture pictureKey="help" alt="" /> : undefined}
      onAdd={() => {
        created.current += 1;
        const id = `new-need-${created.current}`;
        setItems((list) => [...list, { id, text: '' }]);
      }}
      onRemove={(index) => setItems((list) => list.filter((_, i) => i !== index))}
      onMove={(from, to) =>
        setItems((list) => {
          const copy = [...list];
          const [moved] = copy.splice(from, 1);
          if (moved) copy.splice(to, 0, moved);
          return copy;
        })
      }
      renderItem={(item, { index }) => (
        <TextareaField
          label={welsh ? 'Beth sy’n anodd neu ar goll?' : 'What is hard or missing?'}
          value={item.text}
          onChange={(text) =>
            setItems((list) => list.map((entry, i) => (i === index ? { ...entry, text } : entry)))
          }
        />
      )}
    />
  );
}

const filled: Need[] = [
  { id: 'n1', text: 'I get very anxious on buses.' },
  { id: 'n2', text: 'I find letters about money hard to read.' },
];

const meta = {
  title: 'Fields/ListField',
  component: Demo,
  decorators: [withPage({ en: 'Needs', cy: 'Anghenion' })],
} satisfies Meta<typeof Demo>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
export const Filled: Story = { args: { initial: filled } };
export const Error: Story = { args: { error: true } };
export const EasyRead: Story = { args: { easyRead: true, initial: filled } };
export const Welsh: Story = { args: { initial: [{ id: 'n1', text: 'Rwy’n bryderus iawn ar fysiau.' }] } };
