import { render, screen, within } from '@testing-library/react';
import type { EasyReadDocument } from '@wholepicture/core';
import { loadPictures } from '@wholepicture/symbols';
import { beforeAll, describe, expect, it } from 'vitest';
import { EasyReadView } from './EasyReadView.js';

// Our pictures (drawings and alt text) load on demand; these tests read their names.
beforeAll(() => loadPictures());

function sampleDocument(overrides: Partial<EasyReadDocument> = {}): EasyReadDocument {
  return {
    locale: 'en',
    title: "Sam's support plan",
    personName: 'Sam',
    subtitle: 'My plan. Made on 3 March 2026.',
    sections: [
      {
        id: 'aboutMe',
        heading: 'About me',
        picture: 'me',
        rows: [
          { picture: 'home', sentences: ['I live in a flat.', 'I like it there.'] },
          { picture: 'happy', sentences: ['I love my dog Biscuit.'], ownWords: true },
        ],
      },
      {
        id: 'outcomes',
        heading: 'What I want to achieve',
        picture: 'goal',
        rows: [
          {
            picture: 'bus',
            sentences: ['I want to take the bus to college on my own.'],
            scale: [{ label: 'We agreed together', now: 4, goal: 8 }],
          },
        ],
      },
    ],
    contacts: [
      { name: 'Jo Bloggs', role: 'My support worker', phone: '01234 567 890', when: 'Monday to Friday' },
      { name: 'No phone', role: 'Neighbour' },
    ],
    contactsHeading: 'Who to call',
    reviewSentence: 'We will check my plan on 1 June 2027.',
    glossary: [{ word: 'Advocate', meaning: 'Someone who helps you say what you want.' }],
    glossaryHeading: 'Hard words',
    labels: {
      pageOf: 'Page {{page}} of {{total}}',
      ownWords: 'In my own words',
      scaleNow: 'Where I am now',
      scaleGoal: 'Where I want to be',
      phone: 'Phone',
    },
    ...overrides,
  };
}

