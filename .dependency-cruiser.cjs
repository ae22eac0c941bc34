/** The architecture's dependency rules (docs/ARCHITECTURE.md), checked by `npm run check`. */
module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      comment: 'domain/ holds pure rules: no I/O, no database, no HTTP, no framework.',
      severity: 'error',
      from: { path: '^src/modules/[^/]+/domain/' },
      to: {
        // core/capacity/capacity.ts: the pure places-and-waitlist rules events and volunteering share (waitlist.ts beside it is not)
        // core/privacy/k-anonymity.ts: the pure small-group rule statistics, polls and report ratings share
        pathNot: [
          '^src/modules/[^/]+/domain/',
          '^src/core/(geo|time|i18n|text|csv)/',
          '^src/core/capacity/capacity\\.ts$',
          '^src/core/privacy/k-anonymity\\.ts$',
          'node_modules/zod',
        ],
        dependencyTypesNot: ['type-only'],
      },
    },
    {
      name: 'domain-no-node-io',
      severity: 'error',
      from: { path: '^src/modules/[^/]+/domain/' },
      to: { dependencyTypes: ['core'], path: '^(fs|net|http|https|child_process|dgram|dns|tls|node:fs|node:net|node:http|node:https|node:child_process)$' },
    },
    {
      name: 'policy-is-pure',
      comment: 'policy.ts and policy-*.ts decide from their inputs only.',
      severity: 'error',
      from: { path: ['^src/modules/[^/]+/policy\\.ts$', '^src/modules/[^/]+/policy-[a-z0-9-]+\\.ts$'] },
      to: { pathNot: ['^src/core/auth/(actor|decision)\\.ts$', '^src/modules/[^/]+/domain/'], dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'core-never-imports-modules',
      comment: 'The core iterates registered modules; it never names one.',
      severity: 'error',
      from: { path: '^src/core/' },
      to: { path: '^src/modules/' },
    },
    {
      name: 'modules-meet-through-index',
      comment: 'A module reaches another only through its index.ts.',
      severity: 'error',
      from: { path: '^src/modules/([^/]+)/' },
      to: { path: '^src/modules/([^/]+)/', pathNot: ['^src/modules/$1/', '^src/modules/[^/]+/index\\.ts$'] },
    },
    {
      name: 'web-imports-only-pure-rules',
      comment:
        'The web app imports from the server only pure rules: domain/, core/text, core/geo, the role vocabulary (core/auth/actor.ts) and the list of its own page addresses (core/http/web-routes.ts, which the server reads to answer unknown pages 404); everything else it learns from the API (docs/openapi.json → web/src/api/schema.d.ts).',
      severity: 'error',
      from: { path: '^web/src/' },
      to: { path: '^src/', pathNot: ['^src/modules/[^/]+/domain/', '^src/core/(text|geo)/', '^src/core/auth/actor\\.ts$', '^src/core/http/web-routes\\.ts$'] },
    },
    {
      name: 'web-reaches-no-node-code',
      comment:
        'What the web imports from the server runs in the browser: no path from a page may reach code made for Node (the CSV reader and writer, Node\'s own modules), which a pure domain file may use for its imports; it broke every page once ("Buffer is not defined").',
      severity: 'error',
      from: { path: '^web/src/' },
      to: { path: ['^src/core/csv/', 'node_modules/csv-(parse|stringify)/'], reachable: true },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true, dependencyTypesNot: ['type-only'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '\\.test\\.ts$' },
  },
};
