import type { ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { Shell } from './components/Shell';
import type { Lang } from './i18n';

/** Renders a page into #container, unless the legacy-webview guard removed it and shows its message. */
export function mount(lang: Lang, content: ReactNode): void {
  const container = document.getElementById('container');
  if (!container) return;
  document.documentElement.lang = lang;
  createRoot(container).render(<Shell lang={lang}>{content}</Shell>);
}
