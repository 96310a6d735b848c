import { createContext, useContext } from 'react';
import { stringsFor, type Lang, type Strings } from '../i18n';

export interface I18n {
  lang: Lang;
  t: Strings;
}

export const I18nContext = createContext<I18n>({ lang: 'vi', t: stringsFor('vi') });

export function useI18n(): I18n {
  return useContext(I18nContext);
}
