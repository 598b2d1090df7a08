// (a) A host embedding the complete default whole-person form, in English.
import { createRoot } from 'react-dom/client';
import { defaultDefinition } from '@wholepicture/core';
import { PlanForm, WholePictureProvider } from '@wholepicture/react';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <WholePictureProvider locale="en">
      <PlanForm definition={defaultDefinition} onSubmit={(plan) => console.warn('submitted', plan.id)} />
    </WholePictureProvider>,
  );
}
