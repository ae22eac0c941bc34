import type { SearchKind } from '../../../core/module/search.js';
import { searchIdsAfter } from '../../../core/search/pages.js';
import { findDiscussions } from '../db/queries.js';
import { discussions } from '../db/schema.js';
import { discussionPath, discussionType, hostsOf, isPublicDiscussion } from './common.js';

/** Discussions in the site-wide search: public ones (not a members-only community's), by their title and text, dated by their opening. */
export const discussionSearch: SearchKind = {
  kind: discussionType,
  ids: (db, after, limit) => searchIdsAfter(db, discussions, discussions.id, after, limit),
  async documents(db, ids) {
    const rows = await findDiscussions(db, ids);
    const hosts = await hostsOf(db, rows);
    return rows.map((row) => ({
      id: row.id,
      title: row.title,
      body: `${row.body} ${row.tags.join(' ')}`,
      districtId: row.districtId,
      // a discussion stays open to comments while public
      status: 'open' as const,
      date: row.createdAt,
      path: discussionPath(row.id),
      visible: isPublicDiscussion(row, hosts),
    }));
  },
};
