'use client';

import { lazyComponent } from '@/app/_components/lazy-component';
import { FormLoading } from '../_components/form-loading';

// The item form (react-hook-form and zod, about 45 kB gzip) loads when the coach edits an item or opens "add an item":
// the plan shows neither on load (unless the plan is empty), so its first view does not need that code. The buttons
// that open it start loading it on hover and focus, so it is usually there by the click.
const load = () => import('./plan-item-form');

export const preloadPlanItemForm = () => void load();

export const PlanItemForm = lazyComponent(() => load().then((m) => m.PlanItemForm), <FormLoading />);
