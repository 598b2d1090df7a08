import { createElement, useId } from 'react';
import type { ReactNode } from 'react';
import type { EasyReadContact, EasyReadDocument, EasyReadRow } from '@wholepicture/core';
import { Picture } from '../Picture/Picture.js';
import { useWholePicture } from '../WholePictureProvider/useWholePicture.js';
import type { TranslateFn } from '@wholepicture/core';

/** Props of {@link EasyReadView}. */
export interface EasyReadViewProps {
  /** The easy-read document, from core's `buildEasyReadDocument`. */
  document: EasyReadDocument;
  /**
   * Heading level of each section (2–6); the title is one level above it, or a plain
   * paragraph when this is 1. @default 2
   */
  headingLevel?: 1 | 2 | 3 | 4 | 5 | 6;
  /** Extra class names for the `<article>`. */
  className?: string;
}

const photoPattern = /^data:image\/(png|jpeg|webp);base64,[A-Za-z0-9+/=]+$/;

/** A heading at `level` (1–6), or a paragraph when `level` is 0. */
function Heading({
  level,
  id,
  className,
  children,
}: {
  level: number;
  id: string;
  className: string;
  children: ReactNode;
}) {
  return createElement(level >= 1 ? `h${Math.min(6, level)}` : 'p', { id, className }, children);
}

/** A 1–10 reading, or undefined when the value is not one. */
function scalePoint(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 10
    ? value
    : undefined;
}

