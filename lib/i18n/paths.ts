import type { Locale } from './messages';

/** English lives at the site's root, Chinese under /zh/: `/questions/x/` <-> `/zh/questions/x/`. */
export function localePath(locale: Locale, path: string): string {
  return locale === 'en' ? path : `/${locale}${path === '/' ? '/' : path}`;
}

export function localeOfPath(pathname: string): Locale {
  return pathname === '/zh' || pathname.startsWith('/zh/') ? 'zh' : 'en';
}

/** The same page in the other language. */
export function switchLocalePath(pathname: string): string {
  return localeOfPath(pathname) === 'zh'
    ? pathname.replace(/^\/zh(?=\/|$)/, '') || '/'
    : localePath('zh', pathname);
}

/** The value of <html lang> for a locale. */
export function htmlLang(locale: Locale): string {
  return locale === 'zh' ? 'zh-CN' : 'en';
}
