/** en texts of a community's discussions (its page's section, the discussion form and page inside a community). */
export const enGroupDiscussions = {
  'groupDiscussions.title': 'Discussions',
  'groupDiscussions.membersOnly': 'Only members see this community’s discussions.',
  'groupDiscussions.start': 'Start a discussion',
  'groupDiscussions.none': 'No discussions in the community yet.',
  'groupDiscussions.latest': 'The {{n}} with the latest activity of {{total}}.',
  'groupDiscussions.group': 'Community',
  'groupDiscussions.back': 'Back to “{{name}}”',
  'groupDiscussions.in': 'In the community “{{name}}”',
  'groupDiscussions.inHintOpen': 'Anyone can read it; the community’s members comment.',
  'groupDiscussions.inHintMembers': 'Only the community’s members see it and comment.',
};
