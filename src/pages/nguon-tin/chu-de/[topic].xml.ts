/** One feed per topic: PAPI, plans and progress, budgets, land, consultations. */
import { instancePaths } from '../../../instance.ts';
import { routes } from '../../../base/routes.ts';
import type { APIRoute } from 'astro';
import { feedTopics, topicLabels, type FeedTopic } from '../../../base/feed-entry.ts';
import { entriesForTopic, feedPaths } from '../../../outputs/feeds/registry.ts';
import { atomResponse } from '../../../outputs/feeds/response.ts';

/** Only a province's portal writes these pages (src/base/routes.ts, audienceOf). */
export const getStaticPaths = () => instancePaths(() => feedTopics.map((topic) => ({ params: { topic } })));

export const GET: APIRoute = ({ params, locals }) => {
  const { portal } = locals;
  const topic = params.topic as FeedTopic;
  return atomResponse(portal, {
    path: feedPaths.topic(topic),
    page: routes.feeds(),
    title: topicLabels[topic].vi,
    subtitle: `Nội dung mới về ${topicLabels[topic].vi.toLowerCase()}.`,
    entries: entriesForTopic(portal, topic),
  });
};
