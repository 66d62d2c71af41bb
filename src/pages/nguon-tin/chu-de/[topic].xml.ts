/** One feed per topic: PAPI, plans and progress, budgets, land, consultations. */
import type { APIRoute } from 'astro';
import { getPortal } from '../../../content/instance.ts';
import { feedTopics, topicLabels, type FeedTopic } from '../../../feeds/entry.ts';
import { entriesForTopic, feedPaths } from '../../../feeds/registry.ts';
import { atomResponse } from '../../../feeds/response.ts';

export const getStaticPaths = () => feedTopics.map((topic) => ({ params: { topic } }));

export const GET: APIRoute = ({ params }) => {
  const portal = getPortal();
  const topic = params.topic as FeedTopic;
  return atomResponse(portal, {
    path: feedPaths.topic(topic),
    page: '/nguon-tin/',
    title: topicLabels[topic].vi,
    subtitle: `Nội dung mới về ${topicLabels[topic].vi.toLowerCase()}.`,
    entries: entriesForTopic(portal, topic),
  });
};
