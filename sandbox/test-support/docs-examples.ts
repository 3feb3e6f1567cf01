// The request bodies of the public Graph docs, replayed against the sandbox as seed examples.
// Pages: projectrome-put-activity, projectrome-put-historyitem.
/** "Create or replace an activity" request body (v1.0 and beta pages show the same body). */
export const DOCS_ACTIVITY_EXAMPLE = {
  appActivityId: '/article?12345',
  activitySourceHost: 'https://www.contoso.com',
  userTimezone: 'Africa/Casablanca',
  appDisplayName: 'Contoso, Ltd.',
  activationUrl: 'https://www.contoso.com/article?id=12345',
  contentUrl: 'https://www.contoso.com/article?id=12345',
  fallbackUrl: 'https://www.contoso.com/article?id=12345',
  contentInfo: {
    '@context': 'https://schema.org',
    '@type': 'Article',
    author: 'Jennifer Booth',
    name: 'How to Tie a Reef Knot',
  },
  visualElements: {
    attribution: {
      iconUrl: 'https://www.contoso.com/icon',
      alternateText: 'Contoso, Ltd.',
      addImageQuery: false,
    },
    description:
      'How to Tie a Reef Knot. A step-by-step visual guide to the art of nautical knot-tying.',
    backgroundColor: '#ff0000',
    displayText: 'Contoso How-To: How to Tie a Reef Knot',
    content: {
      $schema: 'https://adaptivecards.io/schemas/adaptive-card.json',
      type: 'AdaptiveCard',
      body: [{ type: 'TextBlock', text: 'Contoso MainPage' }],
    },
  },
};

/** The docs' request path for that example: the appActivityId URL-encoded. */
export const DOCS_ACTIVITY_PATH = '/me/activities/%2Farticle%3F12345';

/** "Deep insert" example: the same activity with one history item. */
export const DOCS_DEEP_INSERT_EXAMPLE = {
  ...DOCS_ACTIVITY_EXAMPLE,
  historyItems: [
    {
      userTimezone: 'Africa/Casablanca',
      startedDateTime: '2018-02-26T20:54:04.3457274+00:00',
      lastActiveDateTime: '2018-02-26T20:54:24.3457274+00:00',
    },
  ],
};

/** "Create or replace a history item" example (the item id is the docs' GUID). */
export const DOCS_HISTORY_ITEM_ID = '390e06e2-7e5b-4133-8014-fac7ac5991af';
/**
 * The docs' "Create or replace a history item" request body.
 * @see https://learn.microsoft.com/graph/api/projectrome-put-historyitem
 */
export const DOCS_HISTORY_ITEM_EXAMPLE = {
  startedDateTime: '2018-02-26T20:54:04.3457274+00:00',
  userTimezone: 'Africa/Casablanca',
  lastActiveDateTime: '2018-02-26T20:54:24.3457274+00:00',
};

// --- Scripted sign-in through the real provider endpoints ---
