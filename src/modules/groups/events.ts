import { z } from 'zod';
import { defineEvent } from '../../core/jobs/events.js';

/** What every event of groups says about the group: its id, name (`title`) and page (`path`). */
const groupFacts = z.object({ groupId: z.string(), title: z.string(), path: z.string() });

/** Someone asked to join a group (on the group, `group`): its owners and admins hear of it. */
export const groupJoinRequested = defineEvent('group.join_requested', groupFacts);

/** A post was published in a group's feed (on the post, `group_post`): followers of the group who may read it hear of it. */
export const groupPostCreated = defineEvent('group.post_created', groupFacts.extend({ excerpt: z.string() }));

/**
 * Who may read what a group hosts may have changed: how it admits people, its status or its moderation (on the group,
 * `group`). Discussions opened in it refresh their place in the site-wide search.
 */
export const groupAccessChanged = defineEvent('group.access_changed', groupFacts);
