import { useId } from 'react';
import type { MouseEvent, ReactNode } from 'react';
import type { SectionStatus } from '@wholepicture/core';
import { useWholePicture } from '../WholePictureProvider/useWholePicture.js';

/** A section's progress, as core's `sectionStatus` gives it. */
export type TaskStatus = SectionStatus;

const statusKeys: Record<TaskStatus, string> = {
  'not-started': 'ui.taskList.status.notStarted',
  'in-progress': 'ui.taskList.status.inProgress',
  complete: 'ui.taskList.status.completed',
};

/** One task (a section of the plan) in the list. */
export interface TaskListItem {
  /** A stable id for the task, e.g. the section id. */
  id: string;
  /** The task's name, the link's words. */
  title: ReactNode;
  /** A hint under the name. */
  hint?: ReactNode;
  /** Its status. */
  status: TaskStatus;
  /** A picture beside the task (easy-read mode). */
  picture?: ReactNode;
  /** Where the link goes, for hosts that route by URL. @default `#<id>` */
  href?: string;
}

/** Props of {@link TaskList}. */
export interface TaskListProps {
  /** The tasks, in order. */
  items: readonly TaskListItem[];
  /** Called when a task is chosen; when given, the link does not navigate. */
  onSelect?: (id: string) => void;
}

/**
 * GOV.UK's task list: each section as a link with its status ("Not yet started", "In
 * progress", "Completed") read after the name through `aria-describedby`.
 */
export function TaskList({ items, onSelect }: TaskListProps) {
  const { t } = useWholePicture();
  const base = useId().replace(/[^A-Za-z0-9_-]/g, '');
  return (
    <ul className="wp-task-list">
      {items.map((item, index) => {
        const statusId = `wp${base}-${index}-status`;
        const hintId = `wp${base}-${index}-hint`;
        const click = (event: MouseEvent<HTMLAnchorElement>) => {
          if (!onSelect) return;
          event.preventDefault();
          onSelect(item.id);
        };
        return (
          <li key={item.id} className="wp-task-list__item" data-status={item.status}>
            {item.picture ? <div className="wp-task-list__picture">{item.picture}</div> : null}
            <div className="wp-task-list__name-and-hint">
              <a
                className="wp-link wp-task-list__link"
                href={item.href ?? `#${item.id}`}
                aria-describedby={item.hint ? `${hintId} ${statusId}` : statusId}
                onClick={click}
              >
                {item.title}
              </a>
              {item.hint ? (
                <div id={hintId} className="wp-task-list__hint">
                  {item.hint}
                </div>
              ) : null}
            </div>
            <div className="wp-task-list__status" id={statusId}>
              {item.status === 'complete' ? (
                t(statusKeys.complete)
              ) : (
                <strong className={`wp-tag wp-tag--${item.status === 'not-started' ? 'blue' : 'grey'}`}>
                  {t(statusKeys[item.status])}
                </strong>
              )}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
