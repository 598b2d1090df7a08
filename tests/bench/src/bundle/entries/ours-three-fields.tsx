// The three-field form with our library, for a like-for-like comparison with the peers.
import { createRoot } from 'react-dom/client';
import type { FormDefinition } from '@wholepicture/core';
import { PlanForm, WholePictureProvider } from '@wholepicture/react';

declare const __FORM__: FormDefinition;

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <WholePictureProvider locale="en">
      <PlanForm
        definition={__FORM__}
        initialView={{ page: 'section', sectionId: 'aboutYou' }}
        onSubmit={(plan) => console.warn('submitted', plan.id)}
      />
    </WholePictureProvider>,
  );
}
