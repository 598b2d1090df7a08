import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Picture } from './Picture.js';

describe('given server rendering', () => {
  // Runs first: nothing has loaded our pictures yet.
  it('renders a frame of the same size, hidden until named, without drawing or failing', () => {
    const html = renderToString(<Picture pictureKey="home" size={48} />);
    expect(html).toContain('inline-size:48px');
    expect(html).toContain('wp-picture--loading');
    expect(html).toContain('aria-hidden="true"');
    expect(html).not.toContain('<title');
    expect(html).not.toContain('<path');
    expect(renderToString(<Picture pictureKey="home" alt="Sam's flat" />)).toContain(
      'Sam&#x27;s flat</title>',
    );
  });

  it('renders the named picture once the server has imported the pictures subpath', async () => {
    await import('@wholepicture/symbols/pictures');
    const html = renderToString(<Picture pictureKey="home" lang="cy" />);
    expect(html).toContain('role="img"');
    expect(html).toContain('Cartref</title>');
    expect(html).toContain('<path');
    expect(html).not.toContain('wp-picture--loading');
  });
});
