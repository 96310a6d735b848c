import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { useMemo, type ReactNode } from 'react';
import { stringsFor, type Lang } from '../i18n';
import { I18nContext } from './i18nContext';

/** Fluent theme and the pane's language around any page content. */
export function Shell({ lang, children }: { lang: Lang; children: ReactNode }) {
  const i18n = useMemo(() => ({ lang, t: stringsFor(lang) }), [lang]);
  return (
    <FluentProvider theme={webLightTheme} lang={lang}>
      <I18nContext.Provider value={i18n}>{children}</I18nContext.Provider>
    </FluentProvider>
  );
}
