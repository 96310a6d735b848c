/** Standalone page entry: Vietnamese unless the address asks for English (web.html?lang=en). */
import { mount } from '../taskpane/mount';
import { WebApp } from './WebApp';

const lang = new URLSearchParams(location.search).get('lang') === 'en' ? 'en' : 'vi';
mount(lang, <WebApp />);
