/** One feed per topic: PAPI, plans and progress, budgets, land, consultations. */
import { routes } from '../../../base/routes.ts';
import type { APIRoute } from 'astro';
import { feedTopics, topicLabels, type FeedTopic } from '../../../base/feed-entry.ts';
import { entriesForTopic, feedPaths } from '../../../outputs/feeds/registry.ts';
import { atomResponse } from '../../../outputs/feeds/response.ts';

export const getStaticPaths = () => feedTopics.map((topic) => ({ params: { topic } }));

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
