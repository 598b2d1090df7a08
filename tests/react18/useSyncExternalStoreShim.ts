// react-i18next imports `use-sync-external-store/shim`, a CommonJS module that would load the
// React 19 beside it. React 18 has the hook built in, which is all the shim gives it.
export { useSyncExternalStore } from 'react';
