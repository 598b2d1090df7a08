import { render, screen, waitFor } from '@testing-library/react';
import { registerPictureSet, unregisterPictureSet } from '@wholepicture/symbols';
import type { PictureSet } from '@wholepicture/symbols';
import { afterEach, describe, expect, it } from 'vitest';
import { WholePictureProvider } from '../WholePictureProvider/index.js';
import { Picture } from './Picture.js';

afterEach(() => {
  unregisterPictureSet('host-test');
});

describe('given a known picture key', () => {
  // Runs first: the drawings are not loaded yet when it starts.
  it('is named at once, keeps its size while the drawings load, then draws the picture', async () => {
    const { container } = render(<Picture pictureKey="home" size={48} />);
    const image = screen.getByRole('img', { name: 'Home' });
    expect(image.tagName.toLowerCase()).toBe('svg');
    expect(image.querySelector('title')?.textContent).toBe('Home');
    expect(image.style.inlineSize).toBe('48px');
    expect(image.classList.contains('wp-picture--loading')).toBe(true);
    expect(container.querySelectorAll('path')).toHaveLength(0);
    await waitFor(() => expect(container.querySelectorAll('path').length).toBeGreaterThan(0));
    expect(image.classList.contains('wp-picture--loading')).toBe(false);
    expect(image.getAttribute('viewBox')).toBe('0 0 32 32');
  });

  it('uses the alt text of the language it is given', () => {
    render(<Picture pictureKey="home" lang="cy" />);
    expect(screen.getByRole('img', { name: 'Cartref' }).getAttribute('lang')).toBe('cy');
  });

  it('follows the language of the WholePictureProvider', async () => {
    render(
      <WholePictureProvider locale="cy">
        <Picture pictureKey="home" />
      </WholePictureProvider>,
    );
    expect(await screen.findByRole('img', { name: 'Cartref' })).toBeTruthy();
  });

  it('prefers the alt text passed to it', () => {
    render(<Picture pictureKey="home" alt="Sam's flat" />);
    expect(screen.getByRole('img', { name: "Sam's flat" })).toBeTruthy();
  });

  it('is hidden from assistive technology when decorative', () => {
    const { container } = render(<Picture pictureKey="home" decorative />);
    expect(screen.queryByRole('img')).toBeNull();
    const svg = container.querySelector('svg');
    expect(svg?.getAttribute('aria-hidden')).toBe('true');
    expect(svg?.querySelector('title')).toBeNull();
  });

  it('is decorative when the alt text is empty', () => {
    const { container } = render(<Picture pictureKey="home" alt="" />);
    expect(container.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
  });

  it('takes its size as pixels or any CSS length', () => {
    const { container } = render(
      <>
        <Picture pictureKey="home" size={48} />
        <Picture pictureKey="home" size="5rem" />
      </>,
    );
    const [first, second] = container.querySelectorAll('svg');
    expect(first?.style.inlineSize).toBe('48px');
    expect(second?.style.blockSize).toBe('5rem');
  });
});

describe('given an unknown picture key', () => {
  it('draws a neutral placeholder instead of failing', () => {
    const { container } = render(<Picture pictureKey="no-such-picture" />);
    const image = screen.getByRole('img', { name: 'Picture' });
    expect(image.classList.contains('wp-picture--placeholder')).toBe(true);
    expect(container.querySelector('rect')).not.toBeNull();
  });

  it('keeps hostile keys and alt text as inert text', () => {
    const hostile = '<img src=x onerror=alert(1)>\u202e';
    const { container } = render(<Picture pictureKey={hostile} alt={hostile} />);
    expect(screen.getByRole('img', { name: hostile })).toBeTruthy();
    expect(container.querySelector('img')).toBeNull();
  });
});

describe('given a picture set registered by the host', () => {
  const set: PictureSet = {
    name: 'host-test',
    license: 'Proprietary',
    pictures: [
      {
        key: 'home',
        width: 10,
        height: 10,
        alt: { en: 'Our house symbol' },
        source: { set: 'host', icon: 'house', license: 'Proprietary', author: 'Host' },
        elements: [
          {
            type: 'g',
            attrs: { fill: '#000' },
            children: [
              { type: 'rect', attrs: { x: '1', y: '1', width: '8', height: '8' } },
              // Data we did not write: unknown attributes and url() paint are dropped.
              {
                type: 'circle',
                attrs: {
                  cx: '5',
                  cy: '5',
                  r: '2',
                  fill: 'url(https://example.com/x.svg#a)',
                  onClick: 'alert(1)',
                } as never,
              },
            ],
          },
        ],
      },
    ],
  };

  it('uses the host picture for that key automatically', () => {
    registerPictureSet(set);
    const { container } = render(<Picture pictureKey="home" />);
    expect(screen.getByRole('img', { name: 'Our house symbol' }).getAttribute('viewBox')).toBe('0 0 10 10');
    expect(container.querySelector('rect')).not.toBeNull();
    const circle = container.querySelector('circle');
    expect(circle?.getAttribute('fill')).toBeNull();
    expect(circle?.getAttribute('onclick')).toBeNull();
  });
});