describe('given an easy-read document', () => {
  it('is an article in the document language named by its title', () => {
    render(<EasyReadView document={sampleDocument({ locale: 'cy' })} />);
    const article = screen.getByRole('article', { name: "Sam's support plan" });
    expect(article.getAttribute('lang')).toBe('cy');
    expect(article.classList.contains('wp-easy-read')).toBe(true);
  });

  it('has one heading per section, in order, below the title', () => {
    render(<EasyReadView document={sampleDocument()} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe("Sam's support plan");
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'About me',
      'What I want to achieve',
      'Who to call',
      'Hard words',
    ]);
  });

  it('starts its section headings at the level it is given', () => {
    render(<EasyReadView document={sampleDocument()} headingLevel={3} />);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe("Sam's support plan");
    expect(screen.getAllByRole('heading', { level: 3 })).toHaveLength(4);
    expect(screen.queryByRole('heading', { level: 1 })).toBeNull();
  });

  it('shows each idea as a list item: picture with alt text, then its sentences', () => {
    render(<EasyReadView document={sampleDocument()} />);
    const about = screen.getByRole('region', { name: 'About me' });
    const rows = within(about).getAllByRole('listitem');
    expect(rows).toHaveLength(2);
    const first = rows[0];
    if (!first) throw new Error('expected a row');
    expect(within(first).getByRole('img', { name: 'Home' })).toBeTruthy();
    expect(first.textContent).toContain('I live in a flat.I like it there.');
    // The picture comes first, on the left.
    expect(first.firstElementChild?.tagName.toLowerCase()).toBe('svg');
  });

  it('marks the person’s own words for eyes and for screen readers', () => {
    render(<EasyReadView document={sampleDocument()} />);
    const row = screen.getByText('I love my dog Biscuit.', { exact: false }).closest('li');
    if (!row) throw new Error('expected a row');
    expect(row.getAttribute('data-own-words')).toBe('true');
    expect(within(row).getByText('In my own words')).toBeTruthy();
    expect(row.querySelector('blockquote')?.textContent).toBe('“I love my dog Biscuit.”');
  });

  it('introduces own words with a lead in the same list item, outside the quotation', () => {
    const doc = sampleDocument();
    doc.sections[0]!.rows[1] = {
      picture: 'happy',
      lead: 'A good day for me:',
      sentences: ['Swimming.', 'Chips.', 'The 50 bus.'],
      ownWords: true,
    };
    render(<EasyReadView document={doc} />);
    const rows = within(screen.getByRole('region', { name: 'About me' })).getAllByRole('listitem');
    expect(rows).toHaveLength(2);
    const row = rows[1]!;
    expect(row.getAttribute('data-own-words')).toBe('true');
    expect(within(row).getAllByRole('img')).toHaveLength(1);
    const lead = within(row).getByText('A good day for me:');
    expect(lead.tagName.toLowerCase()).toBe('p');
    expect(lead.closest('blockquote')).toBeNull();
    const label = within(row).getByText('In my own words');
    expect(lead.compareDocumentPosition(label) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    // The person's words stay one quotation, as they wrote them.
    expect(row.querySelector('blockquote')?.textContent).toBe('“Swimming. Chips. The 50 bus.”');
  });

  it('shows a lead before sentences that are not the person’s own', () => {
    const doc = sampleDocument();
    doc.sections[0]!.rows[0] = { picture: 'home', lead: 'Where I live:', sentences: ['I live in a flat.'] };
    render(<EasyReadView document={doc} />);
    const row = screen.getByText('Where I live:').closest('li');
    if (!row) throw new Error('expected a row');
    expect([...row.querySelectorAll('p')].map((p) => p.textContent)).toEqual([
      'Where I live:',
      'I live in a flat.',
    ]);
    expect(row.querySelector('blockquote')).toBeNull();
  });

  it('gives scale readings as words, with a bar only for the eyes', () => {
    render(<EasyReadView document={sampleDocument()} />);
    expect(screen.getByText('Where I am now: 4 out of 10')).toBeTruthy();
    expect(screen.getByText('Where I want to be: 8 out of 10')).toBeTruthy();
    const bar = document.querySelector('.wp-easy-read__bar[data-value="4"]');
    expect(bar?.getAttribute('aria-hidden')).toBe('true');
    expect(bar?.querySelectorAll('[data-filled="true"]')).toHaveLength(4);
  });

  it('lists contacts with phone numbers as tel: links', () => {
    render(<EasyReadView document={sampleDocument()} />);
    const contacts = screen.getByRole('region', { name: 'Who to call' });
    expect(within(contacts).getAllByRole('listitem')).toHaveLength(2);
    const link = within(contacts).getByRole('link', { name: '01234 567 890' });
    expect(link.getAttribute('href')).toBe('tel:01234567890');
  });

  it('ends with the review sentence and a glossary as a description list', () => {
    render(<EasyReadView document={sampleDocument()} />);
    expect(screen.getByText('We will check my plan on 1 June 2027.')).toBeTruthy();
    const glossary = screen.getByRole('region', { name: 'Hard words' });
    expect(glossary.querySelector('dl dt')?.textContent).toBe('Advocate');
    expect(glossary.querySelector('dl dd')?.textContent).toBe('Someone who helps you say what you want.');
  });

  it('leaves out the contacts, review and glossary when there are none', () => {
    render(
      <EasyReadView document={sampleDocument({ contacts: [], glossary: [], reviewSentence: undefined })} />,
    );
    expect(screen.getAllByRole('heading', { level: 2 })).toHaveLength(2);
    expect(document.querySelector('[data-section="review"]')).toBeNull();
  });

  it('shows an unknown picture as a placeholder rather than failing', () => {
    const doc = sampleDocument();
    doc.sections[0]?.rows.push({ picture: 'not-a-picture', sentences: ['Still here.'] });
    render(<EasyReadView document={doc} />);
    expect(screen.getByText('Still here.')).toBeTruthy();
    expect(document.querySelector('.wp-picture--placeholder')).not.toBeNull();
  });
});

describe('given hostile text', () => {
  it('renders markup, scripts and control characters as inert text', () => {
    const hostile = '<img src=x onerror="alert(1)"><script>alert(2)</script>\u202eevil\u0000';
    const long = 'a'.repeat(100_000);
    const doc = sampleDocument({
      title: hostile,
      personName: hostile,
      subtitle: hostile,
      photo: 'javascript:alert(1)',
      sections: [
        {
          id: hostile,
          heading: hostile,
          picture: hostile,
          rows: [{ picture: hostile, lead: hostile, sentences: [hostile, long], ownWords: true }],
        },
      ],
      contacts: [{ name: hostile, role: hostile, phone: 'javascript:alert(1)', when: hostile }],
      glossary: [{ word: hostile, meaning: hostile }],
    });
    const { container } = render(<EasyReadView document={doc} />);
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('a')).toBeNull();
    expect(screen.getByRole('article', { name: hostile })).toBeTruthy();
    expect(container.textContent).toContain(long);
    expect(container.textContent).toContain('javascript:alert(1)');
  });

  it('shows a real photo and ignores anything that is not an image data URL', () => {
    const photo = 'data:image/png;base64,iVBORw0KGgo=';
    render(<EasyReadView document={sampleDocument({ photo })} />);
    expect(screen.getByRole('img', { name: 'Photo of Sam' }).getAttribute('src')).toBe(photo);
  });
});

describe('given it is printed', () => {
  it('carries the class the print stylesheet targets', () => {
    render(<EasyReadView document={sampleDocument()} className="host-class" />);
    const article = screen.getByRole('article');
    expect(article.className).toBe('wp-easy-read host-class');
    expect(article.querySelectorAll('.wp-easy-read__row').length).toBeGreaterThan(0);
  });
});
