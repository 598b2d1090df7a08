import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sectionKeys } from '@wholepicture/core';
import type { Plan } from '@wholepicture/core';
import { DraftConflictDialog, DraftStatus, PlanForm, useDraft } from '@wholepicture/react';
import { useDemo } from '../DemoContext.js';
import { routeHref } from '../parseRoute.js';
import { takeHeadingFocusRequest } from '../pageFocus.js';
import { routeOfView, viewOfRoute } from '../planView.js';
import type { PlanRoute } from '../planView.js';
import { usePageTitle } from '../usePageTitle.js';
import { navigate } from '../useHashRoute.js';
import { NotFoundPage } from './NotFoundPage.js';
import { EasyReadPage } from './EasyReadPage.js';
import { PlanActions } from './PlanActions.js';

export type { PlanRoute } from '../planView.js';

/** Props of {@link PlanWorkspace}. */
export interface PlanWorkspaceProps {
  route: PlanRoute;
}

type Lookup = 'loading' | 'found' | 'missing' | 'failed';

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
  // Restores the stored draft, or the copy useDraft's journal kept when the page closed mid-save.
  const draft = useDraft({
    adapter,
    draftId: route.planId,
    plan,
    onRestore: setPlan,
    onConflict: () => setConflictOpen(undefined),
  });

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

  // The form's own heading is the page's h1. The form moves focus to it when its page changes;
  // when the form has just appeared (from the easy-read page), nothing has focus, so do it here.
  const ready = plan !== undefined;
  const href = routeHref(route);
  useEffect(() => {
    if (!ready || !takeHeadingFocusRequest()) return;
    const main = document.querySelector('main');
    if (main?.contains(document.activeElement)) return;
    main?.querySelector<HTMLElement>('h1')?.focus();
  }, [ready, href]);

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
          plan={plan}
          onChange={setPlan}
          onSubmit={(submitted) => setPlan(submitted)}
          view={viewOfRoute(route)}
          onViewChange={(view) => navigate(routeHref(routeOfView(draft.draftId, view)))}
          easyRead={easyRead}
          textSize={textSize === 'standard' ? 'normal' : textSize}
          locale={locale}
          manageDocumentTitle
        />
      )}
      {/* Only beside the task list, and once the plan is submitted: not under every question page. */}
      {(route.name === 'plan' || (route.name === 'check' && plan.status === 'submitted')) && (
        <PlanActions plan={plan} planId={draft.draftId} />
      )}
    </>
  );
}
