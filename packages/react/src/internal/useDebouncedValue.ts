import { useEffect, useState } from 'react';

/** `value`, but only once it has stopped changing for `delay` ms: for "when typing pauses". */
export function useDebouncedValue<T>(value: T, delay: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return settled;
}
