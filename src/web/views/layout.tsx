import type { Child } from '../jsx/types.ts';
import { languageNames, languages } from '../i18n/index.ts';
import type { Account, PageContext } from '../page-context.ts';

interface LayoutProps {
  ctx: PageContext;
  /** The page's own title; the service's name is added after it. */
  title: string;
  children?: Child;
}

/** The frame of every page: skip link, header with the language switch, main, footer. */
export function Layout({ ctx, title, children }: LayoutProps) {
  return (
    <html lang={ctx.lang}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{pageTitle(title, ctx.t('site.name'))}</title>
        <link rel="stylesheet" href="/assets/site.css" />
      </head>
      <body>
        <a class="skip-link" href="#main">{ctx.t('layout.skip')}</a>
        <header class="site-header">
          <div class="container header-inner">
            <a class="site-name" href={`/?lang=${ctx.lang}`}>{ctx.t('site.name')}</a>
            <LanguageSwitch ctx={ctx} />
            {ctx.account ? <AccountNav ctx={ctx} account={ctx.account} /> : null}
          </div>
        </header>
        <main id="main" class="container" tabindex="-1">{children}</main>
        <footer class="site-footer">
          <div class="container">
            <p>{ctx.t('site.owner')}</p>
            <p>{ctx.t('layout.footer')}</p>
          </div>
        </footer>
      </body>
    </html>
  );
}

/**
 * For a signed-in citizen: their cases, the message box with the number of unread messages,
 * and sign-out (a form with the session's token: it works without JavaScript).
 */
function AccountNav({ ctx, account }: { ctx: PageContext; account: Account }) {
  const { t } = ctx;
  const unread = account.unread ?? 0;
  return (
    <nav class="account-nav" aria-label={t('layout.account')}>
      <ul>
        {account.nav ? account.nav.map((link) => (
          <li><a href={link.href} aria-current={ctx.path === link.href ? 'page' : undefined}>
            {link.label}</a></li>
        )) : <>
          <li><a href="/cases" aria-current={ctx.path === '/cases' ? 'page' : undefined}>
            {t('cases.title')}</a></li>
          <li><a href="/messages" aria-current={ctx.path === '/messages' ? 'page' : undefined}>
            {unread > 0 ? t('messages.navUnread', { count: unread }) : t('messages.nav')}</a></li>
        </>}
        <li>
          <form method="post" action="/auth/logout">
            <input type="hidden" name="_csrf" value={account.csrf} />
            <button type="submit" class="header-button">{t('layout.signOut')}</button>
          </form>
        </li>
      </ul>
    </nav>
  );
}

/** Plain links: the switch works without JavaScript; the choice is kept in a cookie. */
function LanguageSwitch({ ctx }: { ctx: PageContext }) {
  return (
    <nav class="language-switch" aria-label={ctx.t('layout.languages')}>
      <ul>
        {languages.map((lang) => (
          <li>
            <a href={`${ctx.path}?lang=${lang}`} lang={lang} hreflang={lang}
              aria-current={lang === ctx.lang ? 'true' : undefined}>{languageNames[lang]}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** "Page – Service", or the service's name alone on a page that bears it. */
function pageTitle(title: string, siteName: string): string {
  return title === siteName ? title : `${title} – ${siteName}`;
}
