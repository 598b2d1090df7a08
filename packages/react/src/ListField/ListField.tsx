import { useEffect, useId, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { ErrorMessage, Hint } from '../internal/FieldParts.js';
import { useWholePicture } from '../WholePictureProvider/useWholePicture.js';

/** What the render function of an item gets. */
export interface ListFieldItemContext {
  /** The item's position, from 0. */
  index: number;
  /** The id of the item's heading, for `aria-labelledby`. */
  headingId: string;
  /** "Need 2": the item's name and number. */
  name: string;
}

/** Props of {@link ListField}. */
export interface ListFieldProps<T> {
  /** The list's heading words, e.g. "Needs". */
  label: ReactNode;
  /** A hint under the heading. */
  hint?: ReactNode;
  /** An error about the whole list (e.g. too many items). */
  error?: string | undefined;
  /** The name of one item, lower-case, e.g. "need": used in "Need 2" and "Add need". */
  itemName: string;
  /** The items. */
  items: readonly T[];
  /** A stable key per item (its id); never its text. */
  getKey: (item: T) => string;
  /** The fields of one item. */
  renderItem: (item: T, context: ListFieldItemContext) => ReactNode;
  /** Adds an item at the end. */
  onAdd: () => void;
  /** Removes the item at `index`. */
  onRemove: (index: number) => void;
  /** Moves the item at `from` to `to`. */
  onMove: (from: number, to: number) => void;
  /** Most items allowed; the add button goes when reached. */
  maxItems?: number;
  /** The add button's id (for the error summary). @default an id from `useId` */
  id?: string;
  /** A picture beside the heading (easy-read mode). */
  picture?: ReactNode;
  /** Heading level of the list; items get the next level. @default 2 */
  headingLevel?: 2 | 3 | 4;
}

type FocusRequest =
  | { type: 'added' }
  | { type: 'removed'; index: number }
  | { type: 'moved'; key: string; button: 'up' | 'down' };

function capitalise(word: string, lang: string): string {
  return word.charAt(0).toLocaleUpperCase(lang) + word.slice(1);
}

const focusableSelector = 'input:not([type="hidden"]), select, textarea';

/**
 * A repeatable list of items: add, remove, and reorder by keyboard with "Move up" and "Move
 * down" buttons. Focus moves sensibly (to the new item's first field; after removing, to the
 * previous item's heading or the add button; after moving, it stays with the item) and each
 * change is announced politely ("Need 2 removed").
 */
export function ListField<T>(props: ListFieldProps<T>) {
  const { items, getKey, itemName } = props;
  const { t, lang } = useWholePicture();
  const base = useId().replace(/[^A-Za-z0-9_-]/g, '');
  const addId = props.id ?? `wp${base}-add`;
  const headingId = `wp${base}-heading`;
  const hintId = `wp${base}-hint`;
  const errorId = `wp${base}-error`;
  const [announcement, setAnnouncement] = useState('');
  const focusRequest = useRef<FocusRequest | null>(null);
  const itemRefs = useRef(new Map<string, HTMLLIElement>());
  const addRef = useRef<HTMLButtonElement>(null);
  const level = props.headingLevel ?? 2;
  const ListHeading = `h${level}` as 'h2';
  const ItemHeading = `h${Math.min(level + 1, 6)}` as 'h3';
  const name = (index: number) =>
    t('ui.list.itemHeading', { item: capitalise(itemName, lang), number: index + 1 });
  const keys = items.map(getKey);
  const keySignature = keys.join('\u0000');

  const seenKeys = useRef(new Set(keys));
  useEffect(() => {
    const request = focusRequest.current;
    const previous = seenKeys.current;
    seenKeys.current = new Set(keys);
    if (!request) return;
    focusRequest.current = null;
    if (request.type === 'added') {
      // The new item's key is known only after the host adds it: the one not seen before.
      const fresh = keys.find((key) => !previous.has(key));
      if (fresh) itemRefs.current.get(fresh)?.querySelector<HTMLElement>(focusableSelector)?.focus();
    } else if (request.type === 'removed') {
      const previousKey = keys[request.index - 1];
      const heading = previousKey
        ? itemRefs.current.get(previousKey)?.querySelector<HTMLElement>('.wp-list__item-heading')
        : null;
      (heading ?? addRef.current)?.focus();
    } else {
      const item = itemRefs.current.get(request.key);
      const wanted = item?.querySelector<HTMLElement>(`[data-move="${request.button}"]`);
      const other = item?.querySelector<HTMLElement>(
        `[data-move="${request.button === 'up' ? 'down' : 'up'}"]`,
      );
      (wanted ?? other)?.focus();
    }
    // Runs after the list's items change, when the new DOM is in place.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [keySignature]);

  const add = () => {
    const count = items.length;
    focusRequest.current = { type: 'added' };
    props.onAdd();
    setAnnouncement(t('ui.list.added', { item: capitalise(itemName, lang), number: count + 1 }));
  };

  const remove = (index: number) => {
    focusRequest.current = { type: 'removed', index };
    props.onRemove(index);
    setAnnouncement(t('ui.list.removed', { item: capitalise(itemName, lang), number: index + 1 }));
  };
  const move = (index: number, direction: 'up' | 'down') => {
    const to = direction === 'up' ? index - 1 : index + 1;
    const key = keys[index];
    if (key === undefined || to < 0 || to >= items.length) return;
    focusRequest.current = { type: 'moved', key, button: direction };
    props.onMove(index, to);
    setAnnouncement(
      t(direction === 'up' ? 'ui.list.movedUp' : 'ui.list.movedDown', {
        item: name(index),
        number: to + 1,
      }),
    );
  };
  const canAdd = props.maxItems === undefined || items.length < props.maxItems;
  return (
    // A group, not a region: lists repeat (a readings list per outcome), and landmarks with
    // the same name would clutter the landmarks menu.
    <div
      role="group"
      className={props.error ? 'wp-list wp-form-group--error' : 'wp-list'}
      aria-labelledby={headingId}
      data-invalid={props.error ? 'true' : undefined}
    >
      <div className={props.picture ? 'wp-list__header wp-question--with-picture' : 'wp-list__header'}>
        {props.picture ? <div className="wp-question__picture">{props.picture}</div> : null}
        <ListHeading className="wp-heading-m wp-list__heading" id={headingId}>
          {props.label}
        </ListHeading>
      </div>
      {props.hint ? <Hint id={hintId}>{props.hint}</Hint> : null}
      {props.error ? <ErrorMessage id={errorId}>{props.error}</ErrorMessage> : null}
      {items.length === 0 ? <p className="wp-body wp-list__empty">{t('ui.list.empty')}</p> : null}
      {items.length > 0 ? (
        <ol className="wp-list__items">
          {items.map((item, index) => {
            const key = keys[index] as string;
            const itemHeadingId = `wp${base}-item-${index}`;
            const itemLabel = name(index);
            return (
              <li
                key={key}
                className="wp-list__item"
                ref={(element) => {
                  if (element) itemRefs.current.set(key, element);
                  else itemRefs.current.delete(key);
                }}
              >
                <ItemHeading className="wp-heading-s wp-list__item-heading" id={itemHeadingId} tabIndex={-1}>
                  {itemLabel}
                </ItemHeading>
                <div role="group" aria-labelledby={itemHeadingId} className="wp-list__item-fields">
                  {props.renderItem(item, { index, headingId: itemHeadingId, name: itemLabel })}
                </div>
                <div className="wp-list__actions">
                  {index > 0 ? (
                    <button
                      type="button"
                      className="wp-button wp-button--secondary"
                      data-move="up"
                      onClick={() => move(index, 'up')}
                    >
                      {t('ui.list.moveUp')}
                      <span className="wp-visually-hidden">: {itemLabel}</span>
                    </button>
                  ) : null}
                  {index < items.length - 1 ? (
                    <button
                      type="button"
                      className="wp-button wp-button--secondary"
                      data-move="down"
                      onClick={() => move(index, 'down')}
                    >
                      {t('ui.list.moveDown')}
                      <span className="wp-visually-hidden">: {itemLabel}</span>
                    </button>
                  ) : null}
                  <button
                    type="button"
                    className="wp-button wp-button--secondary wp-list__remove"
                    onClick={() => remove(index)}
                  >
                    {t('ui.list.remove')}
                    <span className="wp-visually-hidden">: {itemLabel}</span>
                  </button>
                </div>
              </li>
            );
          })}
        </ol>
      ) : null}
      {canAdd ? (
        <button
          type="button"
          className="wp-button wp-button--secondary wp-list__add"
          id={addId}
          ref={addRef}
          aria-describedby={props.error ? errorId : undefined}
          onClick={add}
        >
          {t(items.length === 0 ? 'ui.list.add' : 'ui.list.addAnother', { item: itemName })}
        </button>
      ) : (
        <p className="wp-body">{t('ui.list.full', { count: props.maxItems ?? items.length })}</p>
      )}
      <div className="wp-visually-hidden" aria-live="polite">
        {announcement}
      </div>
    </div>
  );
}
