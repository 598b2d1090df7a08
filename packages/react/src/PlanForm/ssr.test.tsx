// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { createPlan, samplePlans } from '@wholepicture/core';
import { cy } from '@wholepicture/core/locales/cy';
import { describe, expect, it } from 'vitest';
import { createWholePictureI18n } from '../WholePictureProvider/createWholePictureI18n.js';
import { WholePictureProvider } from '../WholePictureProvider/WholePictureProvider.js';
import { PlanForm } from './PlanForm.js';

const plan = createPlan({ now: new Date('2026-03-01T10:00:00Z') });

describe('server rendering', () => {
  it('renders every page with no window', () => {
    expect(typeof window).toBe('undefined');
    const tasks = renderToString(<PlanForm defaultPlan={plan} />);
    expect(tasks).toContain('Not yet started');
    const section = renderToString(
      <PlanForm defaultPlan={plan} initialView={{ page: 'section', sectionId: 'aboutYou' }} />,
    );
    expect(section).toContain('Preferred name');
    const check = renderToString(
      <PlanForm defaultPlan={samplePlans.callum} initialView={{ page: 'check' }} easyRead />,
    );
    expect(check).toContain('wp-summary-list');
  });

  it('renders Welsh on the server when the host gives the Welsh strings', () => {
    const i18n = createWholePictureI18n({ locale: 'cy', resources: { cy: { wholepicture: cy } } });
    const html = renderToString(
      <WholePictureProvider i18n={i18n} locale="cy">
        <PlanForm defaultPlan={plan} initialView={{ page: 'section', sectionId: 'aboutYou' }} />
      </WholePictureProvider>,
    );
    expect(html).toContain('lang="cy"');
    expect(html).toContain('Parhau');
  });
});
