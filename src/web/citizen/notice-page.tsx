import type { PageContext } from '../page-context.ts';
import { Layout } from '../views/layout.tsx';

export interface NoticeLink {
  href: string;
  text: string;
}

export interface Notice {
  title: string;
  paragraphs: string[];
  links: NoticeLink[];
}

/** A page that says why something cannot happen and what the citizen can do instead. */
export function NoticePage({ ctx, notice }: { ctx: PageContext; notice: Notice }) {
  return (
    <Layout ctx={ctx} title={notice.title}>
      <h1>{notice.title}</h1>
      {notice.paragraphs.map((text) => <p>{text}</p>)}
      <ul class="links">
        {notice.links.map((link) => <li><a href={link.href}>{link.text}</a></li>)}
      </ul>
    </Layout>
  );
}
