import type { Meta, StoryObj } from '@storybook/react-vite';
import '@wholepicture/react/styles.css';
import { Picture, WholePictureProvider } from '@wholepicture/react';
import { listPictures, loadPictures, pictureAlt } from '@wholepicture/symbols';

/** Every picture in the set, each with its alt text in the gallery's language. */
function PictureGallery({ locale }: { locale: 'en' | 'cy' }) {
  return (
    <WholePictureProvider locale={locale}>
      <main lang={locale}>
        <h1>{locale === 'cy' ? 'Pob llun' : 'Every picture'}</h1>
        <ul
          style={{
            display: 'grid',
            gridTemplateColumns: 'repeat(auto-fill, minmax(9rem, 1fr))',
            gap: '1rem',
            padding: 0,
            listStyle: 'none',
          }}
        >
          {listPictures().map((picture) => (
            <li key={picture.key} style={{ display: 'grid', justifyItems: 'center', textAlign: 'center' }}>
              <Picture pictureKey={picture.key} lang={locale} size="4rem" />
              <span>{pictureAlt(picture.key, locale)}</span>
              <code style={{ fontSize: '0.8rem', color: '#484949' }}>{picture.key}</code>
            </li>
          ))}
        </ul>
      </main>
    </WholePictureProvider>
  );
}

const meta = {
  title: 'Picture',
  component: PictureGallery,
  args: { locale: 'en' },
  // The drawings load on demand; the gallery lists what is loaded, so load them first.
  loaders: [
    async () => {
      await loadPictures();
      return {};
    },
  ],
} satisfies Meta<typeof PictureGallery>;
export default meta;
type Story = StoryObj<typeof meta>;

/** All pictures with English alt text. */
export const Gallery: Story = {};

/** All pictures with Welsh alt text. */
export const GalleryInWelsh: Story = { args: { locale: 'cy' } };

/** A decorative picture, an explicit alt text and an unknown key (a neutral placeholder). */
export const States: Story = {
  render: () => (
    <main>
      <p style={{ display: 'flex', alignItems: 'center', gap: '1rem' }}>
        <Picture pictureKey="home" decorative /> Home (decorative: the words say it)
      </p>
      <p style={{ display: 'flex', alignItems: 'center', gap: '1rem' }}>
        <Picture pictureKey="home" alt="Sam's flat" /> Alt text given by the host
      </p>
      <p style={{ display: 'flex', alignItems: 'center', gap: '1rem' }}>
        <Picture pictureKey="no-such-picture" /> Unknown key
      </p>
    </main>
  ),
};
