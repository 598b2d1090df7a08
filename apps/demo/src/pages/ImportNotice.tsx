import { useId } from 'react';
import type { ReactNode, Ref } from 'react';

/** Props of {@link ImportNotice}. */
export interface ImportNoticeProps {
  /** `error` is announced as an alert, `success` as a status. */
  tone: 'error' | 'success';
  /** The notice's heading. */
  title: string;
  /** The heading's level, to fit the page's outline. */
  headingLevel: 2 | 3;
  /** The notice, for focus to move to when it is shown. */
  noticeRef: Ref<HTMLDivElement>;
  /** Listed under the heading, one to a bullet. */
  messages?: readonly string[];
  /** What follows the heading and the list. */
  children?: ReactNode;
}

/** What came of importing a file, in a focusable notice labelled by its heading. */
export function ImportNotice({
  tone,
  title,
  headingLevel,
  noticeRef,
  messages,
  children,
}: ImportNoticeProps) {
  const headingId = useId();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div
      ref={noticeRef}
      tabIndex={-1}
      className={`demo-notice demo-notice--${tone}`}
      role={tone === 'error' ? 'alert' : 'status'}
      aria-labelledby={headingId}
    >
      <Heading id={headingId}>{title}</Heading>
      {messages && (
        <ul>
          {messages.map((message, index) => (
            <li key={index}>{message}</li>
          ))}
        </ul>
      )}
      {children}
    </div>
  );
}
