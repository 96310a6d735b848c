import { useEffect, useState } from 'react';

/** Wide enough for the sheet beside the steps (the page's workspace layout). */
const WIDE = '(min-width: 1200px)';

export function useWideScreen(): boolean {
  const [wide, setWide] = useState(() => window.matchMedia(WIDE).matches);
  useEffect(() => {
    const query = window.matchMedia(WIDE);
    const update = () => setWide(query.matches);
    query.addEventListener('change', update);
    return () => query.removeEventListener('change', update);
  }, []);
  return wide;
}
