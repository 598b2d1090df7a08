import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Picture } from './Picture.js';

describe('given server rendering before the drawings are loaded', () => {
  it('renders a named frame of the same size without drawing or failing', () => {
    const html = renderToString(<Picture pictureKey="home" size={48} />);
    expect(html).toContain('<title');
    expect(html).toContain('Home</title>');
    expect(html).toContain('inline-size:48px');
    expect(html).toContain('wp-picture--loading');
    expect(html).not.toContain('<path');
  });
});
