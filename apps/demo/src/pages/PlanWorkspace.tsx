import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sectionKeys } from '@wholepicture/core';
import type { Plan } from '@wholepicture/core';
import { DraftConflictDialog, DraftStatus, PlanForm, useDraft } from '@wholepicture/react';
import type { PlanFormView } from '@wholepicture/react';
import { useDemo } from '../DemoContext.js';
import { routeHref } from '../parseRoute.js';
import type { Route } from '../parseRoute.js';
import { takeHeadingFocusRequest } from '../pageFocus.js';
import { usePageTitle } from '../usePageTitle.js';
import { navigate } from '../useHashRoute.js';
import { takeUnsaved, writeUnsaved } from '../unsavedJournal.js';
import { NotFoundPage } from './NotFoundPage.js';
import { EasyReadPage } from './EasyReadPage.js';
import { PlanActions } from './PlanActions.js';

/** A route inside one plan. */
export type PlanRoute = Extract<Route, { planId: string }>;

/** Props of {@link PlanWorkspace}. */
export interface PlanWorkspaceProps {
  route: PlanRoute;
}

type Lookup = 'loading' | 'found' | 'missing' | 'failed';

function viewOf(route: PlanRoute): PlanFormView {
  if (route.name === 'section') return { page: 'section', sectionId: route.sectionId };
  if (route.name === 'check') return { page: 'check' };
  return { page: 'tasks' };
}

/**
 * One plan, open for its pages (task list, sections, check answers, easy read). The draft
 * stays open while the reader moves between them: saved as they type, restored on reload,
 * and a change from another tab is shown as a conflict, never silently overwritten.
 */
export function PlanWorkspace({ route }: PlanWorkspaceProps) {
  const { t } = useTranslation('demo');
  const { t: tw } = useTranslation('wholepicture');
  const { adapter, easyRead, textSize, locale } = useDemo();
  const [plan, setPlan] = useState<Plan>();
  const [lookup, setLookup] = useState<Lookup>('loading');
  const [conflictOpen, setConflictOpen] = useState<boolean | undefined>(undefined);
  const journalChecked = useRef(false);
  const draft = useDraft({
    adapter,
    draftId: route.planId,
    plan,
    onRestore: (restored, record) => {
      // Once, on opening: a copy left by an unload whose save did not finish wins over storage.
      const unsaved = journalChecked.current ? undefined : takeUnsaved(record.id, record.savedAt, restored);
      journalChecked.current = true;
      setPlan(unsaved ?? restored);
    },
    onConflict: () => setConflictOpen(undefined),
  });

  const latest = useRef({ plan, draftId: draft.draftId, lastSavedAt: draft.lastSavedAt });
  useEffect(() => {
    latest.current = { plan, draftId: draft.draftId, lastSavedAt: draft.lastSavedAt };
  });
  useEffect(() => {
    const keep = () => {
      const { plan: current, draftId, lastSavedAt } = latest.current;
      if (current) writeUnsaved(draftId, { plan: current, baseSavedAt: lastSavedAt });
    };
    const onHidden = () => {
      if (document.visibilityState === 'hidden') keep();
    };
    window.addEventListener('pagehide', keep);
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      window.removeEventListener('pagehide', keep);
      document.removeEventListener('visibilitychange', onHidden);
    };
  }, []);

  useEffect(() => {
    let active = true;
    adapter.get(route.planId).then(
      (record) => active && setLookup(record ? 'found' : 'missing'),
      () => active && setLookup('failed'),
    );
    return () => {
      active = false;
    };
  }, [adapter, route.planId]);

  const name = plan?.person.preferredName.trim() || t('plan.unnamed');
  const pageName =
    route.name === 'easyRead'
      ? t('plan.pages.easyRead')
      : route.name === 'check'
        ? t('plan.pages.check')
        : route.name === 'section'
          ? t('plan.pages.section', { section: tw(sectionKeys({ id: route.sectionId }).title) })
          : t('plan.pages.tasks');
  usePageTitle(t('plan.title', { page: pageName, name }));

  // The form's own heading is the page's h1: move focus to it after the reader changed page.
  const ready = plan !== undefined;
  useEffect(() => {
    if (!ready) return;
    if (takeHeadingFocusRequest()) document.querySelector<HTMLElement>('main h1')?.focus();
  }, [ready, route.name]);

  if (lookup === 'missing' && !plan) {
    return <NotFoundPage heading={t('plan.missing.heading')} body={t('plan.missing.body')} />;
  }
  if (lookup === 'failed' && !plan) {
    return (
      <div className="demo-notice demo-notice--error" role="alert">
        <p>{t('home.storageFailed')}</p>
      </div>
    );
  }
  if (!plan) return <p role="status">{t('plan.loading')}</p>;

  const status = (
    <DraftStatus
      status={draft.status}
      lastSavedAt={draft.lastSavedAt}
      {...(draft.error ? { error: draft.error } : {})}
      onReviewConflict={() => setConflictOpen(true)}
      className="demo-draft-status"
    />
  );
  const dialog = (
    <DraftConflictDialog
      conflict={draft.conflict}
      onResolve={async (choice) => {
        const draftId = await draft.resolveConflict(choice);
        setConflictOpen(undefined);
        // "Keep both" saved this page's version as a new draft: show its address.
        if (draftId !== route.planId) navigate(routeHref({ ...route, planId: draftId }));
      }}
      {...(conflictOpen !== undefined ? { open: conflictOpen && draft.conflict !== undefined } : {})}
      onDismiss={() => setConflictOpen(false)}
    />
  );

  return (
    <>
      <p className="demo-caption">{t('plan.caption', { name })}</p>
      {status}
      {dialog}
      {route.name === 'easyRead' ? (
        <EasyReadPage plan={plan} planId={draft.draftId} />
      ) : (
        <PlanForm
          key={JSON.stringify(viewOf(route))}
          plan={plan}
          onChange={setPlan}
          onSubmit={(submitted) => setPlan(submitted)}
          initialView={viewOf(route)}
          easyRead={easyRead}
          textSize={textSize === 'standard' ? 'normal' : textSize}
          locale={locale}
          manageDocumentTitle
        />
      )}
      {route.name === 'plan' && <PlanActions plan={plan} planId={draft.draftId} />}
    </>
  );
}
