import { render, screen, waitFor } from '@testing-library/react';
import { picturesLoaded, registerPictureSet, unregisterPictureSet } from '@wholepicture/symbols';
import type { PictureSet } from '@wholepicture/symbols';
import { afterEach, describe, expect, it } from 'vitest';
import { WholePictureProvider } from '../WholePictureProvider/index.js';
import { Picture } from './Picture.js';

afterEach(() => {
  unregisterPictureSet('host-test');
});

describe('before our pictures have loaded', () => {
  // Runs first: our pictures (drawings and alt text) are not loaded yet when it starts, and
  // every check before the first `await` runs before they can arrive.
  it('keeps each picture’s size, hidden until it can be named, then names and draws it', async () => {
    registerPictureSet({
      name: 'host-test',
      pictures: [
        {
          key: 'allotment',
          width: 10,
          height: 10,
          alt: { en: 'Allotment', cy: 'Rhandir' },
          source: { set: 'host', icon: 'allotment', license: 'Proprietary', author: 'Host' },
          elements: [{ type: 'rect', attrs: { width: '10', height: '10', fill: '#040' } }],
        },
      ],
    });
    render(
      <>
        <Picture pictureKey="home" size={48} />
        <Picture pictureKey="home" alt="Sam's flat" />
        <Picture pictureKey="no-such-picture" />
        <Picture pictureKey="allotment" lang="cy" />
      </>,
    );
    expect(picturesLoaded()).toBe(false);
    const [home, flat, unknown, allotment] = [...document.querySelectorAll('svg')];
    if (!home || !flat || !unknown || !allotment) throw new Error('expected four pictures');

    // Ours: an empty frame of the same size, hidden from assistive technology (no stand-in name).
    expect(home.style.inlineSize).toBe('48px');
    expect(home.classList.contains('wp-picture--loading')).toBe(true);
    expect(home.getAttribute('aria-hidden')).toBe('true');
    expect(home.querySelector('title')).toBeNull();
    expect(home.querySelectorAll('path')).toHaveLength(0);
    // With the host's own alt text it is named at once.
    expect(screen.getByRole('img', { name: "Sam's flat" })).toBe(flat);
    expect(flat.classList.contains('wp-picture--loading')).toBe(true);
    // A key nobody knows yet waits too, rather than flashing the placeholder.
    expect(unknown.classList.contains('wp-picture--loading')).toBe(true);
    expect(unknown.getAttribute('aria-hidden')).toBe('true');
    // A host set works at once: drawn and named.
    expect(screen.getByRole('img', { name: 'Rhandir' })).toBe(allotment);
    expect(allotment.querySelector('rect')).not.toBeNull();
    expect(screen.getAllByRole('img')).toHaveLength(2);

    await waitFor(() => expect(home.querySelectorAll('path').length).toBeGreaterThan(0));
    expect(screen.getByRole('img', { name: 'Home' })).toBe(home);
    expect(home.hasAttribute('aria-hidden')).toBe(false);
    expect(home.querySelector('title')?.textContent).toBe('Home');
    expect(home.classList.contains('wp-picture--loading')).toBe(false);
    expect(home.getAttribute('viewBox')).toBe('0 0 32 32');
    expect(screen.getByRole('img', { name: "Sam's flat" }).querySelectorAll('path').length).toBeGreaterThan(
      0,
    );
    expect(screen.getByRole('img', { name: 'Picture' })).toBe(unknown);
    expect(unknown.classList.contains('wp-picture--placeholder')).toBe(true);
  });
});

describe('given a known picture key', () => {
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