/** Only the characters a phone dials; '' when fewer than 3 digits are left (not a number). */
function telHref(phone: string): string {
  const dialable = phone.replace(/[^\d+*#]/g, '');
  return (dialable.match(/\d/g)?.length ?? 0) >= 3 ? `tel:${dialable}` : '';
}

function ScaleBar({ value }: { value: number }) {
  return (
    <span className="wp-easy-read__bar" aria-hidden="true" data-value={value}>
      {Array.from({ length: 10 }, (_, index) => (
        <span key={index} className="wp-easy-read__bar-step" data-filled={index < value ? 'true' : 'false'} />
      ))}
    </span>
  );
}

function Row({ row, document, t }: { row: EasyReadRow; document: EasyReadDocument; t: TranslateFn }) {
  const { labels, locale } = document;
  const sentences = Array.isArray(row.sentences) ? row.sentences : [];
  const scale = Array.isArray(row.scale) ? row.scale : [];
  const lng = { lng: locale };
  return (
    <li className="wp-easy-read__row" data-own-words={row.ownWords ? 'true' : undefined}>
      <Picture pictureKey={row.picture} lang={locale} className="wp-easy-read__picture" />
      <div className="wp-easy-read__text">
        {typeof row.lead === 'string' && row.lead.trim() !== '' ? (
          <p className="wp-easy-read__lead">{row.lead}</p>
        ) : null}
        {row.ownWords ? (
          <>
            <p className="wp-easy-read__own-words-label">{labels.ownWords}</p>
            {/* One quotation per row, however many sentences, as the PDF draws it: the person
                wrote them as one paragraph, and a quote mark round each piece splits their voice. */}
            <blockquote className="wp-easy-read__quote">
              {sentences.length > 0 ? (
                <p className="wp-easy-read__sentence">
                  <span aria-hidden="true">{t('view.ownWords.quoteOpen', lng)}</span>
                  {sentences.join(' ')}
                  <span aria-hidden="true">{t('view.ownWords.quoteClose', lng)}</span>
                </p>
              ) : null}
            </blockquote>
          </>
        ) : (
          sentences.map((sentence, index) => (
            <p key={index} className="wp-easy-read__sentence">
              {sentence}
            </p>
          ))
        )}
        {scale.length > 0 ? (
          <ul className="wp-easy-read__scales">
            {scale.map((reading, index) => {
              const now = scalePoint(reading.now);
              const goal = scalePoint(reading.goal);
              return (
                <li key={index} className="wp-easy-read__scale">
                  {reading.label ? <p className="wp-easy-read__scale-label">{reading.label}</p> : null}
                  {now !== undefined ? (
                    <p className="wp-easy-read__reading" data-kind="now">
                      <span>{t('view.scale.reading', { label: labels.scaleNow, value: now, ...lng })}</span>
                      <ScaleBar value={now} />
                    </p>
                  ) : null}
                  {goal !== undefined ? (
                    <p className="wp-easy-read__reading" data-kind="goal">
                      <span>{t('view.scale.reading', { label: labels.scaleGoal, value: goal, ...lng })}</span>
                      <ScaleBar value={goal} />
                    </p>
                  ) : null}
                </li>
              );
            })}
          </ul>
        ) : null}
      </div>
    </li>
  );
}

function Contact({ contact, document }: { contact: EasyReadContact; document: EasyReadDocument }) {
  const href = contact.phone ? telHref(contact.phone) : '';
  return (
    <li className="wp-easy-read__row wp-easy-read__contact">
      <Picture pictureKey="phone" decorative className="wp-easy-read__picture" />
      <div className="wp-easy-read__text">
        <p className="wp-easy-read__contact-name">
          <bdi>{contact.name}</bdi>
        </p>
        {contact.role ? (
          <p className="wp-easy-read__sentence">
            <bdi>{contact.role}</bdi>
          </p>
        ) : null}
        {contact.when ? (
          <p className="wp-easy-read__sentence">
            <bdi>{contact.when}</bdi>
          </p>
        ) : null}
        {contact.phone ? (
          <p className="wp-easy-read__sentence">
            {document.labels.phone}:{' '}
            {href ? (
              <a className="wp-easy-read__phone" href={href}>
                <bdi>{contact.phone}</bdi>
              </a>
            ) : (
              <bdi>{contact.phone}</bdi>
            )}
          </p>
        ) : null}
      </div>
    </li>
  );
}

/**
 * The easy-read plan as semantic HTML: headings, one list item per idea with its picture
 * (with alt text) and short sentences, readings as words, tel: links, and a glossary.
 * It is the screen-reader copy of the PDF, which cannot carry tags or alt text.
 */
export function EasyReadView({ document, headingLevel = 2, className }: EasyReadViewProps) {
  const { t } = useWholePicture();
  const baseId = useId();
  const level = Math.min(6, Math.max(1, Math.trunc(headingLevel)));
  const titleId = `${baseId}-title`;
  const sections = Array.isArray(document.sections) ? document.sections : [];
  const contacts = Array.isArray(document.contacts) ? document.contacts : [];
  const glossary = Array.isArray(document.glossary) ? document.glossary : [];
  const photo =
    typeof document.photo === 'string' && photoPattern.test(document.photo) ? document.photo : undefined;
  const classes = ['wp-easy-read', className].filter(Boolean).join(' ');

  return (
    <article className={classes} lang={document.locale} aria-labelledby={titleId}>
      <header className="wp-easy-read__cover">
        {photo ? (
          <img
            className="wp-easy-read__photo"
            src={photo}
            alt={t('view.cover.photoAlt', { name: document.personName, lng: document.locale })}
          />
        ) : null}
        <Heading level={level - 1} id={titleId} className="wp-easy-read__title">
          {document.title}
        </Heading>
        {document.subtitle ? <p className="wp-easy-read__subtitle">{document.subtitle}</p> : null}
      </header>

      {sections.map((section, index) => {
        const id = `${baseId}-section-${index}`;
        return (
          <section
            key={`${index}-${section.id}`}
            className="wp-easy-read__section"
            aria-labelledby={id}
            data-section={section.id}
          >
            <div className="wp-easy-read__section-heading">
              <Picture pictureKey={section.picture} decorative className="wp-easy-read__heading-picture" />
              <Heading level={level} id={id} className="wp-easy-read__heading">
                {section.heading}
              </Heading>
            </div>
            <ul className="wp-easy-read__rows">
              {(Array.isArray(section.rows) ? section.rows : []).map((row, rowIndex) => (
                <Row key={rowIndex} row={row} document={document} t={t} />
              ))}
            </ul>
          </section>
        );
      })}

      {contacts.length > 0 ? (
        <section
          className="wp-easy-read__section"
          aria-labelledby={`${baseId}-contacts`}
          data-section="contacts"
        >
          <div className="wp-easy-read__section-heading">
            <Picture pictureKey="phone" decorative className="wp-easy-read__heading-picture" />
            <Heading level={level} id={`${baseId}-contacts`} className="wp-easy-read__heading">
              {document.contactsHeading}
            </Heading>
          </div>
          <ul className="wp-easy-read__rows">
            {contacts.map((contact, index) => (
              <Contact key={index} contact={contact} document={document} />
            ))}
          </ul>
        </section>
      ) : null}

      {document.reviewSentence ? (
        <div className="wp-easy-read__row wp-easy-read__review" data-section="review">
          <Picture pictureKey="calendar" decorative className="wp-easy-read__picture" />
          <p className="wp-easy-read__sentence">{document.reviewSentence}</p>
        </div>
      ) : null}

      {glossary.length > 0 ? (
        <section
          className="wp-easy-read__section"
          aria-labelledby={`${baseId}-glossary`}
          data-section="glossary"
        >
          <div className="wp-easy-read__section-heading">
            <Picture pictureKey="information" decorative className="wp-easy-read__heading-picture" />
            <Heading level={level} id={`${baseId}-glossary`} className="wp-easy-read__heading">
              {document.glossaryHeading}
            </Heading>
          </div>
          <dl className="wp-easy-read__glossary">
            {glossary.map((entry, index) => (
              <div key={index} className="wp-easy-read__glossary-entry">
                <dt className="wp-easy-read__word">{entry.word}</dt>
                <dd className="wp-easy-read__meaning">{entry.meaning}</dd>
              </div>
            ))}
          </dl>
        </section>
      ) : null}
    </article>
  );
}
