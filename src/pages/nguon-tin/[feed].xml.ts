/** The site-wide feed and the corrections feed. */
import { instancePaths } from '../../instance.ts';
import { routes } from '../../base/routes.ts';
import type { APIRoute } from 'astro';
import { correctionEntries } from '../../kinds/corrections/index.ts';
import { feedEntries } from '../../outputs/feeds/registry.ts';
import { allChanges, changeEntries } from '../../outputs/changes/registry.ts';
import { changeWords } from '../../outputs/changes/words.ts';
import { atomResponse } from '../../outputs/feeds/response.ts';

/** Only a province's portal writes these pages (src/base/routes.ts, audienceOf). */
export const getStaticPaths = () =>
  instancePaths(() => [
    { params: { feed: 'tat-ca' } },
    { params: { feed: 'dinh-chinh' } },
    { params: { feed: 'thay-doi' } },
  ]);

export const GET: APIRoute = ({ params, locals }) => {
  const { portal } = locals;
  if (params.feed === 'dinh-chinh')
    return atomResponse(portal, {
      path: routes.feedCorrections(),
      page: routes.feeds(),
      title: 'Đính chính',
      subtitle: 'Những gì cổng đã sửa sau khi đăng, khi nào và vì sao.',
      entries: correctionEntries(portal.corrections),
    });
  if (params.feed === 'thay-doi') {
    const w = changeWords('vi');
    return atomResponse(portal, {
      path: routes.feedChanges(),
      page: routes.changes(),
      title: w('changes.feed.title'),
      subtitle: w('changes.feed.subtitle'),
      entries: changeEntries(allChanges(portal), (kind) => w(`changes.kind.${kind}`)),
    });
  }
  return atomResponse(portal, {
    path: routes.feedAll(),
    page: routes.home(),
    title: 'Mới đăng',
    subtitle: 'Mọi nội dung mới và mọi đính chính trên cổng.',
    entries: feedEntries(portal),
  });
};
