// Generated from docs/openapi.json by scripts/api-types.mjs (openapi-typescript): do not edit.
// Regenerate with `npm run api`; `npm run check` fails when this file is stale.
export interface paths {
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Health */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Health"];
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["HealthDown"];
                    };
                };
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/city": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The city at a glance */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CityFigures"];
                    };
                };
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/home/open-now": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What is open now: polls and votes with their end dates, initiatives collecting support, my reports, my district
         * @description `districtId` chooses the district "near me" (a visitor has no profile); without it a signed-in resident’s own district is used. An unknown district reads as none.
         */
        get: {
            parameters: {
                query?: {
                    districtId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["HomeOpenNow"];
                    };
                };
                400: components["responses"]["BadRequest"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/home/this-week": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * This week near me: events, meetings and volunteering shifts of the coming seven days
         * @description `districtId` chooses the district "near me" (a visitor has no profile); without it a signed-in resident’s profile district, else their verified one. Those in the district come first, then the rest of the city, each soonest first. An unknown district reads as none.
         */
        get: {
            parameters: {
                query?: {
                    districtId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["HomeThisWeek"];
                    };
                };
                400: components["responses"]["BadRequest"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Audit log entries in words */
        get: {
            parameters: {
                query?: {
                    before?: number;
                    limit?: number;
                    subjectType?: string;
                    subjectId?: string;
                    area?: "city" | "accounts" | "moderation" | "notifications" | "comments" | "reports" | "verification" | "budgeting" | "initiatives" | "polls" | "crowdsourcing" | "commitments" | "groups" | "events" | "volunteering" | "points" | "charity" | "services" | "places" | "statistics";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AuditPage"];
                    };
                };
                400: components["responses"]["BadRequest"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Verify the audit chain */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AuditVerification"];
                    };
                };
                429: components["responses"]["RateLimited"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit/public-key": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The key that signs audit checkpoints */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AuditPublicKey"];
                    };
                };
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit/checkpoints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Signed checkpoints of the audit log */
        get: {
            parameters: {
                query?: {
                    before?: number;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AuditCheckpointPage"];
                    };
                };
                400: components["responses"]["BadRequest"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit/checkpoints.jsonl": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every signed checkpoint (JSON Lines) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/open-data": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The open-data catalogue */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OpenDataCatalogue"];
                    };
                };
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/data.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The open-data catalogue as DCAT-AP JSON-LD */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Background jobs */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["JobsOverview"];
                    };
                };
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/setup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Setup checklist */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SetupStatus"];
                    };
                };
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/setup/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Finish the setup */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SetupStatus"];
                    };
                };
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/jobs/{id}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Retry a failed job */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/geocode": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Find a district, street or address in the city (and, when asked and configured, through the external geocoder) */
        get: {
            parameters: {
                query: {
                    q: string;
                    limit?: number;
                    external?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["GeocodeAnswer"];
                    };
                };
                400: components["responses"]["BadRequest"];
                429: components["responses"]["RateLimited"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search everything public: reports, discussions, proposals, initiatives, ideas, polls, events, departments, the site’s own pages…
         * @description Words are matched by their Russian and English stems (`"phrase"`, `-word` and `or` work as in web search) and, in titles, despite a typo. `from`/`to` are days (inclusive) of the date that matters to each kind (filed, published, the start); the site’s own pages (kind `page`) have no date (`null`), so a date range leaves them out. Nothing hidden, held for moderation or private is ever indexed.
         */
        get: {
            parameters: {
                query: {
                    q: string;
                    kind?: string;
                    district?: string;
                    status?: "open" | "closed";
                    from?: string;
                    to?: string;
                    limit?: number;
                    offset?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SearchResults"];
                    };
                };
                400: components["responses"]["BadRequest"];
                429: components["responses"]["RateLimited"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/search/suggest": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Type-ahead: titles of public things matching what has been typed so far */
        get: {
            parameters: {
                query: {
                    q: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SearchSuggestions"];
                    };
                };
                400: components["responses"]["BadRequest"];
                429: components["responses"]["RateLimited"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My live events (Server-Sent Events)
         * @description A text/event-stream of the signed-in person's events: `live.open` first, then each event as `event: <type>` with JSON `data` (ids only: refetch what they name), `live.resync` when some may have been missed, and a comment every 25 s. At most 10 streams per person (429) and 10000 per server process (503).
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                429: components["responses"]["RateLimited"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/site": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Site settings and the city’s identity for the web app */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SiteSettings"];
                    };
                };
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/city": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set the city’s identity */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        nameRu: string;
                        nameEn: string;
                        timeZone: string;
                        centre: {
                            lat: number;
                            lon: number;
                        };
                        zoom: number;
                        phone?: string | null;
                        email?: ("" | string) | null;
                        address?: string | null;
                        website?: ("" | string) | null;
                        languages: string[];
                        /**
                         * @default RU
                         * @enum {string}
                         */
                        country?: "RU";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CityIdentity"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/city/logo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Upload the city’s logo (multipart/form-data, field "file"; JPEG, PNG, WebP or AVIF up to 10 MB) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CityIdentity"];
                    };
                };
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        post?: never;
        /** Remove the city’s logo */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CityIdentity"];
                    };
                };
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/city/logo/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The city’s logo (WebP) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["BadRequest"];
                404: components["responses"]["NotFound"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/districts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Districts of the city */
        get: {
            parameters: {
                query?: {
                    geometry?: "none" | "simplified";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CityDistrictList"];
                    };
                };
                400: components["responses"]["BadRequest"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/districts/at": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The district containing a point */
        get: {
            parameters: {
                query: {
                    lat: number;
                    lon: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CityDistrict"];
                    };
                };
                400: components["responses"]["BadRequest"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/departments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Departments with their contacts (retired ones only when asked: administrators’ lists) */
        get: {
            parameters: {
                query?: {
                    retired?: "exclude" | "include";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CityDepartmentList"];
                    };
                };
                400: components["responses"]["BadRequest"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/departments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One department with its contacts and head */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CityDepartment"];
                    };
                };
                400: components["responses"]["BadRequest"];
                404: components["responses"]["NotFound"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calendar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The year’s holidays, transferred days off, working weekends and short days */
        get: {
            parameters: {
                query: {
                    year: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CalendarYear"];
                    };
                };
                400: components["responses"]["BadRequest"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/calendar/{day}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** List a day in the working-day calendar */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    day: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind: "holiday" | "day_off_transferred" | "working_weekend" | "short_day";
                        note?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CalendarDay"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        post?: never;
        /** Take a day off the calendar */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    day: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/calendar/country": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Load the working-day calendar shipped for the city’s country */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CalendarLoaded"];
                    };
                };
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/districts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Districts with the number of reports, users, departments and all records pointing at each */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AdminDistrictList"];
                    };
                };
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/districts/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import district boundaries from a GeoJSON FeatureCollection (or plan it: dryRun) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        geojson: unknown;
                        nameField: string;
                        nameEnField?: string;
                        idField?: string;
                        /** @default false */
                        keepMissing?: boolean;
                        /** @default false */
                        dryRun?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DistrictImportResult"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/districts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a district nothing points at */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        options?: never;
        head?: never;
        /** Rename a district (Russian and/or English name) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        nameRu?: string;
                        nameEn?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RenamedDistrict"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        trace?: never;
    };
    "/api/auth/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Register with e-mail and password */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        email: string;
                        password: string;
                        displayName: string;
                        /** @enum {string} */
                        language?: "ru" | "en";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AccountRegistration"];
                    };
                };
                400: components["responses"]["BadRequest"];
                429: components["responses"]["RateLimited"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm e-mail */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        token: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AccountSession"];
                    };
                };
                400: components["responses"]["BadRequest"];
                429: components["responses"]["RateLimited"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/resend-confirmation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Resend the confirmation mail */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        email: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AccountRequestAccepted"];
                    };
                };
                400: components["responses"]["BadRequest"];
                429: components["responses"]["RateLimited"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        email: string;
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AccountSession"];
                    };
                };
                400: components["responses"]["BadRequest"];
                429: components["responses"]["RateLimited"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                "5XX": components["responses"]["ServerError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password-reset/request": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ask for a password reset link */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        email: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AccountRequestAccepted"];
                    };
                };
                400: components["responses"]["BadRequest"];
                429: components["responses"]["RateLimited"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password-reset/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set a new password from a reset link */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        token: string;
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AccountRequestAccepted"];
                    };
                };
                400: components["responses"]["BadRequest"];
                429: components["responses"]["RateLimited"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in account, or nobody */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CurrentSession"];
                    };
                };
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in account */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AccountSession"];
                    };
                };
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Update the profile */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        displayName?: string;
                        districtId?: string | null;
                        /** @enum {string} */
                        language?: "ru" | "en";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AccountSession"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        trace?: never;
    };
    "/api/me/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change the password */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        currentPassword: string;
                        newPassword: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AccountRequestAccepted"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                429: components["responses"]["RateLimited"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/data": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download my data (application/zip: one JSON file per module and my images) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                429: components["responses"]["RateLimited"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/account/deletion-code": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mail me a code to confirm deleting my account (an account without a password only; 409 otherwise) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AccountDeletionCodeSent"];
                    };
                };
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                429: components["responses"]["RateLimited"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/account/delete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Delete my account */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description the account’s password, to confirm (an account with a password) */
                        password?: string;
                        /** @description the code mailed by /api/me/account/deletion-code, to confirm (an account without a password) */
                        code?: string;
                        /**
                         * @description what the person wrote: kept under "deleted account" (anonymise) or removed
                         * @enum {string}
                         */
                        content: "anonymise" | "remove";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AccountDeleted"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                429: components["responses"]["RateLimited"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Staff directory */
        get: {
            parameters: {
                query?: {
                    role?: "official" | "moderator" | "expert" | "verifier" | "administrator";
                    scopeId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StaffDirectory"];
                    };
                };
                400: components["responses"]["BadRequest"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Public profile */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PublicProfile"];
                    };
                };
                400: components["responses"]["BadRequest"];
                404: components["responses"]["NotFound"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/{id}/block": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Block or unblock a person */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        blocked: boolean;
                        until?: string | null;
                        reason?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PersonBlock"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List accounts */
        get: {
            parameters: {
                query?: {
                    q?: string;
                    role?: "official" | "moderator" | "expert" | "verifier" | "administrator";
                    limit?: number;
                    offset?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AdminAccountList"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One account */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AdminAccount"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/users/{id}/block": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Block or unblock */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        blocked: boolean;
                        until?: string | null;
                        reason?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AdminAccount"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/users/{id}/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Grant a role */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        role: "official" | "moderator" | "expert" | "verifier" | "administrator";
                        /** @enum {string} */
                        scopeType: "city" | "department" | "district";
                        /** @default null */
                        scopeId?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AdminAccount"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/users/{id}/roles/{grantId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke a role */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    grantId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AdminAccount"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/outbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Outgoing mail */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    offset?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OutboxPage"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/person-code": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My person code, to show at a desk */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PersonCode"];
                    };
                };
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                429: components["responses"]["RateLimited"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/person-code/qr": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My person code as a QR code (image/svg+xml) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                429: components["responses"]["RateLimited"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/desk/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Find a person at a desk by their code, whole e-mail or a part of their name */
        get: {
            parameters: {
                query: {
                    q: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DeskSearch"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                429: components["responses"]["RateLimited"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/flags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Flag content for moderators */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        entityType: string;
                        entityId: string;
                        /** @enum {string} */
                        reason: "spam" | "abuse" | "off_topic" | "personal_data" | "illegal" | "other";
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FlagResult"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                429: components["responses"]["RateLimited"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/moderation/queue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The moderators’ queue */
        get: {
            parameters: {
                query?: {
                    status?: "open" | "closed";
                    cause?: "flagged" | "held";
                    limit?: number;
                    offset?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ModerationQueue"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/moderation/cases/{entityType}/{entityId}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Hide, restore or dismiss (audited) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    entityType: string;
                    entityId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        action: "hide" | "restore" | "dismiss";
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ModerationCase"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/moderation/forbidden-words": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Forbidden words */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ForbiddenWords"];
                    };
                };
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        /** Replace the forbidden words */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        words: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ForbiddenWords"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/follows/{entityType}/{entityId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Follow state of an entity */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    entityType: string;
                    entityId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FollowState"];
                    };
                };
                400: components["responses"]["BadRequest"];
                404: components["responses"]["NotFound"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        /** Follow an entity */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    entityType: string;
                    entityId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FollowState"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        post?: never;
        /** Stop following an entity */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    entityType: string;
                    entityId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FollowState"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/follows": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What I follow */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    offset?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MyFollows"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My notifications */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    before?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["NotificationList"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/unread-count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My unread notifications */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["UnreadNotifications"];
                    };
                };
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark notifications read */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        ids?: string[];
                        /** @enum {boolean} */
                        all?: true;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["UnreadNotifications"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/notification-settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My notification settings */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["NotificationSettings"];
                    };
                };
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change my notification settings */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        emailMode: "immediate" | "digest" | "off";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["NotificationSettings"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        trace?: never;
    };
    "/api/admin/notifications/digest": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send notification digests now */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DigestResult"];
                    };
                };
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/unsubscribe": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Unsubscribe from notification mail
         * @description JSON `{ token }` from the unsubscribe page, or the RFC 8058 one-click POST to the address in the mail's `List-Unsubscribe` header (`?token=…`, form body `List-Unsubscribe=One-Click`).
         */
        post: {
            parameters: {
                query?: {
                    token?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        token?: string;
                        "List-Unsubscribe"?: string;
                    };
                    "application/x-www-form-urlencoded": {
                        token?: string;
                        "List-Unsubscribe"?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Unsubscribed"];
                    };
                };
                400: components["responses"]["BadRequest"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/discussions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search and list discussions */
        get: {
            parameters: {
                query?: {
                    q?: string;
                    district?: string;
                    tag?: string;
                    kind?: "topic" | "question";
                    sort?: "activity" | "newest" | "comments" | "relevance";
                    limit?: number;
                    offset?: number;
                    groupId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DiscussionList"];
                    };
                };
                400: components["responses"]["BadRequest"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        /** Open a discussion */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @default topic
                         * @enum {string}
                         */
                        kind?: "topic" | "question";
                        title: string;
                        body: string;
                        districtId?: string | null;
                        tags?: string[];
                        asOfficial?: string;
                        /** Format: uuid */
                        groupId?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Discussion"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                429: components["responses"]["RateLimited"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/discussions/tags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The most used tags */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DiscussionTags"];
                    };
                };
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/discussions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One discussion */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Discussion"];
                    };
                };
                400: components["responses"]["BadRequest"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit a discussion */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        title?: string;
                        body?: string;
                        districtId?: string | null;
                        tags?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Discussion"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        trace?: never;
    };
    "/api/comments/{hostType}/{hostId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A page of the comments on an entity */
        get: {
            parameters: {
                query?: {
                    sort?: "best" | "newest" | "oldest";
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path: {
                    hostType: string;
                    hostId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CommentThreadPage"];
                    };
                };
                400: components["responses"]["BadRequest"];
                404: components["responses"]["NotFound"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        /** Comment on an entity, or reply to a comment */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    hostType: string;
                    hostId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        body: string;
                        /** Format: uuid */
                        parentId?: string;
                        /** @enum {string} */
                        stance?: "for" | "against" | "neutral";
                        asOfficial?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CommentReply"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                429: components["responses"]["RateLimited"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/comments/{id}/replies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Replies below a comment */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CommentRepliesPage"];
                    };
                };
                400: components["responses"]["BadRequest"];
                404: components["responses"]["NotFound"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/comments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One comment */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CommentReply"];
                    };
                };
                400: components["responses"]["BadRequest"];
                404: components["responses"]["NotFound"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        /** Delete a comment */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        options?: never;
        head?: never;
        /** Edit a comment */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        body: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CommentReply"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        trace?: never;
    };
    "/api/comments/{id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Show again a comment the host’s moderators hid */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CommentReply"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/comments/{id}/vote": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Vote on a comment */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        value: 1 | 0 | -1;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CommentVoteResult"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/classifier": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The classifier: objects → categories → reasons */
        get: {
            parameters: {
                query?: {
                    all?: "0" | "1";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ClassifierTree"];
                    };
                };
                400: components["responses"]["BadRequest"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/classifier/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Find reasons by words (Russian stemming) */
        get: {
            parameters: {
                query: {
                    q: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ClassifierSearchResult"];
                    };
                };
                400: components["responses"]["BadRequest"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/classifier/reasons/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One reason with its category and object */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ClassifierReasonDetails"];
                    };
                };
                400: components["responses"]["BadRequest"];
                404: components["responses"]["NotFound"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/classifier/reasons": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a reason */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        nameRu: string;
                        nameEn?: string | null;
                        helpText?: string;
                        description?: string;
                        photoRequired?: boolean;
                        extraFields?: {
                            /** @enum {string} */
                            name: "stairs" | "apartment" | "floor" | "phone";
                            required: boolean;
                        }[];
                        /** @enum {string} */
                        locationKind?: "building" | "street" | "near_building";
                        seasonFrom?: string | null;
                        seasonTo?: string | null;
                        seasonMessage?: string | null;
                        verifiedRequired?: boolean;
                        premoderationDays?: number;
                        resolutionDays?: number;
                        answerModerationDays?: number;
                        departmentKind?: string | null;
                        isPublic?: boolean;
                        archived?: boolean;
                        categoryId: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ClassifierReasonDetails"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/classifier/reasons/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit a reason (any field) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        nameRu?: string;
                        nameEn?: string | null;
                        helpText?: string;
                        description?: string;
                        photoRequired?: boolean;
                        extraFields?: {
                            /** @enum {string} */
                            name: "stairs" | "apartment" | "floor" | "phone";
                            required: boolean;
                        }[];
                        /** @enum {string} */
                        locationKind?: "building" | "street" | "near_building";
                        seasonFrom?: string | null;
                        seasonTo?: string | null;
                        seasonMessage?: string | null;
                        verifiedRequired?: boolean;
                        premoderationDays?: number;
                        resolutionDays?: number;
                        answerModerationDays?: number;
                        departmentKind?: string | null;
                        isPublic?: boolean;
                        archived?: boolean;
                        categoryId?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ClassifierReasonDetails"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        trace?: never;
    };
    "/api/admin/classifier/reasons/{id}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** archive a reason */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ClassifierReasonDetails"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/classifier/categories/{id}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** archive a category */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ClassifierCategory"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/classifier/objects/{id}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** archive an object */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ClassifierObject"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/classifier/reasons/{id}/unarchive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** unarchive a reason */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ClassifierReasonDetails"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/classifier/categories/{id}/unarchive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** unarchive a category */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ClassifierCategory"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/classifier/objects/{id}/unarchive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** unarchive an object */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ClassifierObject"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/classifier/categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a category */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        nameRu: string;
                        nameEn?: string | null;
                        position?: number;
                        archived?: boolean;
                        objectId: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ClassifierCategory"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/classifier/categories/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit a category */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        nameRu?: string;
                        nameEn?: string | null;
                        position?: number;
                        archived?: boolean;
                        objectId?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ClassifierCategory"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        trace?: never;
    };
    "/api/admin/classifier/objects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add an object */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        nameRu: string;
                        nameEn?: string | null;
                        position?: number;
                        archived?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ClassifierObject"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/classifier/objects/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit an object */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        nameRu?: string;
                        nameEn?: string | null;
                        position?: number;
                        archived?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ClassifierObject"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        trace?: never;
    };
    "/api/admin/routing-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Routing rules */
        get: {
            parameters: {
                query?: {
                    departmentId?: string;
                    districtId?: string;
                    reasonId?: number;
                    categoryId?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RoutingRuleList"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        /** Add a routing rule */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reasonId?: number | null;
                        categoryId?: number | null;
                        districtId?: string | null;
                        departmentId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RoutingRule"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/routing-rules/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a routing rule */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/routing/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Which department a reason goes to in a district */
        get: {
            parameters: {
                query: {
                    reasonId: number;
                    districtId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RoutingResolution"];
                    };
                };
                400: components["responses"]["BadRequest"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/rejection-reasons": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The rejection dictionary */
        get: {
            parameters: {
                query?: {
                    all?: "0" | "1";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RejectionReasonList"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        /** Add a rejection reason */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        textRu: string;
                        textEn: string;
                        position?: number;
                        active?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RejectionReason"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/rejection-reasons/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit or retire a rejection reason */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        textRu?: string;
                        textEn?: string;
                        position?: number;
                        active?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RejectionReason"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        trace?: never;
    };
    "/api/answer-templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Answer templates */
        get: {
            parameters: {
                query?: {
                    departmentId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AnswerTemplateList"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        /** Add an answer template */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        departmentId?: string | null;
                        title: string;
                        text: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AnswerTemplate"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/answer-templates/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete an answer template */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        options?: never;
        head?: never;
        /** Edit an answer template */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        title?: string;
                        text?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AnswerTemplate"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        trace?: never;
    };
    "/api/admin/departments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a department */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        id?: string;
                        nameRu: string;
                        nameEn: string;
                        kind: string;
                        districtId?: string | null;
                        phone?: string | null;
                        email?: string | "" | null;
                        address?: string | null;
                        website?: string | "" | null;
                        headUserId?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CityDepartment"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                429: components["responses"]["RateLimited"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/departments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a department nothing refers to */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        options?: never;
        head?: never;
        /** Edit a department: names, kind, district, contacts, head */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        nameRu?: string;
                        nameEn?: string;
                        kind?: string;
                        districtId?: string | null;
                        phone?: string | null;
                        email?: string | "" | null;
                        address?: string | null;
                        website?: string | "" | null;
                        headUserId?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CityDepartment"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        trace?: never;
    };
    "/api/admin/departments/{id}/usage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What refers to a department (before retiring, merging or deleting it) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DepartmentUsage"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/departments/{id}/retire": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Retire a department (no routing rules or open reports may point at it) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CityDepartment"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/departments/{id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Bring a retired department back */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CityDepartment"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/departments/{id}/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Merge a department into another: its reports, rules and roles move, it is retired */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        intoId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DepartmentMergeResult"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/departments/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import departments from CSV (upsert by id; all or nothing; a dry run previews) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        csv: string;
                        /** @default false */
                        dryRun?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DepartmentImportSummary"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                429: components["responses"]["RateLimited"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/files/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A stored photo (WebP) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["BadRequest"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/files/{id}/thumb": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A photo’s 320 px preview (WebP) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["BadRequest"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/nearby": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open reports of a reason within 50 m of a point (join one instead of filing a duplicate) */
        get: {
            parameters: {
                query: {
                    lat: number;
                    lon: number;
                    reasonId: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReportList"];
                    };
                };
                400: components["responses"]["BadRequest"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The public list of reports, newest first */
        get: {
            parameters: {
                query?: {
                    /** @description Comma-separated statuses: moderation, rejected, sent, in_progress, answer_moderation, answered, reopened, closed, duplicate, not_competent (reports on moderation and rejected ones are never public) */
                    status?: string;
                    categoryId?: number;
                    reasonId?: number;
                    districtId?: string;
                    departmentId?: string;
                    /** @description YYYY-MM-DD, city time (years 1900–2999) */
                    from?: string;
                    /** @description YYYY-MM-DD, city time (years 1900–2999) */
                    to?: string;
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PublicReportList"];
                    };
                };
                400: components["responses"]["BadRequest"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        /** File a report */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ReportFilingInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReportCard"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                429: components["responses"]["RateLimited"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My reports, newest first */
        get: {
            parameters: {
                query?: {
                    before?: number;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReportList"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/inbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The department’s inbox: overdue first, then by deadline */
        get: {
            parameters: {
                query?: {
                    departmentId?: string;
                    status?: "moderation" | "rejected" | "sent" | "in_progress" | "answer_moderation" | "answered" | "reopened" | "closed" | "duplicate" | "not_competent";
                    districtId?: string;
                    reasonId?: number;
                    overdue?: "0" | "1" | "true" | "false";
                    assignee?: "me" | "none" | string;
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReportInbox"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/inbox/assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Assign reports to an official (all or none) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        numbers: number[];
                        assigneeId: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReportAssignment"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/moderation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Moderators’ queues: new reports, or answers to check */
        get: {
            parameters: {
                query?: {
                    queue?: "new" | "answers";
                    districtId?: string;
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReportList"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/{number}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One report’s card */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    number: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReportCard"];
                    };
                };
                400: components["responses"]["BadRequest"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/{number}/support": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** "Me too": support and follow a report */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    number: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReportSupport"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                429: components["responses"]["RateLimited"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        /** Take back a "me too" */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    number: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReportSupport"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/{number}/ratings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller’s rating of the answer and whether they may rate; every rating, without names, for the department’s officials */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    number: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReportRatings"];
                    };
                };
                400: components["responses"]["BadRequest"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        /**
         * Rate the published answer: fixed, partly fixed or not fixed, quality 1–5, a note
         * @description Once per person (409 for a second rating or before the answer is published; 403 for anyone but the reporter and supporters). The reporter’s “not fixed” within 15 days of the answer disputes it: the report is reopened and the note (at least 10 characters) is the dispute’s text.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    number: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        outcome: "fixed" | "partly_fixed" | "not_fixed";
                        quality: number;
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReportRated"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                429: components["responses"]["RateLimited"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/{number}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve a new report and send it to the department
         * @description Who may: moderators of the report's district. 409 when the report's state does not allow it.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    number: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        departmentId?: string;
                        note?: string;
                    } | null;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReportCard"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/{number}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reject a new report with a reason from the dictionary
         * @description Who may: moderators of the report's district. 409 when the report's state does not allow it.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    number: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        rejectionReasonId: number;
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReportCard"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/{number}/duplicate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Merge a report into another (supporters and followers move)
         * @description Who may: moderators of the report's district. 409 when the report's state does not allow it.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    number: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        of: number;
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReportCard"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/{number}/not-competent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Close a report as not the city’s competence
         * @description Who may: moderators of the report's district. 409 when the report's state does not allow it.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    number: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReportCard"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/{number}/publish-answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish the department’s answer
         * @description Who may: moderators of the report's district. 409 when the report's state does not allow it.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    number: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note?: string;
                    } | null;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReportCard"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/{number}/return-answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Return the answer to the department with a remark
         * @description Who may: moderators of the report's district. 409 when the report's state does not allow it.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    number: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReportCard"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/{number}/take": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Take a report into work
         * @description Who may: officials of the report's department. 409 when the report's state does not allow it.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    number: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note?: string;
                    } | null;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReportCard"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/{number}/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Answer a report (text and "after" photos)
         * @description Who may: officials of the report's department. 409 when the report's state does not allow it.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    number: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        text: string;
                        photoIds?: string[];
                        /** Format: date */
                        dueOn?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReportCard"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/{number}/redirect": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Redirect a report to another department
         * @description Who may: officials of the report's department. 409 when the report's state does not allow it.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    number: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        departmentId: string;
                        note: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReportCard"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/{number}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm the problem is fixed
         * @description Who may: the resident who filed it, within 15 days of the answer. 409 when the report's state does not allow it.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    number: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note?: string;
                    } | null;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReportCard"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/{number}/dispute": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Dispute the answer: the report returns to the department
         * @description Who may: the resident who filed it, within 15 days of the answer. 409 when the report's state does not allow it.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    number: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        text: string;
                        photoIds?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReportCard"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/map": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The public map of reports
         * @description Up to zoom 14: clusters counted on the server (from the map grid at the nearest stored zoom; `from`/`to` count whole months). Above: the reports as points (at most 2,000; `truncated` says when there were more).
         */
        get: {
            parameters: {
                query: {
                    /** @description west,south,east,north in degrees */
                    bbox: string;
                    zoom: number;
                    /** @description Comma-separated statuses: moderation, rejected, sent, in_progress, answer_moderation, answered, reopened, closed, duplicate, not_competent (reports on moderation and rejected ones are never public) */
                    status?: string;
                    categoryId?: number;
                    /** @description YYYY-MM or YYYY-MM-DD (the map counts by month: a date stands for its month) */
                    from?: string;
                    /** @description YYYY-MM or YYYY-MM-DD (the map counts by month: a date stands for its month) */
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReportMap"];
                    };
                };
                400: components["responses"]["BadRequest"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Report statistics per department, reason, district and month
         * @description Public reports filed in the period (`from`/`to`, city days, inclusive). On time: answered by the resolution deadline; late: answered after it or still unanswered past it.
         */
        get: {
            parameters: {
                query?: {
                    /** @description YYYY-MM-DD, city time (years 1900–2999) */
                    from?: string;
                    /** @description YYYY-MM-DD, city time (years 1900–2999) */
                    to?: string;
                    districtId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReportStats"];
                    };
                };
                400: components["responses"]["BadRequest"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/districts/{id}/report-stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A district’s report statistics */
        get: {
            parameters: {
                query?: {
                    /** @description YYYY-MM-DD, city time (years 1900–2999) */
                    from?: string;
                    /** @description YYYY-MM-DD, city time (years 1900–2999) */
                    to?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DistrictReportStats"];
                    };
                };
                400: components["responses"]["BadRequest"];
                404: components["responses"]["NotFound"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/open-data/reports.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Public reports as CSV (UTF-8, RFC 4180), without personal data */
        get: {
            parameters: {
                query?: {
                    /** @description Comma-separated statuses: moderation, rejected, sent, in_progress, answer_moderation, answered, reopened, closed, duplicate, not_competent (reports on moderation and rejected ones are never public) */
                    status?: string;
                    categoryId?: number;
                    reasonId?: number;
                    districtId?: string;
                    departmentId?: string;
                    /** @description YYYY-MM-DD, city time (years 1900–2999) */
                    from?: string;
                    /** @description YYYY-MM-DD, city time (years 1900–2999) */
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["BadRequest"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/open-data/reports.geojson": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Public reports as a GeoJSON FeatureCollection (WGS84 points), without personal data */
        get: {
            parameters: {
                query?: {
                    /** @description Comma-separated statuses: moderation, rejected, sent, in_progress, answer_moderation, answered, reopened, closed, duplicate, not_competent (reports on moderation and rejected ones are never public) */
                    status?: string;
                    categoryId?: number;
                    reasonId?: number;
                    districtId?: string;
                    departmentId?: string;
                    /** @description YYYY-MM-DD, city time (years 1900–2999) */
                    from?: string;
                    /** @description YYYY-MM-DD, city time (years 1900–2999) */
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["BadRequest"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open311 API keys */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Open311ApiKeyList"];
                    };
                };
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        /** Create an Open311 API key */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Open311ApiKeyCreated"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/api-keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke an Open311 API key */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Open311ApiKey"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/uploads/photos": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Upload a photo (multipart/form-data, field "file"; JPEG, PNG, WebP or AVIF up to 10 MB) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReportPhotoUpload"];
                    };
                };
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                429: components["responses"]["RateLimited"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open311/v2/discovery.{format}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open311 service discovery */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    format: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["BadRequest"];
                404: components["responses"]["NotFound"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open311/v2/services.{format}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open311 services: the reasons a report can be filed for */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    format: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["BadRequest"];
                404: components["responses"]["NotFound"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open311/v2/services/{code}.{format}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open311 service definition: the reason’s extra fields as attributes */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    format: string;
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["BadRequest"];
                404: components["responses"]["NotFound"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open311/v2/requests.{format}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Open311 service requests
         * @description Filters: service_request_id (comma list; overrides the others), service_code (comma list), start_date, end_date (W3C, at most 90 days apart; the last 90 days by default), status (open, closed). Newest first, at most 1,000.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    format: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["BadRequest"];
                404: components["responses"]["NotFound"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        /**
         * Open311: file a service request
         * @description application/x-www-form-urlencoded as the spec says (JSON is accepted too). Answers with a token; GET tokens/{token} gives the service_request_id.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    format: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["BadRequest"];
                404: components["responses"]["NotFound"];
                429: components["responses"]["RateLimited"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open311/v2/requests/{id}.{format}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open311: one service request */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    format: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["BadRequest"];
                404: components["responses"]["NotFound"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open311/v2/tokens/{token}.{format}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open311: the service_request_id of a token */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    format: string;
                    token: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["BadRequest"];
                404: components["responses"]["NotFound"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/verification/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My verification status */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MyVerification"];
                    };
                };
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/verification/methods": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The ways of verifying the city offers now */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OfferedVerificationMethods"];
                    };
                };
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/verification/accounts/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An account as the verification desk sees it */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    userId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["VerificationDeskAccount"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                429: components["responses"]["RateLimited"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/verification/in-person": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Verify a resident in person */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        userId: string;
                        documentNumber: string;
                        districtId: string;
                        birthDate: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["VerificationDeskAccount"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                429: components["responses"]["RateLimited"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/verification/methods": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Verification methods and whether each is on */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["VerificationMethodSettings"];
                    };
                };
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/verification/methods/{method}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Switch a verification method on or off */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    method: "sms" | "register" | "in_person" | "oidc";
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        enabled: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["VerificationMethodSettings"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/verification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Verified residents: list and search */
        get: {
            parameters: {
                query?: {
                    q?: string;
                    method?: "sms" | "register" | "in_person" | "oidc";
                    districtId?: string;
                    status?: "active" | "revoked" | "all";
                    limit?: number;
                    offset?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["VerificationList"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/verification/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Verified residents by method and district */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["VerificationStats"];
                    };
                };
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/verification/{userId}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revoke a person's verification */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    userId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/verification/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Verify by the residents register (document number and birth date) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        documentNumber: string;
                        birthDate: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                429: components["responses"]["RateLimited"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/verification/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import the residents register from CSV */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        csv: string;
                        /** @default false */
                        replace?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RegisterImportSummary"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/verification/sms/code": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a verification code by SMS */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        phone: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SmsCodeSent"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                429: components["responses"]["RateLimited"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/verification/sms/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm the SMS code */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        smsCode: string;
                        districtId: string;
                        birthDate: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                429: components["responses"]["RateLimited"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/verification/oidc/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Verify my account at the OpenID Connect provider (redirect) */
        get: {
            parameters: {
                query?: {
                    returnTo?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                302: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                429: components["responses"]["RateLimited"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/verification/oidc/signin": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Sign in with the OpenID Connect provider (redirect) */
        get: {
            parameters: {
                query?: {
                    returnTo?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                302: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["BadRequest"];
                429: components["responses"]["RateLimited"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/verification/oidc/callback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Where the OpenID Connect provider returns (redirects back to the page) */
        get: {
            parameters: {
                query?: {
                    code?: string;
                    state?: string;
                    iss?: string;
                    session_state?: string;
                    error?: string;
                    error_description?: string;
                    error_uri?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                302: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["BadRequest"];
                429: components["responses"]["RateLimited"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/budgeting/cycles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Budgeting cycles, newest first, with their phase and headings */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BudgetingCycleList"];
                    };
                };
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/budgeting/cycles/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One cycle: phase, phase dates, rule, eligibility, headings with counts */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BudgetingCycle"];
                    };
                };
                400: components["responses"]["BadRequest"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/budgeting/headings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One heading: its cycle, the phase, its proposals (from voting on only feasible ones, with a count of the rest) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BudgetingHeadingPage"];
                    };
                };
                400: components["responses"]["BadRequest"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/budgeting/cycles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** All cycles, drafts included (administrators) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BudgetingCycleList"];
                    };
                };
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        /** Create a cycle (phase dates must not go backwards) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        year: number;
                        title: string;
                        description?: string;
                        /** @enum {string} */
                        rule?: "greedy" | "equal-shares";
                        /** @enum {string} */
                        utility?: "cost" | "approval";
                        /** @enum {string} */
                        completion?: "none" | "add1" | "add1-full" | "add1-greedy";
                        minAge?: number;
                        excludeOfficials?: boolean;
                        /** Format: date-time */
                        informingFrom: string;
                        /** Format: date-time */
                        intakeFrom: string;
                        /** Format: date-time */
                        reviewFrom: string;
                        /** Format: date-time */
                        votingFrom: string;
                        /** Format: date-time */
                        tallyingFrom: string;
                        /** Format: date-time */
                        resultsFrom: string;
                        /** Format: date-time */
                        implementationFrom: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BudgetingCycle"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/budgeting/cycles/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a cycle */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        year?: number;
                        title?: string;
                        description?: string;
                        /** @enum {string} */
                        rule?: "greedy" | "equal-shares";
                        /** @enum {string} */
                        utility?: "cost" | "approval";
                        /** @enum {string} */
                        completion?: "none" | "add1" | "add1-full" | "add1-greedy";
                        minAge?: number;
                        excludeOfficials?: boolean;
                        /** Format: date-time */
                        informingFrom?: string;
                        /** Format: date-time */
                        intakeFrom?: string;
                        /** Format: date-time */
                        reviewFrom?: string;
                        /** Format: date-time */
                        votingFrom?: string;
                        /** Format: date-time */
                        tallyingFrom?: string;
                        /** Format: date-time */
                        resultsFrom?: string;
                        /** Format: date-time */
                        implementationFrom?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BudgetingCycle"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        trace?: never;
    };
    "/api/admin/budgeting/cycles/{id}/advance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start the next phase now */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BudgetingCycle"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/budgeting/cycles/{id}/headings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a heading (one per district plus one citywide) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        districtId?: string | null;
                        title: string;
                        amount: string;
                        maxWinners?: number | null;
                        /** @enum {string} */
                        ballotKind?: "approval-budget" | "approval-count" | "points";
                        minProjects?: number | null;
                        maxProjects?: number | null;
                        pointsTotal?: number | null;
                        pointsPerProject?: number | null;
                        residentsOnly?: boolean;
                        position?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BudgetingCycle"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/budgeting/headings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a heading without proposals */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BudgetingDone"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        options?: never;
        head?: never;
        /** Change a heading */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        districtId?: string | null;
                        title?: string;
                        amount?: string;
                        maxWinners?: number | null;
                        /** @enum {string} */
                        ballotKind?: "approval-budget" | "approval-count" | "points";
                        minProjects?: number | null;
                        maxProjects?: number | null;
                        pointsTotal?: number | null;
                        pointsPerProject?: number | null;
                        residentsOnly?: boolean;
                        position?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BudgetingCycle"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        trace?: never;
    };
    "/api/admin/budgeting/cycles/{id}/experts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Experts assigned in a cycle */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BudgetingExpertList"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        /** Assign an expert to a heading, a topic, or the whole cycle */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        userId: string;
                        headingId?: string | null;
                        topic?: ("improvement" | "ecology" | "culture" | "sport" | "education" | "social" | "safety" | "transport" | "other") | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BudgetingExpert"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/budgeting/experts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** End an expert assignment */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BudgetingDone"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/budgeting/proposals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search and list proposals */
        get: {
            parameters: {
                query?: {
                    cycleId?: string;
                    headingId?: string;
                    status?: "submitted" | "withdrawn" | "feasible" | "unfeasible" | "merged";
                    topic?: "improvement" | "ecology" | "culture" | "sport" | "education" | "social" | "safety" | "transport" | "other";
                    districtId?: string;
                    q?: string;
                    mine?: "true" | "false";
                    sort?: "newest" | "number" | "supports" | "cost";
                    limit?: number;
                    offset?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BudgetingProposalList"];
                    };
                };
                400: components["responses"]["BadRequest"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        /** Submit a proposal (the district follows from the place) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        headingId: string;
                        title: string;
                        description: string;
                        /** @enum {string} */
                        topic?: "improvement" | "ecology" | "culture" | "sport" | "education" | "social" | "safety" | "transport" | "other";
                        lat?: number | null;
                        lon?: number | null;
                        address?: string | null;
                        estimatedCost: string;
                        photoIds?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BudgetingProposal"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                429: components["responses"]["RateLimited"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/budgeting/proposals/{number}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One proposal */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    number: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BudgetingProposal"];
                    };
                };
                400: components["responses"]["BadRequest"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit a proposal */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    number: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        title?: string;
                        description?: string;
                        /** @enum {string} */
                        topic?: "improvement" | "ecology" | "culture" | "sport" | "education" | "social" | "safety" | "transport" | "other";
                        lat?: number | null;
                        lon?: number | null;
                        address?: string | null;
                        estimatedCost?: string;
                        photoIds?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BudgetingProposal"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        trace?: never;
    };
    "/api/budgeting/proposals/{number}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw a proposal */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    number: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BudgetingProposal"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/budgeting/proposals/{number}/support": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Support a proposal (once each) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    number: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BudgetingProposalSupport"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                429: components["responses"]["RateLimited"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        /** Take a support back */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    number: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BudgetingProposalSupport"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/budgeting/proposals/{number}/coauthors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Name a co-author by account id */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    number: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        userId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BudgetingProposal"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                429: components["responses"]["RateLimited"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/budgeting/proposals/{number}/coauthors/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Take a co-author off (or take your own name off) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    number: number;
                    userId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BudgetingProposal"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/budgeting/proposals/{number}/photos/{fileId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A proposal’s photo (WebP) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    number: number;
                    fileId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["BadRequest"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/budgeting/proposals/{number}/photos/{fileId}/thumb": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A proposal’s photo, 320 px preview (WebP) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    number: number;
                    fileId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["BadRequest"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/budgeting/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My review queue: undecided first */
        get: {
            parameters: {
                query?: {
                    cycleId?: string;
                    status?: "submitted" | "feasible" | "unfeasible" | "merged";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BudgetingReviewQueue"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/budgeting/proposals/{number}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Decide: feasible (final cost, months) or not, with a public opinion */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    number: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        decision: "feasible" | "unfeasible";
                        opinion: string;
                        finalCost?: string | null;
                        implementationMonths?: number | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BudgetingProposal"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/budgeting/proposals/{number}/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Merge a proposal into a similar one (its authors become co-authors there) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    number: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        intoNumber: number;
                        opinion?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BudgetingProposal"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/budgeting/headings/{id}/ballot": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A heading’s ballot: rules, projects with costs, whether I may vote (and why not), my current choices */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BudgetingBallot"];
                    };
                };
                400: components["responses"]["BadRequest"];
                404: components["responses"]["NotFound"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        /** Cast or replace my ballot; the receipt code is returned once, on the first cast (201), replacements answer 200 without it */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        choices: {
                            number: number;
                            points?: number;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BudgetingBallotCast"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BudgetingBallotCast"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                429: components["responses"]["RateLimited"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/budgeting/headings/{id}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A heading’s results: winners, votes, costs, each project’s explanation, overrides with reasons, totals */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BudgetingResults"];
                    };
                };
                400: components["responses"]["BadRequest"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/budgeting/headings/{id}/ballots.pb": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A tallied heading’s anonymised ballots as a pabulib .pb file (recompute the winners with `gorod pb compute`) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["BadRequest"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/budgeting/receipts/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Find a published ballot by its receipt code */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BudgetingReceipt"];
                    };
                };
                400: components["responses"]["BadRequest"];
                404: components["responses"]["NotFound"];
                429: components["responses"]["RateLimited"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/budgeting/cycles/{id}/tally": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A cycle’s headings with their ballot counts and tallies */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BudgetingTallyOverview"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/budgeting/headings/{id}/tally": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Compute a heading’s winners by the cycle’s rule from its ballot file */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BudgetingResults"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/budgeting/headings/{id}/overrides": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Override the rule’s winners for one project (add / remove; none withdraws the override) with a published reason */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        number: number;
                        /** @enum {string} */
                        decision: "add" | "remove" | "none";
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BudgetingResults"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/budgeting/works": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Works (winners being built): a page of the list, every point for the map, counts by status, the years */
        get: {
            parameters: {
                query?: {
                    year?: number;
                    districtId?: string;
                    status?: "planned" | "design" | "procurement" | "in_progress" | "done" | "cancelled";
                    departmentId?: string;
                    headingId?: string;
                    limit?: number;
                    offset?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BudgetingWorkList"];
                    };
                };
                400: components["responses"]["BadRequest"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/budgeting/works/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One work with its milestones and public history */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BudgetingWork"];
                    };
                };
                400: components["responses"]["BadRequest"];
                404: components["responses"]["NotFound"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/budgeting/works/{id}/updates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Report on a work: stage, progress, money spent (exact), dates, a note and photos (uploaded first through /api/uploads/photos) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status?: "planned" | "design" | "procurement" | "in_progress" | "done" | "cancelled";
                        progress?: number;
                        spent?: string;
                        startedOn?: string | null;
                        finishedOn?: string | null;
                        note?: string;
                        photoIds?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BudgetingWork"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/budgeting/works/{id}/milestones": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Replace a work’s milestones (in order) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        items: {
                            title: string;
                            dueOn?: string | null;
                            doneOn?: string | null;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BudgetingWork"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/budgeting/works/{id}/photos/{fileId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A photo from a work’s history (WebP) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    fileId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["BadRequest"];
                404: components["responses"]["NotFound"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/budgeting/works/{id}/photos/{fileId}/thumb": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A 320 px preview of a photo from a work’s history (WebP) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    fileId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["BadRequest"];
                404: components["responses"]["NotFound"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/budgeting/headings/{id}/works": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create works for a heading’s final winners with the responsible department (idempotent: existing works are kept) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        departmentId: string;
                        /** Format: date */
                        dueOn?: string;
                        numbers?: number[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BudgetingWorksCreated"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/city-budget": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The budget years there are (newest first); illustrative ones are marked */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CityBudgetYearList"];
                    };
                };
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/city-budget/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One budget year: totals, revenues, expenditure sections with subsections, programmes, districts, per resident (exact decimal strings) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    year: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CityBudget"];
                    };
                };
                400: components["responses"]["BadRequest"];
                404: components["responses"]["NotFound"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/city-budget": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import a budget year from the CSV format of docs/budget-csv.md (replaces that year atomically; 400 lists problems by line) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        csv: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CityBudgetImportResult"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/initiatives": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Submitted initiatives, newest submitted first (status may be `overdue`); or mine, drafts included */
        get: {
            parameters: {
                query?: {
                    status?: "draft" | "screening" | "inadmissible" | "collecting" | "not_reached" | "awaiting_answer" | "answered" | "withdrawn" | "overdue";
                    scope?: "city" | "district";
                    districtId?: string;
                    type?: "improvement" | "regulation" | "social";
                    q?: string;
                    mine?: "true" | "false";
                    page?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InitiativeList"];
                    };
                };
                400: components["responses"]["BadRequest"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        /** Start a draft initiative */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["InitiativeDraftInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InitiativeCreated"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                429: components["responses"]["RateLimited"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/initiatives/rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Thresholds per type and scope */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InitiativeRules"];
                    };
                };
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/initiatives/rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Change thresholds (each given type and scope) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        rules: components["schemas"]["InitiativeRuleInput"][];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InitiativeRules"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/initiatives/{number}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One initiative: text, people, timeline, what I may do */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    number: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InitiativeView"];
                    };
                };
                400: components["responses"]["BadRequest"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        /** Edit a draft */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    number: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["InitiativeDraftInput"];
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/initiatives/{number}/coinitiators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Join a draft as a co-initiator */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    number: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                429: components["responses"]["RateLimited"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/initiatives/{number}/coinitiators/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Leave a draft one co-initiated */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    number: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/initiatives/{number}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit a draft for screening */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    number: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/initiatives/{number}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw an initiative */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    number: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/initiatives/{number}/screening": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Screen: admissible (with the responsible department) or not, with a public reason */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    number: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["InitiativeScreeningInput"];
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/initiatives/{number}/supports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Support an initiative (once each) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    number: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InitiativeSupportResult"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                429: components["responses"]["RateLimited"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/initiatives/{number}/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish the authority’s answer */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    number: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["InitiativeAnswerInput"];
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/polls": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Published polls with their targets, dates and state */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PollList"];
                    };
                };
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/polls/receipts/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Find a published response by its receipt code, as the published responses show it: a district or age band shared by fewer than 10 respondents is null */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PollReceiptLookup"];
                    };
                };
                400: components["responses"]["BadRequest"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                429: components["responses"]["RateLimited"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/polls/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A poll: questions, decision rule, whether I may answer (and why not) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PollView"];
                    };
                };
                400: components["responses"]["BadRequest"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/polls/{id}/images/{fileId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An image of a poll or its question (WebP) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    fileId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["BadRequest"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/polls/{id}/images/{fileId}/thumb": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An image of a poll or its question, 320 px preview (WebP) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    fileId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["BadRequest"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/polls/{id}/responses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Answer a poll (final, once); the receipt code is returned only here */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["PollAnswersInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PollResponseReceipt"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                429: components["responses"]["RateLimited"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/polls/{id}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Results: turnout, per district, per question, the decision */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PollResultsView"];
                    };
                };
                400: components["responses"]["BadRequest"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/polls/{id}/responses.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The anonymised responses of a closed poll (receipt hash, district, age band, answers); a district or age band shared by fewer than 10 respondents is null */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["BadRequest"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/polls": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** All polls, drafts included, with response counts */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PollList"];
                    };
                };
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        /** Create a draft poll */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["PollDraftInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PollCreated"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/polls/priorities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a district priority poll (one ranking of the district’s development directions) as a draft */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["PollPrioritiesDraftInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PollCreated"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/polls/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Replace a draft poll, or a published one before it opens (audited) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["PollDraftInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PollChanged"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/polls/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish a draft poll */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PollChanged"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/polls/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close a poll now and freeze its results */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PollChanged"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/polls/{id}/texts.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The free-text answers as CSV */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/crowdsourcing/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Published crowdsourcing projects, newest first, with their public numbers */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CrowdProjectList"];
                    };
                };
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/crowdsourcing/projects/{number}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A project: brief, phases, experts, vote, report, figures */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    number: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CrowdProjectView"];
                    };
                };
                400: components["responses"]["BadRequest"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/crowdsourcing/projects/{number}/ideas": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A project’s ideas by rating, newest or votes */
        get: {
            parameters: {
                query?: {
                    status?: "submitted" | "shortlisted" | "rejected" | "merged" | "withdrawn";
                    sort?: "rating" | "newest" | "votes";
                    page?: number;
                };
                header?: never;
                path: {
                    number: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CrowdIdeaList"];
                    };
                };
                400: components["responses"]["BadRequest"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        /** Submit an idea */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    number: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CrowdIdeaDraftInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CrowdCreated"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                429: components["responses"]["RateLimited"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/crowdsourcing/ideas/{number}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One idea with its review, merges, ratings and what I may do */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    number: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CrowdIdeaView"];
                    };
                };
                400: components["responses"]["BadRequest"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/crowdsourcing/ideas/{number}/rating": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Rate an idea 1–5 (again to change the rating) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    number: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        value: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CrowdIdeaRating"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                429: components["responses"]["RateLimited"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/crowdsourcing/ideas/{number}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw my idea */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    number: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/crowdsourcing/ideas/{number}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Shortlist, reject or merge an idea, with a public reason */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    number: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CrowdIdeaReviewInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/crowdsourcing/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** All projects, drafts included */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CrowdProjectList"];
                    };
                };
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        /** Create a draft project */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CrowdProjectDraftInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CrowdCreated"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/crowdsourcing/projects/{number}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Replace a project’s settings and experts (before its vote starts) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    number: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CrowdProjectDraftInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/crowdsourcing/projects/{number}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish a draft project */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    number: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/crowdsourcing/projects/{number}/advance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start the next phase now */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    number: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/crowdsourcing/projects/{number}/vote": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start the vote: a poll over the shortlisted ideas */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    number: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CrowdVoteStarted"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/crowdsourcing/projects/{number}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish the implementation report, crediting accepted ideas */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    number: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CrowdProjectReportInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/commitments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Commitments: a page of the list (overdue first), every matching point for the map; filters: status (or `overdue`), department, district, source kind (and one source by its id) */
        get: {
            parameters: {
                query?: {
                    status?: "open" | "delivered" | "disputed" | "overdue";
                    departmentId?: string;
                    districtId?: string;
                    sourceType?: "initiative" | "proposal" | "idea" | "report" | "poll";
                    sourceId?: string;
                    limit?: number;
                    offset?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CommitmentList"];
                    };
                };
                400: components["responses"]["BadRequest"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/commitments/statistics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Per department: delivered on time, delivered late, open, overdue */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CommitmentDeliveryStats"];
                    };
                };
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/commitments/by-source/{sourceType}/{sourceId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The commitment made of a source (an initiative’s number…), or 404 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    sourceType: "initiative" | "proposal" | "idea" | "report" | "poll";
                    sourceId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CommitmentSummary"];
                    };
                };
                400: components["responses"]["BadRequest"];
                404: components["responses"]["NotFound"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/commitments/{number}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One commitment: what was promised, by whom and when, its history, what I may do */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    number: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Commitment"];
                    };
                };
                400: components["responses"]["BadRequest"];
                404: components["responses"]["NotFound"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/commitments/{number}/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Post dated progress: stage, percent, money spent, a note, photos (uploaded first through /api/uploads/photos) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    number: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        stage?: "planned" | "design" | "procurement" | "in_progress" | "done" | "cancelled";
                        percent?: number;
                        spent?: string;
                        note?: string;
                        photoIds?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Commitment"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                429: components["responses"]["RateLimited"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/commitments/{number}/delivery": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm delivery (today) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    number: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default  */
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Commitment"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/commitments/{number}/disputes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Dispute a delivery, with the reason: it reopens */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    number: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Commitment"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                429: components["responses"]["RateLimited"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/commitments/{number}/photos/{fileId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A photo from a commitment’s history (WebP) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    number: number;
                    fileId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["BadRequest"];
                404: components["responses"]["NotFound"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/commitments/{number}/photos/{fileId}/thumb": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Its 320 px preview (WebP) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    number: number;
                    fileId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["BadRequest"];
                404: components["responses"]["NotFound"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Groups by kind, district and words; largest first, or near a point
         * @description With `lat` and `lon` ("near me") the list holds the groups that have a point on the map, nearest first, each with its distance.
         */
        get: {
            parameters: {
                query?: {
                    kind?: "building" | "neighbourhood" | "interest" | "organisation" | "public_figure";
                    district?: string;
                    q?: string;
                    mine?: string;
                    lat?: number;
                    lon?: number;
                    limit?: number;
                    offset?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["GroupList"];
                    };
                };
                400: components["responses"]["BadRequest"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        /** Create a group */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind: "building" | "neighbourhood" | "interest" | "organisation" | "public_figure";
                        name: string;
                        description: string;
                        districtId?: string | null;
                        address?: string;
                        lat?: number | null;
                        lon?: number | null;
                        imageFileId?: string | null;
                        rules?: string;
                        /** @enum {string} */
                        membership?: "open" | "request" | "invitation";
                        /** @enum {string} */
                        memberListVisibility?: "public" | "members" | "admins";
                        memberCap?: number | null;
                        registrationNumber?: string | null;
                        officeHours?: string;
                        responsibilities?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Group"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                429: components["responses"]["RateLimited"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/groups/map": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The map of groups: those with a point, largest first
         * @description The list's filters; at most 500 points (`truncated` says there were more: choose a district or a kind).
         */
        get: {
            parameters: {
                query?: {
                    kind?: "building" | "neighbourhood" | "interest" | "organisation" | "public_figure";
                    district?: string;
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["GroupMapPoints"];
                    };
                };
                400: components["responses"]["BadRequest"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/groups/pending": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Pages waiting for verification */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["GroupList"];
                    };
                };
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/groups/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A group */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Group"];
                    };
                };
                400: components["responses"]["BadRequest"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit a group */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        description?: string;
                        districtId?: string | null;
                        address?: string;
                        lat?: number | null;
                        lon?: number | null;
                        imageFileId?: string | null;
                        rules?: string;
                        /** @enum {string} */
                        membership?: "open" | "request" | "invitation";
                        /** @enum {string} */
                        memberListVisibility?: "public" | "members" | "admins";
                        memberCap?: number | null;
                        registrationNumber?: string | null;
                        officeHours?: string;
                        responsibilities?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Group"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                429: components["responses"]["RateLimited"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        trace?: never;
    };
    "/api/groups/{id}/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Verify or refuse an organisation or a public figure */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        approve: boolean;
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Group"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/groups/{id}/join": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Join a group or ask to */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        invitation?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            state: "member" | "requested";
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                429: components["responses"]["RateLimited"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/groups/{id}/leave": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Leave a group */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/groups/{id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A group’s members, a page at a time */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["GroupMembers"];
                    };
                };
                400: components["responses"]["BadRequest"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/groups/{id}/members/{userId}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept a request to join */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    userId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/groups/{id}/members/{userId}/remove": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Remove or ban a member */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    userId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                        /** @default false */
                        ban?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/groups/{id}/bans/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Lift a ban */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    userId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/groups/{id}/members/{userId}/role": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Give a member a role */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    userId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        role: "owner" | "admin" | "member";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/groups/{id}/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Make an invitation link */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default 7 */
                        days?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            token: string;
                            path: string;
                            expiresAt: string;
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                429: components["responses"]["RateLimited"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/groups/{id}/posts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A group’s feed, pinned posts first, a page at a time */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["GroupFeed"];
                    };
                };
                400: components["responses"]["BadRequest"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        /** Post in a group */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        body: string;
                        photoFileIds?: string[];
                        poll?: {
                            question: string;
                            options: string[];
                            /** Format: date-time */
                            closesAt?: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["GroupPost"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                429: components["responses"]["RateLimited"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/groups/{id}/comments/{commentId}/hide": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Hide a comment in the group */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    commentId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/groups/{id}/image": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A group’s image (WebP) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["BadRequest"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/groups/{id}/image/thumb": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A group image’s preview (WebP) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["BadRequest"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/groups/posts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A post */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["GroupPost"];
                    };
                };
                400: components["responses"]["BadRequest"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/groups/posts/{id}/pin": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Pin or unpin a post */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        pinned: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["GroupPost"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/groups/posts/{id}/hide": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Hide a post in the group */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["GroupPost"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/groups/posts/{id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Show again a post the group hid */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["GroupPost"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/groups/posts/{id}/poll/vote": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Vote in a post’s poll (once) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        option: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["GroupPost"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                429: components["responses"]["RateLimited"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/groups/posts/{id}/poll/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close a post’s poll */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["GroupPost"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/groups/posts/{id}/reactions/{kind}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** React to a post */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    kind: "like" | "love" | "laugh" | "wow" | "sad";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["GroupPost"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                429: components["responses"]["RateLimited"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        post?: never;
        /** Take back a reaction */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    kind: "like" | "love" | "laugh" | "wow" | "sad";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["GroupPost"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                429: components["responses"]["RateLimited"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/groups/posts/{id}/photos/{fileId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A post’s photo (WebP) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    fileId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["BadRequest"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/groups/posts/{id}/photos/{fileId}/thumb": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A post photo’s preview (WebP) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    fileId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["BadRequest"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/groups/{id}/answers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Answers to reports a public figure wrote as an official */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["GroupFigureAnswers"];
                    };
                };
                400: components["responses"]["BadRequest"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events/map": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The map of events: the soonest points in an area, and how many there are
         * @description The list's filters (without dates: events that have not ended) and an area. The soonest points: at most 500 in an area up to about 4 × 4 km, 100 in a wider one or the whole city (`truncated` says not all are shown: zoom in or narrow the dates); `total` counts the events in view up to 1000 (`totalCapped`: more).
         */
        get: {
            parameters: {
                query?: {
                    districtId?: string;
                    kind?: "meeting" | "cleanup" | "hearing" | "excursion" | "workshop" | "online";
                    from?: string;
                    to?: string;
                    free?: "true" | "false";
                    organiser?: string;
                    groupId?: string;
                    /** @description west,south,east,north in degrees; without it, the whole city */
                    bbox?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EventMapPoints"];
                    };
                };
                400: components["responses"]["BadRequest"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Events, soonest first, by district, kind, dates, free places, organiser, group */
        get: {
            parameters: {
                query?: {
                    districtId?: string;
                    kind?: "meeting" | "cleanup" | "hearing" | "excursion" | "workshop" | "online";
                    from?: string;
                    to?: string;
                    free?: "true" | "false";
                    organiser?: string;
                    groupId?: string;
                    page?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EventList"];
                    };
                };
                400: components["responses"]["BadRequest"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        /** Organise an event */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["EventDraftInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EventView"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                429: components["responses"]["RateLimited"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My events: registered, waiting, organised */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MyEvents"];
                    };
                };
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events/organisers/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The groups I may organise events for */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EventOrganiserGroups"];
                    };
                };
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/events/feed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether my calendar feed exists */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EventFeed"];
                    };
                };
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        /** Create (or replace) my secret calendar feed */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EventFeedCreated"];
                    };
                };
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                429: components["responses"]["RateLimited"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        /** Revoke my calendar feed */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calendars/personal/{token}/events.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A personal calendar feed (text/calendar): the events its owner registered for */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    token: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["BadRequest"];
                404: components["responses"]["NotFound"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calendars/districts/{districtId}/events.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A district’s calendar feed (text/calendar) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    districtId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["BadRequest"];
                404: components["responses"]["NotFound"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One event, with my registration */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EventView"];
                    };
                };
                400: components["responses"]["BadRequest"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        /** Edit an event */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["EventEditInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EventView"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events/{id}/event.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One event as an .ics file (text/calendar) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["BadRequest"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel an event (with a reason for those registered) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["EventCancelInput"] | null;
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events/{id}/registration-paused": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Close or reopen registration */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        paused: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events/{id}/registrations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who registered and who waits, in order */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EventRegistrations"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events/{id}/registrations.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who registered and who waits, as CSV */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events/{id}/registration": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Register (at capacity: join the waitlist) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EventMyRegistration"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                429: components["responses"]["RateLimited"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        /** Cancel my registration */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events/meetings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Meetings opened on a source (`source=poll:<id>`, `initiative:<n>`, `crowd_project:<n>`) */
        get: {
            parameters: {
                query: {
                    source: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EventList"];
                    };
                };
                400: components["responses"]["BadRequest"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events/{id}/images/{fileId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An image of an event or of its minutes (WebP) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    fileId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["BadRequest"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events/{id}/images/{fileId}/thumb": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An image’s 320 px preview (WebP) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    fileId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["BadRequest"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events/{id}/attendance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Mark who attended (or not) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["EventAttendanceMarksInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EventAttendanceCounts"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events/{id}/check-in-code": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The check-in code to show at the door */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EventCheckInCode"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        /** Make a new check-in code */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EventCheckInCode"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                429: components["responses"]["RateLimited"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events/{id}/check-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Check in with the code shown at the door */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["EventCheckInInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EventAttendanceCounts"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                429: components["responses"]["RateLimited"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events/{id}/minutes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The minutes of an event */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EventMinutes"];
                    };
                };
                400: components["responses"]["BadRequest"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        /** Publish or edit the minutes */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["EventMinutesDraftInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EventMinutes"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                429: components["responses"]["RateLimited"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/volunteering/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Volunteering projects with shifts to come, by district */
        get: {
            parameters: {
                query?: {
                    districtId?: string;
                    groupId?: string;
                    page?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["VolunteerProjectList"];
                    };
                };
                400: components["responses"]["BadRequest"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        /** Announce a volunteering project with its shifts */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["VolunteerProjectDraftInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["VolunteerProjectView"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                429: components["responses"]["RateLimited"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/volunteering/organisers/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The verified organisations I may announce projects for */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MyVolunteerOrganisers"];
                    };
                };
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/volunteering/projects/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One project with its shifts and my sign-ups */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["VolunteerProjectView"];
                    };
                };
                400: components["responses"]["BadRequest"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        /** Change a project’s title, description and district */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["VolunteerProjectEditInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["VolunteerProjectView"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                429: components["responses"]["RateLimited"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/volunteering/projects/{id}/shifts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a shift to a project */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["VolunteerShiftDraftInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["VolunteerProjectView"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                429: components["responses"]["RateLimited"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/volunteering/projects/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel a project with its shifts to come */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["VolunteerCancelInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["VolunteerProjectView"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                429: components["responses"]["RateLimited"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/volunteering/shifts/{shiftId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Change a shift */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    shiftId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["VolunteerShiftEditInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["VolunteerProjectView"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                429: components["responses"]["RateLimited"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/volunteering/shifts/{shiftId}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel a shift */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    shiftId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["VolunteerCancelInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["VolunteerProjectView"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                429: components["responses"]["RateLimited"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/volunteering/shifts/{shiftId}/signups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who signed up for a shift and who waits, in order, with confirmed hours */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    shiftId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["VolunteerSignups"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/volunteering/shifts/{shiftId}/signup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign up for a shift (when full: join its waitlist) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    shiftId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["VolunteerMySignup"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                429: components["responses"]["RateLimited"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        /** Cancel my sign-up */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    shiftId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/volunteering/shifts/{shiftId}/signups/{userId}/hours": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Confirm the hours a volunteer worked */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    shiftId: string;
                    userId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        hours: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["VolunteerHours"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/{id}/volunteering": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A person’s volunteer record */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["VolunteerRecord"];
                    };
                };
                400: components["responses"]["BadRequest"];
                404: components["responses"]["NotFound"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/volunteering": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My shifts: in or waiting, a cancelled one marked with the reason */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MyVolunteering"];
                    };
                };
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/volunteering/record": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Show or hide my volunteer record */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        public: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/points/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My balance, level, monthly badges and history */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    offset?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PointsMine"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/points/me/redemptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My rewards and their codes */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PointsRedemptions"];
                    };
                };
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/points/rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What each action earns */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PointsRules"];
                    };
                };
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/points/levels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Levels by lifetime points */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PointsLevels"];
                    };
                };
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/points/rewards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The rewards catalogue */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PointsRewards"];
                    };
                };
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/points/rewards/{id}/redeem": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Spend points on a reward (the same requestId returns the same redemption) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        requestId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PointsRedemption"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PointsRedemption"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                429: components["responses"]["RateLimited"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/points/rewards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every reward, active or not; a donation with what it gives to */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PointsAdminRewards"];
                    };
                };
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        /** Add a reward */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["PointsRewardDraftInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PointsReward"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/points/rewards/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a reward (switch it off with active: false) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["PointsRewardChangeInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PointsReward"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        trace?: never;
    };
    "/api/admin/points/redemptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Redemptions with their codes */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    offset?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PointsAdminRedemptions"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/points/rules/{action}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set what an action earns */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    action: "report.filed" | "proposal.submitted" | "discussion.started" | "comment.posted" | "ballot.cast" | "poll.responded" | "idea.rated" | "volunteer.hours" | "event.attended";
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        points: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PointsRules"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/points/levels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Replace the levels */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["PointsLevelsChangeInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PointsLevels"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/points/balances/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A person's balance */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    userId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PointsBalance"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/points/adjustments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add or take points with a reason */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["PointsAdjustmentInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PointsBalance"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/charity/causes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Approved charity causes, open ones first */
        get: {
            parameters: {
                query?: {
                    groupId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CauseList"];
                    };
                };
                400: components["responses"]["BadRequest"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/open-data/causes.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Approved charity causes as CSV (UTF-8, RFC 4180): beneficiary, way to give, amounts */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/charity/causes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One cause: how to give, progress and dated reports */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CauseView"];
                    };
                };
                400: components["responses"]["BadRequest"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/charity/causes/{id}/images/{fileId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A cause’s image or a photo of its report (WebP) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    fileId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["BadRequest"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/charity/causes/{id}/images/{fileId}/thumb": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An image’s 320 px preview (WebP) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    fileId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["BadRequest"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/charity/causes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every cause, drafts first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CauseList"];
                    };
                };
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        /** Draft a cause */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CauseDraftInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CauseView"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/charity/causes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Change a cause */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CauseDraftInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CauseView"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/charity/causes/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve a cause (public from now on) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CauseView"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/charity/causes/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close a cause */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CauseView"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/charity/causes/{id}/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add the organisation’s dated report (and the amount collected by then) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CauseReportDraftInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CauseView"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                429: components["responses"]["RateLimited"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/services/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Life roles, the reader’s own first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["LifeRoleList"];
                    };
                };
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/services/roles/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One life role and its services */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["LifeRoleView"];
                    };
                };
                400: components["responses"]["BadRequest"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/services/my-roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The life roles I chose */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MyLifeRoles"];
                    };
                };
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        /** Choose my life roles (replaces the list) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["MyLifeRolesChoiceInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MyLifeRoles"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                429: components["responses"]["RateLimited"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/services/proposals/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Propose a life role (moderated) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["LifeRoleProposalInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CatalogueProposalResult"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                429: components["responses"]["RateLimited"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/services/proposals/services": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Propose a service (moderated) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ServiceProposalInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CatalogueProposalResult"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                429: components["responses"]["RateLimited"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/services/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One service: how to get it, documents, cost, time limit */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ServiceView"];
                    };
                };
                400: components["responses"]["BadRequest"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/services/{id}/mark": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Mark a service useful or not (with an optional note) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ServiceMarkDraftInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ServiceMarkResult"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                429: components["responses"]["RateLimited"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/services": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The catalogue with usefulness per service */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AdminServicesCatalogue"];
                    };
                };
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        /** Add a service */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ServiceDraftInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CatalogueProposalResult"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/services/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One service for editing, with residents’ notes */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AdminServiceView"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        /** Change a service */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ServiceDraftInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CatalogueProposalResult"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/services/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a life role */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["LifeRoleDraftInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CatalogueProposalResult"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/services/roles/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Change a life role */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["LifeRoleDraftInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CatalogueProposalResult"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/services/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import roles and services (CSV or JSON) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ServicesImportInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ServicesImportResult"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/places/layers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The places layers with their counts, sources and whether they hold sample data */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PlaceLayers"];
                    };
                };
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/places/near": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The nearest places of chosen layers within walking distance of a point, nearest first */
        get: {
            parameters: {
                query: {
                    lat: number;
                    lon: number;
                    layers?: string;
                    radius?: number;
                    count?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["NearPlaces"];
                    };
                };
                400: components["responses"]["BadRequest"];
                429: components["responses"]["RateLimited"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/places/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import or refresh a layer from GeoJSON or CSV (all or nothing; problems by feature number or line), or check it (dryRun) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        layerId: string;
                        /** @enum {string} */
                        format: "geojson" | "csv";
                        content: string;
                        source?: string;
                        licence?: string;
                        /** @default false */
                        sample?: boolean;
                        /** @default false */
                        dryRun?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PlaceImportResult"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My conversations with unread counts */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ConversationList"];
                    };
                };
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        /** Start a conversation, a group chat or a request to a department */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        recipientIds?: string[];
                        toDepartment?: string;
                        title?: string;
                        text: string;
                        photoFileIds?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ConversationStarted"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                429: components["responses"]["RateLimited"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/messages/unread": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How many of my conversations have unread messages (muted ones left out) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MessagesUnread"];
                    };
                };
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/messages/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My messaging settings */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MessageSettings"];
                    };
                };
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        /** Who may message me, read receipts, e-mail notices */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        whoMayWrite?: "contacts" | "anyone" | "nobody";
                        readReceipts?: boolean;
                        emailNotice?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MessageSettings"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/messages/blocks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Block or unblock a person */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        userId: string;
                        blocked: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MessageBlock"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                429: components["responses"]["RateLimited"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/messages/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A conversation with its latest messages */
        get: {
            parameters: {
                query?: {
                    olderThan?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Conversation"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        /** Send a message */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        text: string;
                        photoFileIds?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Message"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                429: components["responses"]["RateLimited"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/messages/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark a conversation read */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/messages/{id}/leave": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Leave a conversation */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/messages/{id}/muted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Mute or unmute a conversation */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        muted: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ConversationMuted"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/messages/{id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add people to a group chat */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        userIds: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                429: components["responses"]["RateLimited"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/messages/{id}/photos/{fileId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A photo of a message */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    fileId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/messages/{id}/photos/{fileId}/thumb": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The preview of a photo of a message */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    fileId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/statistics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Participation per district and for the city against the population (counts of people below ten say "< 10") */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Statistics"];
                    };
                };
                429: components["responses"]["RateLimited"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/statistics/representativeness/{kind}/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who took part in a result (kind poll or budgeting-heading) by district and age band against the population */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    kind: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Representativeness"];
                    };
                };
                400: components["responses"]["BadRequest"];
                404: components["responses"]["NotFound"];
                429: components["responses"]["RateLimited"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/population/{districtId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set a district’s population with its year and source (audited) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    districtId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        population: string;
                        year: string;
                        source: string;
                        note?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DistrictPopulation"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/population": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import district populations from CSV (district,population,year,source,note): all or nothing, 400 lists problems by line */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        csv: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            districts: number;
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                429: components["responses"]["RateLimited"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/monitor": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The social-performance monitor: six measures per month
         * @description Trust (active residents and how often they come), usefulness, recommendation, participation, community ties and contribution (volunteering), per month for the last 24 months, oldest first. A figure with fewer than ten people behind it is withheld (`few`).
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Monitor"];
                    };
                };
                429: components["responses"]["RateLimited"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/survey": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** This quarter’s survey: whether to offer it, and my answer */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MonitorSurveyState"];
                    };
                };
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        /**
         * Answer this quarter’s survey (or decline it)
         * @description Usefulness 1–5, would you recommend 0–10, sense of community 1–5; each may be skipped but not all; `dismissed: true` declines. Once per quarter.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        usefulness?: number | null;
                        recommend?: number | null;
                        community?: number | null;
                        dismissed?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MonitorSurveyState"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                429: components["responses"]["RateLimited"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/area": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What is in an area: reports, works, polls, events, volunteering, places and departments around a point or in a district
         * @description A circle of `radius` metres (100–3000, default 500) around `lat`,`lon`, or a `district`. One section per kind (module order) with up to `limit` items and the total; `kinds` (comma-separated) keeps some. 400 for a point outside the city.
         */
        get: {
            parameters: {
                query?: {
                    lat?: number;
                    lon?: number;
                    radius?: number;
                    district?: string;
                    kinds?: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AreaPage"];
                    };
                };
                400: components["responses"]["BadRequest"];
                429: components["responses"]["RateLimited"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/places": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My saved places with their alerts */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SavedPlaces"];
                    };
                };
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        /** Save a place (home, work, parents’ home, another) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        label: "home" | "work" | "parents" | "other";
                        name?: string;
                        address: string;
                        lat: number;
                        lon: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SavedPlace"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                429: components["responses"]["RateLimited"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/places/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One of my saved places */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SavedPlace"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        /** Remove a saved place */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        options?: never;
        head?: never;
        /** Change a saved place */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        label?: "home" | "work" | "parents" | "other";
                        name?: string;
                        address?: string;
                        lat?: number;
                        lon?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SavedPlace"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                429: components["responses"]["RateLimited"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        trace?: never;
    };
    "/api/me/places/{id}/alert": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Be told of what becomes news within a distance of a saved place */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        radiusMeters: number;
                        topics: ("reports" | "answers" | "works" | "polls" | "events")[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SavedPlace"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                429: components["responses"]["RateLimited"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        post?: never;
        /** Stop the alerts around a saved place */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/district-alerts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The districts I am told about */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DistrictAlerts"];
                    };
                };
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/district-alerts/{districtId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Be told of what becomes news in a district */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    districtId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        topics: ("reports" | "answers" | "works" | "polls" | "events")[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DistrictAlert"];
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                429: components["responses"]["RateLimited"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        post?: never;
        /** Stop the alerts of a district */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    districtId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                "5XX": components["responses"]["ServerError"];
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AccountDeleted: {
            /**
             * Format: uuid
             * @description the deletion’s opaque reference, as the public audit log names it
             */
            reference: string;
        };
        AccountDeletedInput: {
            /**
             * Format: uuid
             * @description the deletion’s opaque reference, as the public audit log names it
             */
            reference: string;
        };
        AccountDeletionCodeSent: {
            /** @description the account’s e-mail the code went to */
            sentTo: string;
            /** @description until when the code works */
            expiresAt: string;
        };
        AccountDeletionCodeSentInput: {
            /** @description the account’s e-mail the code went to */
            sentTo: string;
            /** @description until when the code works */
            expiresAt: string;
        };
        AccountMe: {
            /** Format: uuid */
            id: string;
            email: string;
            displayName: string;
            districtId: string | null;
            /** @enum {string} */
            language: "ru" | "en";
            /** @enum {string} */
            verification: "none" | "email" | "verified";
            emailConfirmed: boolean;
            /** @description false for an account made through an identity provider until a password is set: it confirms a deletion with a mailed code */
            hasPassword: boolean;
            roles: components["schemas"]["AccountRoleGrant"][];
            createdAt: string;
        };
        AccountMeInput: {
            /** Format: uuid */
            id: string;
            email: string;
            displayName: string;
            districtId: string | null;
            /** @enum {string} */
            language: "ru" | "en";
            /** @enum {string} */
            verification: "none" | "email" | "verified";
            emailConfirmed: boolean;
            /** @description false for an account made through an identity provider until a password is set: it confirms a deletion with a mailed code */
            hasPassword: boolean;
            roles: components["schemas"]["AccountRoleGrantInput"][];
            createdAt: string;
        };
        AccountRegistration: {
            email: string;
        };
        AccountRegistrationInput: {
            email: string;
        };
        AccountRequestAccepted: {
            /** @constant */
            ok: true;
        };
        AccountRequestAcceptedInput: {
            /** @constant */
            ok: true;
        };
        AccountRoleGrant: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            role: "official" | "moderator" | "expert" | "verifier" | "administrator";
            /** @enum {string} */
            scopeType: "city" | "department" | "district";
            scopeId: string | null;
            grantedAt: string;
        };
        AccountRoleGrantInput: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            role: "official" | "moderator" | "expert" | "verifier" | "administrator";
            /** @enum {string} */
            scopeType: "city" | "department" | "district";
            scopeId: string | null;
            grantedAt: string;
        };
        AccountSession: {
            user: components["schemas"]["AccountMe"];
            csrfToken: string | null;
        };
        AccountSessionInput: {
            user: components["schemas"]["AccountMeInput"];
            csrfToken: string | null;
        };
        AdminAccount: {
            /** Format: uuid */
            id: string;
            email: string;
            displayName: string;
            districtId: string | null;
            /** @enum {string} */
            language: "ru" | "en";
            /** @enum {string} */
            verification: "none" | "email" | "verified";
            emailConfirmed: boolean;
            /** @description false for an account made through an identity provider until a password is set: it confirms a deletion with a mailed code */
            hasPassword: boolean;
            roles: components["schemas"]["AccountRoleGrant"][];
            createdAt: string;
            blocked: boolean;
            blockedUntil: string | null;
            blockReason: string | null;
        };
        AdminAccountInput: {
            /** Format: uuid */
            id: string;
            email: string;
            displayName: string;
            districtId: string | null;
            /** @enum {string} */
            language: "ru" | "en";
            /** @enum {string} */
            verification: "none" | "email" | "verified";
            emailConfirmed: boolean;
            /** @description false for an account made through an identity provider until a password is set: it confirms a deletion with a mailed code */
            hasPassword: boolean;
            roles: components["schemas"]["AccountRoleGrantInput"][];
            createdAt: string;
            blocked: boolean;
            blockedUntil: string | null;
            blockReason: string | null;
        };
        AdminAccountList: {
            items: components["schemas"]["AdminAccount"][];
            total: number;
        };
        AdminAccountListInput: {
            items: components["schemas"]["AdminAccountInput"][];
            total: number;
        };
        AdminDistrict: {
            id: string;
            nameRu: string;
            nameEn: string;
            osmRelationId: number | null;
            areaKm2: number;
            reports: number;
            users: number;
            departments: number;
            count: number;
        };
        AdminDistrictInput: {
            id: string;
            nameRu: string;
            nameEn: string;
            osmRelationId: number | null;
            areaKm2: number;
            reports: number;
            users: number;
            departments: number;
            count: number;
        };
        AdminDistrictList: {
            items: components["schemas"]["AdminDistrict"][];
        };
        AdminDistrictListInput: {
            items: components["schemas"]["AdminDistrictInput"][];
        };
        AdminService: {
            id: string;
            key: string;
            title: string;
            titleEn: string | null;
            excerpt: string;
            demoText: boolean;
            online: boolean;
            usefulCount: number;
            notUsefulCount: number;
            /** @enum {string} */
            moderation: "visible" | "held" | "hidden";
            usefulPercent: number | null;
            proposed: boolean;
            roles: string[];
        };
        AdminServiceInput: {
            id: string;
            key: string;
            title: string;
            titleEn: string | null;
            excerpt: string;
            demoText: boolean;
            online: boolean;
            usefulCount: number;
            notUsefulCount: number;
            /** @enum {string} */
            moderation: "visible" | "held" | "hidden";
            usefulPercent: number | null;
            proposed: boolean;
            roles: string[];
        };
        AdminServiceView: {
            service: {
                id: string;
                key: string;
                title: string;
                titleEn: string | null;
                description: string;
                demoText: boolean;
                providerDepartmentId: string | null;
                providerName: string | null;
                onlineLink: string | null;
                inPerson: string | null;
                phone: string | null;
                documents: string[];
                price: string | null;
                timeLimit: string | null;
                whoMayApply: string | null;
                sourceUrl: string | null;
                roles: string[];
                /** @enum {string} */
                moderation: "visible" | "held" | "hidden";
                usefulCount: number;
                notUsefulCount: number;
            };
            notes: {
                useful: boolean;
                note: string;
                at: string;
            }[];
        };
        AdminServiceViewInput: {
            service: {
                id: string;
                key: string;
                title: string;
                titleEn: string | null;
                description: string;
                demoText: boolean;
                providerDepartmentId: string | null;
                providerName: string | null;
                onlineLink: string | null;
                inPerson: string | null;
                phone: string | null;
                documents: string[];
                price: string | null;
                timeLimit: string | null;
                whoMayApply: string | null;
                sourceUrl: string | null;
                roles: string[];
                /** @enum {string} */
                moderation: "visible" | "held" | "hidden";
                usefulCount: number;
                notUsefulCount: number;
            };
            notes: {
                useful: boolean;
                note: string;
                at: string;
            }[];
        };
        AdminServicesCatalogue: {
            services: components["schemas"]["AdminService"][];
            roles: components["schemas"]["LifeRole"][];
        };
        AdminServicesCatalogueInput: {
            services: components["schemas"]["AdminServiceInput"][];
            roles: components["schemas"]["LifeRoleInput"][];
        };
        AnswerTemplate: {
            id: number;
            departmentId: string | null;
            title: string;
            text: string;
            createdAt: string;
        };
        AnswerTemplateInput: {
            id: number;
            departmentId: string | null;
            title: string;
            text: string;
            createdAt: string;
        };
        AnswerTemplateList: {
            items: components["schemas"]["AnswerTemplate"][];
        };
        AnswerTemplateListInput: {
            items: components["schemas"]["AnswerTemplateInput"][];
        };
        AreaItem: {
            kind: string;
            id: string;
            title: string;
            path: string;
            status: string | null;
            statusText: string | null;
            lat: number | null;
            lon: number | null;
            distanceMeters: number | null;
            districtId: string | null;
            address: string | null;
            date: string | null;
            contacts: {
                phone: string | null;
                email: string | null;
                address: string | null;
            } | null;
        };
        AreaItemInput: {
            kind: string;
            id: string;
            title: string;
            path: string;
            status: string | null;
            statusText: string | null;
            lat: number | null;
            lon: number | null;
            distanceMeters: number | null;
            districtId: string | null;
            address: string | null;
            date: string | null;
            contacts: {
                phone: string | null;
                email: string | null;
                address: string | null;
            } | null;
        };
        AreaPage: {
            area: {
                /** @enum {string} */
                type: "circle" | "district";
                lat: number | null;
                lon: number | null;
                radiusMeters: number | null;
                districtId: string | null;
            };
            sections: {
                kind: string;
                total: number;
                items: components["schemas"]["AreaItem"][];
            }[];
        };
        AreaPageInput: {
            area: {
                /** @enum {string} */
                type: "circle" | "district";
                lat: number | null;
                lon: number | null;
                radiusMeters: number | null;
                districtId: string | null;
            };
            sections: {
                kind: string;
                total: number;
                items: components["schemas"]["AreaItemInput"][];
            }[];
        };
        AuditCheckpoint: {
            id: number;
            seq: number;
            hash: string;
            entries: number;
            at: string;
            reason: string;
            site: string;
            keyId: string;
            signature: string;
        };
        AuditCheckpointInput: {
            id: number;
            seq: number;
            hash: string;
            entries: number;
            at: string;
            reason: string;
            site: string;
            keyId: string;
            signature: string;
        };
        AuditCheckpointPage: {
            items: components["schemas"]["AuditCheckpoint"][];
            key: components["schemas"]["AuditPublicKey"];
        };
        AuditCheckpointPageInput: {
            items: components["schemas"]["AuditCheckpointInput"][];
            key: components["schemas"]["AuditPublicKeyInput"];
        };
        AuditEntry: {
            seq: number;
            at: string;
            action: string;
            area: string;
            subjectType: string;
            subjectId: string | null;
            data: {
                [key: string]: unknown;
            };
            sentence: string;
            parts: components["schemas"]["AuditSentencePart"][];
            prevHash: string;
            hash: string;
        };
        AuditEntryInput: {
            seq: number;
            at: string;
            action: string;
            area: string;
            subjectType: string;
            subjectId: string | null;
            data: {
                [key: string]: unknown;
            };
            sentence: string;
            parts: components["schemas"]["AuditSentencePartInput"][];
            prevHash: string;
            hash: string;
        };
        AuditPage: {
            items: components["schemas"]["AuditEntry"][];
            areas: string[];
        };
        AuditPageInput: {
            items: components["schemas"]["AuditEntryInput"][];
            areas: string[];
        };
        AuditPublicKey: {
            /** @constant */
            algorithm: "Ed25519";
            keyId: string;
            publicKey: string;
            pem: string;
        };
        AuditPublicKeyInput: {
            /** @constant */
            algorithm: "Ed25519";
            keyId: string;
            publicKey: string;
            pem: string;
        };
        AuditSentencePart: {
            text: string;
            href?: string;
        };
        AuditSentencePartInput: {
            text: string;
            href?: string;
        };
        AuditVerification: {
            ok: boolean;
            entries: number;
            head?: string;
            brokenAt?: number;
            problem?: string;
        };
        AuditVerificationInput: {
            ok: boolean;
            entries: number;
            head?: string;
            brokenAt?: number;
            problem?: string;
        };
        BudgetingBallot: {
            heading: components["schemas"]["BudgetingBallotHeading"];
            cycle: components["schemas"]["BudgetingBallotCycle"];
            /** @enum {string} */
            phase: "draft" | "informing" | "intake" | "review" | "voting" | "tallying" | "results" | "implementation";
            eligibility: {
                eligible: boolean;
                reason: string | null;
                message: string | null;
            };
            proposals: {
                number: number;
                title: string;
                /** @description exact decimal string, roubles */
                cost: string;
            }[];
            mine: {
                choices: {
                    number: number;
                    points: number;
                }[];
                /** Format: date-time */
                updatedAt: string;
            } | null;
        };
        BudgetingBallotCast: {
            created: boolean;
            /** @description shown once, on the first cast; only its hash is stored */
            receipt: string | null;
        };
        BudgetingBallotCastInput: {
            created: boolean;
            /** @description shown once, on the first cast; only its hash is stored */
            receipt: string | null;
        };
        BudgetingBallotCycle: {
            /** Format: uuid */
            id: string;
            title: string;
            year: number;
            /** Format: date-time */
            votingFrom: string;
            /** Format: date-time */
            tallyingFrom: string;
            /** Format: date-time */
            resultsFrom: string;
            minAge: number;
            importedFrom: string | null;
            currency: string;
        };
        BudgetingBallotCycleInput: {
            /** Format: uuid */
            id: string;
            title: string;
            year: number;
            /** Format: date-time */
            votingFrom: string;
            /** Format: date-time */
            tallyingFrom: string;
            /** Format: date-time */
            resultsFrom: string;
            minAge: number;
            importedFrom: string | null;
            currency: string;
        };
        BudgetingBallotHeading: {
            /** Format: uuid */
            id: string;
            title: string;
            districtId: string | null;
            /** @description exact decimal string, roubles */
            amount: string;
            /** @enum {string} */
            ballotKind: "approval-budget" | "approval-count" | "points";
            minProjects: number | null;
            maxProjects: number | null;
            pointsTotal: number | null;
            pointsPerProject: number | null;
            maxWinners: number | null;
            residentsOnly: boolean;
        };
        BudgetingBallotHeadingInput: {
            /** Format: uuid */
            id: string;
            title: string;
            districtId: string | null;
            /** @description exact decimal string, roubles */
            amount: string;
            /** @enum {string} */
            ballotKind: "approval-budget" | "approval-count" | "points";
            minProjects: number | null;
            maxProjects: number | null;
            pointsTotal: number | null;
            pointsPerProject: number | null;
            maxWinners: number | null;
            residentsOnly: boolean;
        };
        BudgetingBallotInput: {
            heading: components["schemas"]["BudgetingBallotHeadingInput"];
            cycle: components["schemas"]["BudgetingBallotCycleInput"];
            /** @enum {string} */
            phase: "draft" | "informing" | "intake" | "review" | "voting" | "tallying" | "results" | "implementation";
            eligibility: {
                eligible: boolean;
                reason: string | null;
                message: string | null;
            };
            proposals: {
                number: number;
                title: string;
                /** @description exact decimal string, roubles */
                cost: string;
            }[];
            mine: {
                choices: {
                    number: number;
                    points: number;
                }[];
                /** Format: date-time */
                updatedAt: string;
            } | null;
        };
        BudgetingCycle: {
            /** Format: uuid */
            id: string;
            year: number;
            title: string;
            description: string;
            /** @enum {string} */
            rule: "greedy" | "equal-shares";
            /** @enum {string} */
            utility: "cost" | "approval";
            /** @enum {string} */
            completion: "none" | "add1" | "add1-full" | "add1-greedy";
            minAge: number;
            excludeOfficials: boolean;
            importedFrom: string | null;
            currency: string;
            /** @enum {string} */
            phase: "draft" | "informing" | "intake" | "review" | "voting" | "tallying" | "results" | "implementation";
            phases: {
                /** @enum {string} */
                phase: "informing" | "intake" | "review" | "voting" | "tallying" | "results" | "implementation";
                from: string;
            }[];
            next: {
                /** @enum {string} */
                phase: "informing" | "intake" | "review" | "voting" | "tallying" | "results" | "implementation";
                from: string;
            } | null;
            headings: components["schemas"]["BudgetingHeading"][];
        };
        BudgetingCycleInput: {
            /** Format: uuid */
            id: string;
            year: number;
            title: string;
            description: string;
            /** @enum {string} */
            rule: "greedy" | "equal-shares";
            /** @enum {string} */
            utility: "cost" | "approval";
            /** @enum {string} */
            completion: "none" | "add1" | "add1-full" | "add1-greedy";
            minAge: number;
            excludeOfficials: boolean;
            importedFrom: string | null;
            currency: string;
            /** @enum {string} */
            phase: "draft" | "informing" | "intake" | "review" | "voting" | "tallying" | "results" | "implementation";
            phases: {
                /** @enum {string} */
                phase: "informing" | "intake" | "review" | "voting" | "tallying" | "results" | "implementation";
                from: string;
            }[];
            next: {
                /** @enum {string} */
                phase: "informing" | "intake" | "review" | "voting" | "tallying" | "results" | "implementation";
                from: string;
            } | null;
            headings: components["schemas"]["BudgetingHeadingInput"][];
        };
        BudgetingCycleList: {
            items: components["schemas"]["BudgetingCycle"][];
        };
        BudgetingCycleListInput: {
            items: components["schemas"]["BudgetingCycleInput"][];
        };
        BudgetingCycleSummary: {
            /** Format: uuid */
            id: string;
            year: number;
            title: string;
            description: string;
            /** @enum {string} */
            rule: "greedy" | "equal-shares";
            /** @enum {string} */
            utility: "cost" | "approval";
            /** @enum {string} */
            completion: "none" | "add1" | "add1-full" | "add1-greedy";
            minAge: number;
            excludeOfficials: boolean;
            importedFrom: string | null;
            currency: string;
            /** @enum {string} */
            phase: "draft" | "informing" | "intake" | "review" | "voting" | "tallying" | "results" | "implementation";
            phases: {
                /** @enum {string} */
                phase: "informing" | "intake" | "review" | "voting" | "tallying" | "results" | "implementation";
                from: string;
            }[];
            next: {
                /** @enum {string} */
                phase: "informing" | "intake" | "review" | "voting" | "tallying" | "results" | "implementation";
                from: string;
            } | null;
        };
        BudgetingCycleSummaryInput: {
            /** Format: uuid */
            id: string;
            year: number;
            title: string;
            description: string;
            /** @enum {string} */
            rule: "greedy" | "equal-shares";
            /** @enum {string} */
            utility: "cost" | "approval";
            /** @enum {string} */
            completion: "none" | "add1" | "add1-full" | "add1-greedy";
            minAge: number;
            excludeOfficials: boolean;
            importedFrom: string | null;
            currency: string;
            /** @enum {string} */
            phase: "draft" | "informing" | "intake" | "review" | "voting" | "tallying" | "results" | "implementation";
            phases: {
                /** @enum {string} */
                phase: "informing" | "intake" | "review" | "voting" | "tallying" | "results" | "implementation";
                from: string;
            }[];
            next: {
                /** @enum {string} */
                phase: "informing" | "intake" | "review" | "voting" | "tallying" | "results" | "implementation";
                from: string;
            } | null;
        };
        BudgetingDone: {
            /** @constant */
            ok: true;
        };
        BudgetingDoneInput: {
            /** @constant */
            ok: true;
        };
        BudgetingExpert: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            userId: string;
            displayName: string;
            headingId: string | null;
            topic: ("improvement" | "ecology" | "culture" | "sport" | "education" | "social" | "safety" | "transport" | "other") | null;
        };
        BudgetingExpertInput: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            userId: string;
            displayName: string;
            headingId: string | null;
            topic: ("improvement" | "ecology" | "culture" | "sport" | "education" | "social" | "safety" | "transport" | "other") | null;
        };
        BudgetingExpertList: {
            items: components["schemas"]["BudgetingExpert"][];
        };
        BudgetingExpertListInput: {
            items: components["schemas"]["BudgetingExpertInput"][];
        };
        BudgetingHeading: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            cycleId: string;
            districtId: string | null;
            title: string;
            amount: string;
            maxWinners: number | null;
            /** @enum {string} */
            ballotKind: "approval-budget" | "approval-count" | "points";
            minProjects: number | null;
            maxProjects: number | null;
            pointsTotal: number | null;
            pointsPerProject: number | null;
            residentsOnly: boolean;
            position: number;
            proposalCount: number;
            feasibleCount: number;
        };
        BudgetingHeadingInput: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            cycleId: string;
            districtId: string | null;
            title: string;
            amount: string;
            maxWinners: number | null;
            /** @enum {string} */
            ballotKind: "approval-budget" | "approval-count" | "points";
            minProjects: number | null;
            maxProjects: number | null;
            pointsTotal: number | null;
            pointsPerProject: number | null;
            residentsOnly: boolean;
            position: number;
            proposalCount: number;
            feasibleCount: number;
        };
        BudgetingHeadingPage: {
            heading: components["schemas"]["BudgetingHeading"];
            cycle: components["schemas"]["BudgetingCycleSummary"];
            /** @enum {string} */
            phase: "draft" | "informing" | "intake" | "review" | "voting" | "tallying" | "results" | "implementation";
            proposals: components["schemas"]["BudgetingProposalSummary"][];
            otherCount: number;
        };
        BudgetingHeadingPageInput: {
            heading: components["schemas"]["BudgetingHeadingInput"];
            cycle: components["schemas"]["BudgetingCycleSummaryInput"];
            /** @enum {string} */
            phase: "draft" | "informing" | "intake" | "review" | "voting" | "tallying" | "results" | "implementation";
            proposals: components["schemas"]["BudgetingProposalSummaryInput"][];
            otherCount: number;
        };
        BudgetingPerson: {
            /** Format: uuid */
            id: string;
            displayName: string;
            districtId: string | null;
            official: null;
        };
        BudgetingPersonInput: {
            /** Format: uuid */
            id: string;
            displayName: string;
            districtId: string | null;
            official: null;
        };
        BudgetingPhoto: {
            /** Format: uuid */
            id: string;
            url: string;
            thumbUrl: string;
        };
        BudgetingPhotoInput: {
            /** Format: uuid */
            id: string;
            url: string;
            thumbUrl: string;
        };
        BudgetingProposal: {
            /** Format: uuid */
            id: string;
            number: number;
            /** Format: uuid */
            cycleId: string;
            /** Format: uuid */
            headingId: string;
            title: string;
            excerpt: string;
            /** @enum {string} */
            topic: "improvement" | "ecology" | "culture" | "sport" | "education" | "social" | "safety" | "transport" | "other";
            /** @enum {string} */
            status: "submitted" | "withdrawn" | "feasible" | "unfeasible" | "merged";
            districtId: string | null;
            address: string | null;
            lat: number | null;
            lon: number | null;
            estimatedCost: string;
            finalCost: string | null;
            cost: string;
            implementationMonths: number | null;
            supportCount: number;
            commentCount: number;
            author: components["schemas"]["BudgetingPerson"] | null;
            photo: components["schemas"]["BudgetingPhoto"] | null;
            createdAt: string;
            description: string;
            photos: components["schemas"]["BudgetingPhoto"][];
            coauthors: {
                /** Format: uuid */
                id: string;
                displayName: string;
                districtId: string | null;
                official: null;
                viaMerge: boolean;
            }[];
            review: {
                opinion: string;
                reviewedAt: string;
                reviewer: components["schemas"]["BudgetingPerson"] | null;
            } | null;
            mergedInto: {
                number: number;
                title: string;
            } | null;
            mergedFrom: {
                number: number;
                title: string;
            }[];
            heading: {
                /** Format: uuid */
                id: string;
                title: string;
                districtId: string | null;
            };
            cycle: {
                /** Format: uuid */
                id: string;
                title: string;
                year: number;
                currency: string;
            };
            /** @enum {string} */
            phase: "draft" | "informing" | "intake" | "review" | "voting" | "tallying" | "results" | "implementation";
            withdrawnAt: string | null;
            /** @enum {string} */
            moderation: "visible" | "held" | "hidden";
            moderationReason: string | null;
            supported: boolean;
            mine: boolean;
            can: {
                edit: boolean;
                withdraw: boolean;
                support: boolean;
                comment: boolean;
                review: boolean;
                manageCoauthors: boolean;
            };
        };
        BudgetingProposalInput: {
            /** Format: uuid */
            id: string;
            number: number;
            /** Format: uuid */
            cycleId: string;
            /** Format: uuid */
            headingId: string;
            title: string;
            excerpt: string;
            /** @enum {string} */
            topic: "improvement" | "ecology" | "culture" | "sport" | "education" | "social" | "safety" | "transport" | "other";
            /** @enum {string} */
            status: "submitted" | "withdrawn" | "feasible" | "unfeasible" | "merged";
            districtId: string | null;
            address: string | null;
            lat: number | null;
            lon: number | null;
            estimatedCost: string;
            finalCost: string | null;
            cost: string;
            implementationMonths: number | null;
            supportCount: number;
            commentCount: number;
            author: components["schemas"]["BudgetingPersonInput"] | null;
            photo: components["schemas"]["BudgetingPhotoInput"] | null;
            createdAt: string;
            description: string;
            photos: components["schemas"]["BudgetingPhotoInput"][];
            coauthors: {
                /** Format: uuid */
                id: string;
                displayName: string;
                districtId: string | null;
                official: null;
                viaMerge: boolean;
            }[];
            review: {
                opinion: string;
                reviewedAt: string;
                reviewer: components["schemas"]["BudgetingPersonInput"] | null;
            } | null;
            mergedInto: {
                number: number;
                title: string;
            } | null;
            mergedFrom: {
                number: number;
                title: string;
            }[];
            heading: {
                /** Format: uuid */
                id: string;
                title: string;
                districtId: string | null;
            };
            cycle: {
                /** Format: uuid */
                id: string;
                title: string;
                year: number;
                currency: string;
            };
            /** @enum {string} */
            phase: "draft" | "informing" | "intake" | "review" | "voting" | "tallying" | "results" | "implementation";
            withdrawnAt: string | null;
            /** @enum {string} */
            moderation: "visible" | "held" | "hidden";
            moderationReason: string | null;
            supported: boolean;
            mine: boolean;
            can: {
                edit: boolean;
                withdraw: boolean;
                support: boolean;
                comment: boolean;
                review: boolean;
                manageCoauthors: boolean;
            };
        };
        BudgetingProposalList: {
            items: components["schemas"]["BudgetingProposalSummary"][];
            total: number;
        };
        BudgetingProposalListInput: {
            items: components["schemas"]["BudgetingProposalSummaryInput"][];
            total: number;
        };
        BudgetingProposalSummary: {
            /** Format: uuid */
            id: string;
            number: number;
            /** Format: uuid */
            cycleId: string;
            /** Format: uuid */
            headingId: string;
            title: string;
            excerpt: string;
            /** @enum {string} */
            topic: "improvement" | "ecology" | "culture" | "sport" | "education" | "social" | "safety" | "transport" | "other";
            /** @enum {string} */
            status: "submitted" | "withdrawn" | "feasible" | "unfeasible" | "merged";
            districtId: string | null;
            address: string | null;
            lat: number | null;
            lon: number | null;
            estimatedCost: string;
            finalCost: string | null;
            cost: string;
            implementationMonths: number | null;
            supportCount: number;
            commentCount: number;
            author: components["schemas"]["BudgetingPerson"] | null;
            photo: components["schemas"]["BudgetingPhoto"] | null;
            createdAt: string;
        };
        BudgetingProposalSummaryInput: {
            /** Format: uuid */
            id: string;
            number: number;
            /** Format: uuid */
            cycleId: string;
            /** Format: uuid */
            headingId: string;
            title: string;
            excerpt: string;
            /** @enum {string} */
            topic: "improvement" | "ecology" | "culture" | "sport" | "education" | "social" | "safety" | "transport" | "other";
            /** @enum {string} */
            status: "submitted" | "withdrawn" | "feasible" | "unfeasible" | "merged";
            districtId: string | null;
            address: string | null;
            lat: number | null;
            lon: number | null;
            estimatedCost: string;
            finalCost: string | null;
            cost: string;
            implementationMonths: number | null;
            supportCount: number;
            commentCount: number;
            author: components["schemas"]["BudgetingPersonInput"] | null;
            photo: components["schemas"]["BudgetingPhotoInput"] | null;
            createdAt: string;
        };
        BudgetingProposalSupport: {
            supported: boolean;
            supportCount: number;
        };
        BudgetingProposalSupportInput: {
            supported: boolean;
            supportCount: number;
        };
        BudgetingReceipt: {
            heading: components["schemas"]["BudgetingBallotHeading"];
            cycle: components["schemas"]["BudgetingBallotCycle"];
            /** @description how the ballot is named in the published ballot file */
            voterId: string;
            ballotsSha256: string;
            /** Format: date-time */
            castAt: string;
            /** Format: date-time */
            updatedAt: string;
            choices: {
                number: number;
                title: string;
                points: number;
            }[];
        };
        BudgetingReceiptInput: {
            heading: components["schemas"]["BudgetingBallotHeadingInput"];
            cycle: components["schemas"]["BudgetingBallotCycleInput"];
            /** @description how the ballot is named in the published ballot file */
            voterId: string;
            ballotsSha256: string;
            /** Format: date-time */
            castAt: string;
            /** Format: date-time */
            updatedAt: string;
            choices: {
                number: number;
                title: string;
                points: number;
            }[];
        };
        BudgetingResultProject: {
            number: number;
            title: string;
            /** @description the project id in the ballot file */
            id: string;
            votes: string;
            /** @description exact decimal string, roubles */
            cost: string;
            rank: number;
            ruleWinner: boolean;
            winner: boolean;
            code: string;
            remainingBefore?: string;
            round?: number;
            supporters?: number;
            supportersMoneyAtStart?: string;
            supportersMoneyAtEnd?: string;
            supportersFunded?: number[];
            override: {
                /** @enum {string} */
                decision: "add" | "remove";
                reason: string;
            } | null;
        };
        BudgetingResultProjectInput: {
            number: number;
            title: string;
            /** @description the project id in the ballot file */
            id: string;
            votes: string;
            /** @description exact decimal string, roubles */
            cost: string;
            rank: number;
            ruleWinner: boolean;
            winner: boolean;
            code: string;
            remainingBefore?: string;
            round?: number;
            supporters?: number;
            supportersMoneyAtStart?: string;
            supportersMoneyAtEnd?: string;
            supportersFunded?: number[];
            override: {
                /** @enum {string} */
                decision: "add" | "remove";
                reason: string;
            } | null;
        };
        BudgetingResults: {
            heading: components["schemas"]["BudgetingBallotHeading"];
            cycle: components["schemas"]["BudgetingBallotCycle"];
            /** @enum {string} */
            phase: "draft" | "informing" | "intake" | "review" | "voting" | "tallying" | "results" | "implementation";
            /** @enum {string} */
            rule: "greedy" | "equal-shares";
            /** @enum {string} */
            utility: "cost" | "approval";
            /** @enum {string} */
            completion: "none" | "add1" | "add1-full" | "add1-greedy";
            /** @description exact decimal string, roubles */
            budget: string;
            /** @description exact decimal string, roubles */
            ruleCost: string;
            ballots: number;
            ballotsSha256: string;
            /** Format: date-time */
            computedAt: string;
            projects: components["schemas"]["BudgetingResultProject"][];
            overrides: {
                number: number;
                title: string;
                /** @enum {string} */
                decision: "add" | "remove";
                reason: string;
                /** Format: date-time */
                decidedAt: string;
            }[];
            totals: {
                winners: number;
                /** @description exact decimal string, roubles */
                cost: string;
                /** @description exact decimal string, roubles */
                remaining: string;
            };
        };
        BudgetingResultsInput: {
            heading: components["schemas"]["BudgetingBallotHeadingInput"];
            cycle: components["schemas"]["BudgetingBallotCycleInput"];
            /** @enum {string} */
            phase: "draft" | "informing" | "intake" | "review" | "voting" | "tallying" | "results" | "implementation";
            /** @enum {string} */
            rule: "greedy" | "equal-shares";
            /** @enum {string} */
            utility: "cost" | "approval";
            /** @enum {string} */
            completion: "none" | "add1" | "add1-full" | "add1-greedy";
            /** @description exact decimal string, roubles */
            budget: string;
            /** @description exact decimal string, roubles */
            ruleCost: string;
            ballots: number;
            ballotsSha256: string;
            /** Format: date-time */
            computedAt: string;
            projects: components["schemas"]["BudgetingResultProjectInput"][];
            overrides: {
                number: number;
                title: string;
                /** @enum {string} */
                decision: "add" | "remove";
                reason: string;
                /** Format: date-time */
                decidedAt: string;
            }[];
            totals: {
                winners: number;
                /** @description exact decimal string, roubles */
                cost: string;
                /** @description exact decimal string, roubles */
                remaining: string;
            };
        };
        BudgetingReviewQueue: {
            cycles: {
                /** Format: uuid */
                id: string;
                title: string;
                year: number;
                currency: string;
                /** @enum {string} */
                phase: "draft" | "informing" | "intake" | "review" | "voting" | "tallying" | "results" | "implementation";
            }[];
            items: components["schemas"]["BudgetingProposalSummary"][];
        };
        BudgetingReviewQueueInput: {
            cycles: {
                /** Format: uuid */
                id: string;
                title: string;
                year: number;
                currency: string;
                /** @enum {string} */
                phase: "draft" | "informing" | "intake" | "review" | "voting" | "tallying" | "results" | "implementation";
            }[];
            items: components["schemas"]["BudgetingProposalSummaryInput"][];
        };
        BudgetingTallyOverview: {
            cycle: components["schemas"]["BudgetingBallotCycle"];
            /** @enum {string} */
            phase: "draft" | "informing" | "intake" | "review" | "voting" | "tallying" | "results" | "implementation";
            /** @enum {string} */
            rule: "greedy" | "equal-shares";
            /** @enum {string} */
            utility: "cost" | "approval";
            /** @enum {string} */
            completion: "none" | "add1" | "add1-full" | "add1-greedy";
            headings: {
                /** Format: uuid */
                id: string;
                title: string;
                districtId: string | null;
                /** @description exact decimal string, roubles */
                amount: string;
                /** @enum {string} */
                ballotKind: "approval-budget" | "approval-count" | "points";
                minProjects: number | null;
                maxProjects: number | null;
                pointsTotal: number | null;
                pointsPerProject: number | null;
                maxWinners: number | null;
                residentsOnly: boolean;
                ballots: number;
                tally: {
                    /** Format: date-time */
                    computedAt: string;
                    winners: number;
                    ballotsSha256: string;
                } | null;
            }[];
        };
        BudgetingTallyOverviewInput: {
            cycle: components["schemas"]["BudgetingBallotCycleInput"];
            /** @enum {string} */
            phase: "draft" | "informing" | "intake" | "review" | "voting" | "tallying" | "results" | "implementation";
            /** @enum {string} */
            rule: "greedy" | "equal-shares";
            /** @enum {string} */
            utility: "cost" | "approval";
            /** @enum {string} */
            completion: "none" | "add1" | "add1-full" | "add1-greedy";
            headings: {
                /** Format: uuid */
                id: string;
                title: string;
                districtId: string | null;
                /** @description exact decimal string, roubles */
                amount: string;
                /** @enum {string} */
                ballotKind: "approval-budget" | "approval-count" | "points";
                minProjects: number | null;
                maxProjects: number | null;
                pointsTotal: number | null;
                pointsPerProject: number | null;
                maxWinners: number | null;
                residentsOnly: boolean;
                ballots: number;
                tally: {
                    /** Format: date-time */
                    computedAt: string;
                    winners: number;
                    ballotsSha256: string;
                } | null;
            }[];
        };
        BudgetingWork: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            status: "planned" | "design" | "procurement" | "in_progress" | "done" | "cancelled";
            progress: number;
            spent: string;
            startedOn: string | null;
            finishedOn: string | null;
            updatedAt: string;
            department: components["schemas"]["BudgetingWorkDepartment"] | null;
            proposal: {
                number: number;
                title: string;
                cost: string;
                lat: number | null;
                lon: number | null;
                districtId: string | null;
                address: string | null;
            };
            heading: {
                /** Format: uuid */
                id: string;
                title: string;
            };
            cycle: {
                /** Format: uuid */
                id: string;
                year: number;
                title: string;
                currency: string;
            };
            description: string;
            milestones: {
                /** Format: uuid */
                id: string;
                title: string;
                dueOn: string | null;
                doneOn: string | null;
            }[];
            updates: {
                /** Format: uuid */
                id: string;
                at: string;
                note: string;
                /** @enum {string} */
                status: "planned" | "design" | "procurement" | "in_progress" | "done" | "cancelled";
                progress: number;
                spent: string;
                photos: components["schemas"]["BudgetingPhoto"][];
            }[];
            canUpdate: boolean;
        };
        BudgetingWorkDepartment: {
            id: string;
            nameRu: string;
            nameEn: string;
        };
        BudgetingWorkDepartmentInput: {
            id: string;
            nameRu: string;
            nameEn: string;
        };
        BudgetingWorkInput: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            status: "planned" | "design" | "procurement" | "in_progress" | "done" | "cancelled";
            progress: number;
            spent: string;
            startedOn: string | null;
            finishedOn: string | null;
            updatedAt: string;
            department: components["schemas"]["BudgetingWorkDepartmentInput"] | null;
            proposal: {
                number: number;
                title: string;
                cost: string;
                lat: number | null;
                lon: number | null;
                districtId: string | null;
                address: string | null;
            };
            heading: {
                /** Format: uuid */
                id: string;
                title: string;
            };
            cycle: {
                /** Format: uuid */
                id: string;
                year: number;
                title: string;
                currency: string;
            };
            description: string;
            milestones: {
                /** Format: uuid */
                id: string;
                title: string;
                dueOn: string | null;
                doneOn: string | null;
            }[];
            updates: {
                /** Format: uuid */
                id: string;
                at: string;
                note: string;
                /** @enum {string} */
                status: "planned" | "design" | "procurement" | "in_progress" | "done" | "cancelled";
                progress: number;
                spent: string;
                photos: components["schemas"]["BudgetingPhotoInput"][];
            }[];
            canUpdate: boolean;
        };
        BudgetingWorkList: {
            items: components["schemas"]["BudgetingWorkSummary"][];
            total: number;
            counts: {
                [key: string]: number;
            };
            years: number[];
            points: {
                /** Format: uuid */
                id: string;
                number: number;
                title: string;
                /** @enum {string} */
                status: "planned" | "design" | "procurement" | "in_progress" | "done" | "cancelled";
                progress: number;
                lat: number;
                lon: number;
            }[];
        };
        BudgetingWorkListInput: {
            items: components["schemas"]["BudgetingWorkSummaryInput"][];
            total: number;
            counts: {
                [key: string]: number;
            };
            years: number[];
            points: {
                /** Format: uuid */
                id: string;
                number: number;
                title: string;
                /** @enum {string} */
                status: "planned" | "design" | "procurement" | "in_progress" | "done" | "cancelled";
                progress: number;
                lat: number;
                lon: number;
            }[];
        };
        BudgetingWorkSummary: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            status: "planned" | "design" | "procurement" | "in_progress" | "done" | "cancelled";
            progress: number;
            spent: string;
            startedOn: string | null;
            finishedOn: string | null;
            updatedAt: string;
            department: components["schemas"]["BudgetingWorkDepartment"] | null;
            proposal: {
                number: number;
                title: string;
                cost: string;
                lat: number | null;
                lon: number | null;
                districtId: string | null;
                address: string | null;
            };
            heading: {
                /** Format: uuid */
                id: string;
                title: string;
            };
            cycle: {
                /** Format: uuid */
                id: string;
                year: number;
                title: string;
                currency: string;
            };
        };
        BudgetingWorkSummaryInput: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            status: "planned" | "design" | "procurement" | "in_progress" | "done" | "cancelled";
            progress: number;
            spent: string;
            startedOn: string | null;
            finishedOn: string | null;
            updatedAt: string;
            department: components["schemas"]["BudgetingWorkDepartmentInput"] | null;
            proposal: {
                number: number;
                title: string;
                cost: string;
                lat: number | null;
                lon: number | null;
                districtId: string | null;
                address: string | null;
            };
            heading: {
                /** Format: uuid */
                id: string;
                title: string;
            };
            cycle: {
                /** Format: uuid */
                id: string;
                year: number;
                title: string;
                currency: string;
            };
        };
        BudgetingWorksCreated: {
            created: string[];
            existing: string[];
        };
        BudgetingWorksCreatedInput: {
            created: string[];
            existing: string[];
        };
        CalendarDay: {
            day: string;
            /** @enum {string} */
            kind: "holiday" | "day_off_transferred" | "working_weekend" | "short_day";
            note: string | null;
        };
        CalendarDayInput: {
            day: string;
            /** @enum {string} */
            kind: "holiday" | "day_off_transferred" | "working_weekend" | "short_day";
            note: string | null;
        };
        CalendarLoaded: {
            source: string;
            added: number;
            kept: number;
        };
        CalendarLoadedInput: {
            source: string;
            added: number;
            kept: number;
        };
        CalendarYear: {
            year: number;
            days: components["schemas"]["CalendarDay"][];
        };
        CalendarYearInput: {
            year: number;
            days: components["schemas"]["CalendarDayInput"][];
        };
        CatalogueProposalResult: {
            id: string;
            /** @enum {string} */
            moderation: "visible" | "held" | "hidden";
        };
        CatalogueProposalResultInput: {
            id: string;
            /** @enum {string} */
            moderation: "visible" | "held" | "hidden";
        };
        CauseDraft: {
            title: string;
            organisation: string;
            /** @default null */
            groupId: string | null;
            inn: string;
            /** @default null */
            ogrn: string | null;
            goal: string;
            spending: string;
            targetRubles: number;
            /** @default 0 */
            collectedRubles: number;
            /** @default null */
            districtId: string | null;
            /** @enum {string} */
            givingMethod: "link" | "bank";
            /** @default null */
            paymentUrl: string | null;
            /** @default null */
            recipient: string | null;
            /** @default null */
            bankName: string | null;
            /** @default null */
            bik: string | null;
            /** @default null */
            account: string | null;
            /** @default null */
            correspondentAccount: string | null;
            /** @default null */
            imageFileId: string | null;
            /** @default null */
            imageAlt: string | null;
        };
        CauseDraftInput: {
            title: string;
            organisation: string;
            /** @default null */
            groupId?: string | null;
            inn: string;
            /** @default null */
            ogrn?: string | null;
            goal: string;
            spending: string;
            targetRubles: number;
            /** @default 0 */
            collectedRubles?: number;
            /** @default null */
            districtId?: string | null;
            /** @enum {string} */
            givingMethod: "link" | "bank";
            /** @default null */
            paymentUrl?: string | null;
            /** @default null */
            recipient?: string | null;
            /** @default null */
            bankName?: string | null;
            /** @default null */
            bik?: string | null;
            /** @default null */
            account?: string | null;
            /** @default null */
            correspondentAccount?: string | null;
            /** @default null */
            imageFileId?: string | null;
            /** @default null */
            imageAlt?: string | null;
        };
        CauseGiving: {
            /** @enum {string} */
            method: "link" | "bank";
            paymentUrl: string | null;
            paymentDomain: string | null;
            bank: {
                recipient: string;
                bankName: string;
                bik: string;
                account: string;
                correspondentAccount: string;
                inn: string;
            } | null;
        };
        CauseGivingInput: {
            /** @enum {string} */
            method: "link" | "bank";
            paymentUrl: string | null;
            paymentDomain: string | null;
            bank: {
                recipient: string;
                bankName: string;
                bik: string;
                account: string;
                correspondentAccount: string;
                inn: string;
            } | null;
        };
        CauseImage: {
            id: string;
            url: string;
            thumbUrl: string;
            alt: string;
        };
        CauseImageInput: {
            id: string;
            url: string;
            thumbUrl: string;
            alt: string;
        };
        CauseList: {
            items: components["schemas"]["CauseSummary"][];
        };
        CauseListInput: {
            items: components["schemas"]["CauseSummaryInput"][];
        };
        CauseReport: {
            id: string;
            reportedOn: string;
            text: string;
            collectedRubles: number | null;
            photos: {
                id: string;
                url: string;
                thumbUrl: string;
            }[];
        };
        CauseReportDraft: {
            /** Format: date */
            reportedOn: string;
            text: string;
            /** @default null */
            collectedRubles: number | null;
            /** @default [] */
            photoFileIds: string[];
        };
        CauseReportDraftInput: {
            /** Format: date */
            reportedOn: string;
            text: string;
            /** @default null */
            collectedRubles?: number | null;
            /** @default [] */
            photoFileIds?: string[];
        };
        CauseReportInput: {
            id: string;
            reportedOn: string;
            text: string;
            collectedRubles: number | null;
            photos: {
                id: string;
                url: string;
                thumbUrl: string;
            }[];
        };
        CauseSummary: {
            id: string;
            /** @enum {string} */
            state: "draft" | "approved" | "closed";
            title: string;
            organisation: string;
            districtId: string | null;
            targetRubles: number;
            collectedRubles: number;
            collectedOn: string | null;
            progressPercent: number;
            pledgedPoints: number;
            approvedAt: string | null;
            image: components["schemas"]["CauseImage"] | null;
        };
        CauseSummaryInput: {
            id: string;
            /** @enum {string} */
            state: "draft" | "approved" | "closed";
            title: string;
            organisation: string;
            districtId: string | null;
            targetRubles: number;
            collectedRubles: number;
            collectedOn: string | null;
            progressPercent: number;
            pledgedPoints: number;
            approvedAt: string | null;
            image: components["schemas"]["CauseImageInput"] | null;
        };
        CauseView: {
            id: string;
            /** @enum {string} */
            state: "draft" | "approved" | "closed";
            title: string;
            organisation: string;
            districtId: string | null;
            targetRubles: number;
            collectedRubles: number;
            collectedOn: string | null;
            progressPercent: number;
            pledgedPoints: number;
            approvedAt: string | null;
            image: components["schemas"]["CauseImage"] | null;
            inn: string;
            ogrn: string | null;
            goal: string;
            spending: string;
            giving: components["schemas"]["CauseGiving"];
            reports: components["schemas"]["CauseReport"][];
            group: {
                id: string;
                name: string;
            } | null;
            canReport: boolean;
            commentCount: number;
            /** @enum {string} */
            moderation: "visible" | "held" | "hidden";
        };
        CauseViewInput: {
            id: string;
            /** @enum {string} */
            state: "draft" | "approved" | "closed";
            title: string;
            organisation: string;
            districtId: string | null;
            targetRubles: number;
            collectedRubles: number;
            collectedOn: string | null;
            progressPercent: number;
            pledgedPoints: number;
            approvedAt: string | null;
            image: components["schemas"]["CauseImageInput"] | null;
            inn: string;
            ogrn: string | null;
            goal: string;
            spending: string;
            giving: components["schemas"]["CauseGivingInput"];
            reports: components["schemas"]["CauseReportInput"][];
            group: {
                id: string;
                name: string;
            } | null;
            canReport: boolean;
            commentCount: number;
            /** @enum {string} */
            moderation: "visible" | "held" | "hidden";
        };
        CityBudget: {
            year: number;
            title: string;
            population: number;
            illustrative: boolean;
            source: string;
            importedAt: string;
            revenue: {
                planned: string;
                executed: string;
                plannedPerResident: string;
                executedPerResident: string;
            };
            expenditure: {
                planned: string;
                executed: string;
                plannedPerResident: string;
                executedPerResident: string;
            };
            balancePlanned: string;
            revenues: {
                code: string;
                nameRu: string;
                nameEn: string | null;
                explanationRu: string | null;
                explanationEn: string | null;
                planned: string;
                executed: string;
            }[];
            sections: {
                code: string;
                nameRu: string;
                nameEn: string | null;
                explanationRu: string | null;
                explanationEn: string | null;
                planned: string;
                executed: string;
                plannedPerResident: string;
                items: {
                    code: string;
                    nameRu: string;
                    nameEn: string | null;
                    explanationRu: string | null;
                    explanationEn: string | null;
                    planned: string;
                    executed: string;
                }[];
            }[];
            programmes: {
                name: string;
                planned: string;
                executed: string;
            }[];
            districts: {
                districtId: string;
                planned: string;
                executed: string;
            }[];
        };
        CityBudgetImportResult: {
            year: number;
            title: string;
            illustrative: boolean;
            revenueLines: number;
            expenditureLines: number;
            replaced: boolean;
        };
        CityBudgetImportResultInput: {
            year: number;
            title: string;
            illustrative: boolean;
            revenueLines: number;
            expenditureLines: number;
            replaced: boolean;
        };
        CityBudgetInput: {
            year: number;
            title: string;
            population: number;
            illustrative: boolean;
            source: string;
            importedAt: string;
            revenue: {
                planned: string;
                executed: string;
                plannedPerResident: string;
                executedPerResident: string;
            };
            expenditure: {
                planned: string;
                executed: string;
                plannedPerResident: string;
                executedPerResident: string;
            };
            balancePlanned: string;
            revenues: {
                code: string;
                nameRu: string;
                nameEn: string | null;
                explanationRu: string | null;
                explanationEn: string | null;
                planned: string;
                executed: string;
            }[];
            sections: {
                code: string;
                nameRu: string;
                nameEn: string | null;
                explanationRu: string | null;
                explanationEn: string | null;
                planned: string;
                executed: string;
                plannedPerResident: string;
                items: {
                    code: string;
                    nameRu: string;
                    nameEn: string | null;
                    explanationRu: string | null;
                    explanationEn: string | null;
                    planned: string;
                    executed: string;
                }[];
            }[];
            programmes: {
                name: string;
                planned: string;
                executed: string;
            }[];
            districts: {
                districtId: string;
                planned: string;
                executed: string;
            }[];
        };
        CityBudgetYear: {
            year: number;
            title: string;
            population: number;
            illustrative: boolean;
            source: string;
            importedAt: string;
        };
        CityBudgetYearInput: {
            year: number;
            title: string;
            population: number;
            illustrative: boolean;
            source: string;
            importedAt: string;
        };
        CityBudgetYearList: {
            items: components["schemas"]["CityBudgetYear"][];
        };
        CityBudgetYearListInput: {
            items: components["schemas"]["CityBudgetYearInput"][];
        };
        CityCentre: {
            lat: number;
            lon: number;
        };
        CityCentreInput: {
            lat: number;
            lon: number;
        };
        CityDepartment: {
            id: string;
            nameRu: string;
            nameEn: string;
            kind: string;
            districtId: string | null;
            phone: string | null;
            email: string | null;
            address: string | null;
            website: string | null;
            head: {
                id: string;
                displayName: string;
            } | null;
            retiredAt: string | null;
            mergedInto: components["schemas"]["CityDepartmentRef"] | null;
        };
        CityDepartmentInput: {
            id: string;
            nameRu: string;
            nameEn: string;
            kind: string;
            districtId: string | null;
            phone: string | null;
            email: string | null;
            address: string | null;
            website: string | null;
            head: {
                id: string;
                displayName: string;
            } | null;
            retiredAt: string | null;
            mergedInto: components["schemas"]["CityDepartmentRefInput"] | null;
        };
        CityDepartmentList: {
            items: components["schemas"]["CityDepartment"][];
        };
        CityDepartmentListInput: {
            items: components["schemas"]["CityDepartmentInput"][];
        };
        CityDepartmentRef: {
            id: string;
            nameRu: string;
            nameEn: string;
        };
        CityDepartmentRefInput: {
            id: string;
            nameRu: string;
            nameEn: string;
        };
        CityDistrict: {
            id: string;
            nameRu: string;
            nameEn: string;
            areaKm2: number;
        };
        CityDistrictInput: {
            id: string;
            nameRu: string;
            nameEn: string;
            areaKm2: number;
        };
        CityDistrictList: {
            items: components["schemas"]["CityDistrictWithBoundary"][];
        };
        CityDistrictListInput: {
            items: components["schemas"]["CityDistrictWithBoundaryInput"][];
        };
        CityDistrictWithBoundary: {
            id: string;
            nameRu: string;
            nameEn: string;
            areaKm2: number;
            geometry?: unknown;
        };
        CityDistrictWithBoundaryInput: {
            id: string;
            nameRu: string;
            nameEn: string;
            areaKm2: number;
            geometry?: unknown;
        };
        CityFigures: {
            figures: {
                [key: string]: number;
            };
        };
        CityFiguresInput: {
            figures: {
                [key: string]: number;
            };
        };
        CityIdentity: {
            nameRu: string;
            nameEn: string;
            timeZone: string;
            centre: components["schemas"]["CityCentre"];
            zoom: number;
            logoUrl: string | null;
            phone: string | null;
            email: string | null;
            address: string | null;
            website: string | null;
            languages: ("ru" | "en")[];
            country: string;
            setupNeeded: boolean;
            setupCompleted: boolean;
        };
        CityIdentityInput: {
            nameRu: string;
            nameEn: string;
            timeZone: string;
            centre: components["schemas"]["CityCentreInput"];
            zoom: number;
            logoUrl: string | null;
            phone: string | null;
            email: string | null;
            address: string | null;
            website: string | null;
            languages: ("ru" | "en")[];
            country: string;
            setupNeeded: boolean;
            setupCompleted: boolean;
        };
        ClassifierCategory: {
            id: number;
            nameRu: string;
            nameEn: string | null;
            archived: boolean;
            objectId: number;
            position: number;
        };
        ClassifierCategoryInput: {
            id: number;
            nameRu: string;
            nameEn: string | null;
            archived: boolean;
            objectId: number;
            position: number;
        };
        ClassifierExtraField: {
            /** @enum {string} */
            name: "stairs" | "apartment" | "floor" | "phone";
            required: boolean;
        };
        ClassifierExtraFieldInput: {
            /** @enum {string} */
            name: "stairs" | "apartment" | "floor" | "phone";
            required: boolean;
        };
        ClassifierObject: {
            id: number;
            nameRu: string;
            nameEn: string | null;
            archived: boolean;
            position: number;
        };
        ClassifierObjectInput: {
            id: number;
            nameRu: string;
            nameEn: string | null;
            archived: boolean;
            position: number;
        };
        ClassifierReason: {
            id: number;
            categoryId: number;
            nameRu: string;
            nameEn: string | null;
            helpText: string;
            helpTextEn: string | null;
            description: string;
            descriptionEn: string | null;
            photoRequired: boolean;
            extraFields: components["schemas"]["ClassifierExtraField"][];
            /** @enum {string} */
            locationKind: "building" | "street" | "near_building";
            seasonFrom: string | null;
            seasonTo: string | null;
            seasonMessage: string | null;
            seasonMessageEn: string | null;
            inSeason: boolean;
            verifiedRequired: boolean;
            premoderationDays: number;
            resolutionDays: number;
            answerModerationDays: number;
            departmentKind: string | null;
            isPublic: boolean;
            archived: boolean;
        };
        ClassifierReasonCategory: {
            id: number;
            nameRu: string;
            nameEn: string | null;
            archived: boolean;
            objectId: number;
        };
        ClassifierReasonCategoryInput: {
            id: number;
            nameRu: string;
            nameEn: string | null;
            archived: boolean;
            objectId: number;
        };
        ClassifierReasonDetails: {
            id: number;
            categoryId: number;
            nameRu: string;
            nameEn: string | null;
            helpText: string;
            helpTextEn: string | null;
            description: string;
            descriptionEn: string | null;
            photoRequired: boolean;
            extraFields: components["schemas"]["ClassifierExtraField"][];
            /** @enum {string} */
            locationKind: "building" | "street" | "near_building";
            seasonFrom: string | null;
            seasonTo: string | null;
            seasonMessage: string | null;
            seasonMessageEn: string | null;
            inSeason: boolean;
            verifiedRequired: boolean;
            premoderationDays: number;
            resolutionDays: number;
            answerModerationDays: number;
            departmentKind: string | null;
            isPublic: boolean;
            archived: boolean;
            category: components["schemas"]["ClassifierReasonCategory"];
            object: components["schemas"]["ClassifierReasonObject"];
        };
        ClassifierReasonDetailsInput: {
            id: number;
            categoryId: number;
            nameRu: string;
            nameEn: string | null;
            helpText: string;
            helpTextEn: string | null;
            description: string;
            descriptionEn: string | null;
            photoRequired: boolean;
            extraFields: components["schemas"]["ClassifierExtraFieldInput"][];
            /** @enum {string} */
            locationKind: "building" | "street" | "near_building";
            seasonFrom: string | null;
            seasonTo: string | null;
            seasonMessage: string | null;
            seasonMessageEn: string | null;
            inSeason: boolean;
            verifiedRequired: boolean;
            premoderationDays: number;
            resolutionDays: number;
            answerModerationDays: number;
            departmentKind: string | null;
            isPublic: boolean;
            archived: boolean;
            category: components["schemas"]["ClassifierReasonCategoryInput"];
            object: components["schemas"]["ClassifierReasonObjectInput"];
        };
        ClassifierReasonInput: {
            id: number;
            categoryId: number;
            nameRu: string;
            nameEn: string | null;
            helpText: string;
            helpTextEn: string | null;
            description: string;
            descriptionEn: string | null;
            photoRequired: boolean;
            extraFields: components["schemas"]["ClassifierExtraFieldInput"][];
            /** @enum {string} */
            locationKind: "building" | "street" | "near_building";
            seasonFrom: string | null;
            seasonTo: string | null;
            seasonMessage: string | null;
            seasonMessageEn: string | null;
            inSeason: boolean;
            verifiedRequired: boolean;
            premoderationDays: number;
            resolutionDays: number;
            answerModerationDays: number;
            departmentKind: string | null;
            isPublic: boolean;
            archived: boolean;
        };
        ClassifierReasonObject: {
            id: number;
            nameRu: string;
            nameEn: string | null;
            archived: boolean;
        };
        ClassifierReasonObjectInput: {
            id: number;
            nameRu: string;
            nameEn: string | null;
            archived: boolean;
        };
        ClassifierSearchResult: {
            items: {
                reason: components["schemas"]["ClassifierReason"];
                categoryId: number;
                categoryNameRu: string;
                categoryNameEn: string | null;
                objectId: number;
                objectNameRu: string;
                objectNameEn: string | null;
                rank: number;
            }[];
        };
        ClassifierSearchResultInput: {
            items: {
                reason: components["schemas"]["ClassifierReasonInput"];
                categoryId: number;
                categoryNameRu: string;
                categoryNameEn: string | null;
                objectId: number;
                objectNameRu: string;
                objectNameEn: string | null;
                rank: number;
            }[];
        };
        ClassifierTree: {
            objects: components["schemas"]["ClassifierTreeObject"][];
        };
        ClassifierTreeCategory: {
            id: number;
            nameRu: string;
            nameEn: string | null;
            archived: boolean;
            objectId: number;
            position: number;
            reasons: components["schemas"]["ClassifierReason"][];
        };
        ClassifierTreeCategoryInput: {
            id: number;
            nameRu: string;
            nameEn: string | null;
            archived: boolean;
            objectId: number;
            position: number;
            reasons: components["schemas"]["ClassifierReasonInput"][];
        };
        ClassifierTreeInput: {
            objects: components["schemas"]["ClassifierTreeObjectInput"][];
        };
        ClassifierTreeObject: {
            id: number;
            nameRu: string;
            nameEn: string | null;
            archived: boolean;
            position: number;
            categories: components["schemas"]["ClassifierTreeCategory"][];
        };
        ClassifierTreeObjectInput: {
            id: number;
            nameRu: string;
            nameEn: string | null;
            archived: boolean;
            position: number;
            categories: components["schemas"]["ClassifierTreeCategoryInput"][];
        };
        CommentAuthor: {
            /** Format: uuid */
            id: string;
            displayName: string;
            districtId: string | null;
            official: {
                departmentId: string;
                nameRu: string;
                nameEn: string;
            } | null;
        };
        CommentAuthorInput: {
            /** Format: uuid */
            id: string;
            displayName: string;
            districtId: string | null;
            official: {
                departmentId: string;
                nameRu: string;
                nameEn: string;
            } | null;
        };
        CommentRepliesPage: {
            items: components["schemas"]["CommentReply"][];
            nextCursor: string | null;
        };
        CommentRepliesPageInput: {
            items: components["schemas"]["CommentReplyInput"][];
            nextCursor: string | null;
        };
        CommentReply: {
            /** Format: uuid */
            id: string;
            parentId: string | null;
            /** Format: uuid */
            rootId: string;
            depth: number;
            author: components["schemas"]["CommentAuthor"] | null;
            body: string | null;
            stance: ("for" | "against" | "neutral") | null;
            up: number;
            down: number;
            score: number;
            myVote: -1 | 0 | 1;
            replyCount: number;
            /** Format: date-time */
            createdAt: string;
            editedAt: string | null;
            deleted: boolean;
            /** @enum {string} */
            moderation: "visible" | "held" | "hidden";
            moderationReason: string | null;
            mine: boolean;
            canRestore: boolean;
            editableUntil: string | null;
            replies: unknown[];
            moreReplies: boolean;
        };
        CommentReplyInput: {
            /** Format: uuid */
            id: string;
            parentId: string | null;
            /** Format: uuid */
            rootId: string;
            depth: number;
            author: components["schemas"]["CommentAuthorInput"] | null;
            body: string | null;
            stance: ("for" | "against" | "neutral") | null;
            up: number;
            down: number;
            score: number;
            myVote: -1 | 0 | 1;
            replyCount: number;
            /** Format: date-time */
            createdAt: string;
            editedAt: string | null;
            deleted: boolean;
            /** @enum {string} */
            moderation: "visible" | "held" | "hidden";
            moderationReason: string | null;
            mine: boolean;
            canRestore: boolean;
            editableUntil: string | null;
            replies: unknown[];
            moreReplies: boolean;
        };
        CommentThreadPage: {
            host: {
                type: string;
                id: string;
                title: string;
                path: string;
                stance: boolean;
                canComment: boolean;
                cannotCommentReason: string | null;
            };
            total: number;
            items: components["schemas"]["ThreadComment"][];
            nextCursor: string | null;
        };
        CommentThreadPageInput: {
            host: {
                type: string;
                id: string;
                title: string;
                path: string;
                stance: boolean;
                canComment: boolean;
                cannotCommentReason: string | null;
            };
            total: number;
            items: components["schemas"]["ThreadCommentInput"][];
            nextCursor: string | null;
        };
        CommentVoteResult: {
            up: number;
            down: number;
            score: number;
            myVote: -1 | 0 | 1;
        };
        CommentVoteResultInput: {
            up: number;
            down: number;
            score: number;
            myVote: -1 | 0 | 1;
        };
        Commitment: {
            number: number;
            title: string;
            promise: string;
            /** @enum {string} */
            sourceType: "initiative" | "proposal" | "idea" | "report" | "poll";
            sourceId: string;
            department: components["schemas"]["CommitmentDepartment"];
            dueOn: string;
            districtId: string | null;
            lat: number | null;
            lon: number | null;
            /** @enum {string} */
            status: "open" | "delivered" | "disputed";
            overdue: boolean;
            /** @enum {string} */
            stage: "planned" | "design" | "procurement" | "in_progress" | "done" | "cancelled";
            percent: number;
            spent: string | null;
            deliveredOn: string | null;
            createdAt: string;
            source: {
                title: string;
                path: string;
            } | null;
            entries: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: "created" | "progress" | "delivered" | "disputed" | "overdue";
                at: string;
                /** @enum {string} */
                stage: "planned" | "design" | "procurement" | "in_progress" | "done" | "cancelled";
                percent: number;
                spent: string | null;
                note: string;
                photos: components["schemas"]["CommitmentPhoto"][];
            }[];
            may: {
                progress: boolean;
                deliver: boolean;
                dispute: boolean;
            };
        };
        CommitmentDeliveryStats: {
            departments: {
                department: components["schemas"]["CommitmentDepartment"];
                onTime: number;
                late: number;
                open: number;
                overdue: number;
            }[];
        };
        CommitmentDeliveryStatsInput: {
            departments: {
                department: components["schemas"]["CommitmentDepartmentInput"];
                onTime: number;
                late: number;
                open: number;
                overdue: number;
            }[];
        };
        CommitmentDepartment: {
            id: string;
            nameRu: string;
            nameEn: string;
        };
        CommitmentDepartmentInput: {
            id: string;
            nameRu: string;
            nameEn: string;
        };
        CommitmentInput: {
            number: number;
            title: string;
            promise: string;
            /** @enum {string} */
            sourceType: "initiative" | "proposal" | "idea" | "report" | "poll";
            sourceId: string;
            department: components["schemas"]["CommitmentDepartmentInput"];
            dueOn: string;
            districtId: string | null;
            lat: number | null;
            lon: number | null;
            /** @enum {string} */
            status: "open" | "delivered" | "disputed";
            overdue: boolean;
            /** @enum {string} */
            stage: "planned" | "design" | "procurement" | "in_progress" | "done" | "cancelled";
            percent: number;
            spent: string | null;
            deliveredOn: string | null;
            createdAt: string;
            source: {
                title: string;
                path: string;
            } | null;
            entries: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: "created" | "progress" | "delivered" | "disputed" | "overdue";
                at: string;
                /** @enum {string} */
                stage: "planned" | "design" | "procurement" | "in_progress" | "done" | "cancelled";
                percent: number;
                spent: string | null;
                note: string;
                photos: components["schemas"]["CommitmentPhotoInput"][];
            }[];
            may: {
                progress: boolean;
                deliver: boolean;
                dispute: boolean;
            };
        };
        CommitmentList: {
            items: components["schemas"]["CommitmentSummary"][];
            total: number;
            points: {
                number: number;
                title: string;
                /** @enum {string} */
                status: "open" | "delivered" | "disputed";
                overdue: boolean;
                lat: number;
                lon: number;
            }[];
        };
        CommitmentListInput: {
            items: components["schemas"]["CommitmentSummaryInput"][];
            total: number;
            points: {
                number: number;
                title: string;
                /** @enum {string} */
                status: "open" | "delivered" | "disputed";
                overdue: boolean;
                lat: number;
                lon: number;
            }[];
        };
        CommitmentPhoto: {
            /** Format: uuid */
            id: string;
            url: string;
            thumbUrl: string;
        };
        CommitmentPhotoInput: {
            /** Format: uuid */
            id: string;
            url: string;
            thumbUrl: string;
        };
        CommitmentSummary: {
            number: number;
            title: string;
            promise: string;
            /** @enum {string} */
            sourceType: "initiative" | "proposal" | "idea" | "report" | "poll";
            sourceId: string;
            department: components["schemas"]["CommitmentDepartment"];
            dueOn: string;
            districtId: string | null;
            lat: number | null;
            lon: number | null;
            /** @enum {string} */
            status: "open" | "delivered" | "disputed";
            overdue: boolean;
            /** @enum {string} */
            stage: "planned" | "design" | "procurement" | "in_progress" | "done" | "cancelled";
            percent: number;
            spent: string | null;
            deliveredOn: string | null;
            createdAt: string;
        };
        CommitmentSummaryInput: {
            number: number;
            title: string;
            promise: string;
            /** @enum {string} */
            sourceType: "initiative" | "proposal" | "idea" | "report" | "poll";
            sourceId: string;
            department: components["schemas"]["CommitmentDepartmentInput"];
            dueOn: string;
            districtId: string | null;
            lat: number | null;
            lon: number | null;
            /** @enum {string} */
            status: "open" | "delivered" | "disputed";
            overdue: boolean;
            /** @enum {string} */
            stage: "planned" | "design" | "procurement" | "in_progress" | "done" | "cancelled";
            percent: number;
            spent: string | null;
            deliveredOn: string | null;
            createdAt: string;
        };
        Conversation: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "direct" | "group" | "request";
            title: string | null;
            department: components["schemas"]["MessageDepartment"] | null;
            members: {
                /** Format: uuid */
                id: string;
                displayName: string;
                official: boolean;
                readUpTo: string | null;
                blockedByMe: boolean;
            }[];
            messages: components["schemas"]["Message"][];
            more: boolean;
            canWrite: boolean;
            muted: boolean;
            canAddMembers: boolean;
            canLeave: boolean;
            maxMembers: number;
        };
        ConversationInput: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "direct" | "group" | "request";
            title: string | null;
            department: components["schemas"]["MessageDepartmentInput"] | null;
            members: {
                /** Format: uuid */
                id: string;
                displayName: string;
                official: boolean;
                readUpTo: string | null;
                blockedByMe: boolean;
            }[];
            messages: components["schemas"]["MessageInput"][];
            more: boolean;
            canWrite: boolean;
            muted: boolean;
            canAddMembers: boolean;
            canLeave: boolean;
            maxMembers: number;
        };
        ConversationList: {
            items: components["schemas"]["ConversationSummary"][];
            unread: number;
        };
        ConversationListInput: {
            items: components["schemas"]["ConversationSummaryInput"][];
            unread: number;
        };
        ConversationMuted: {
            muted: boolean;
        };
        ConversationMutedInput: {
            muted: boolean;
        };
        ConversationStarted: {
            /** Format: uuid */
            conversationId: string;
            message: components["schemas"]["Message"];
        };
        ConversationStartedInput: {
            /** Format: uuid */
            conversationId: string;
            message: components["schemas"]["MessageInput"];
        };
        ConversationSummary: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "direct" | "group" | "request";
            title: string | null;
            department: components["schemas"]["MessageDepartment"] | null;
            members: components["schemas"]["MessagePerson"][];
            unread: number;
            muted: boolean;
            lastMessage: {
                excerpt: string;
                mine: boolean;
            } | null;
            lastMessageAt: string;
        };
        ConversationSummaryInput: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "direct" | "group" | "request";
            title: string | null;
            department: components["schemas"]["MessageDepartmentInput"] | null;
            members: components["schemas"]["MessagePersonInput"][];
            unread: number;
            muted: boolean;
            lastMessage: {
                excerpt: string;
                mine: boolean;
            } | null;
            lastMessageAt: string;
        };
        CrowdCreated: {
            number: number;
        };
        CrowdCreatedInput: {
            number: number;
        };
        CrowdIdeaDraft: {
            title: string;
            text: string;
        };
        CrowdIdeaDraftInput: {
            title: string;
            text: string;
        };
        CrowdIdeaList: {
            items: components["schemas"]["CrowdIdeaSummary"][];
            total: number;
            page: number;
            pageSize: number;
        };
        CrowdIdeaListInput: {
            items: components["schemas"]["CrowdIdeaSummaryInput"][];
            total: number;
            page: number;
            pageSize: number;
        };
        CrowdIdeaRating: {
            ratingCount: number;
            ratingAverage: number | null;
            myRating: number;
        };
        CrowdIdeaRatingInput: {
            ratingCount: number;
            ratingAverage: number | null;
            myRating: number;
        };
        CrowdIdeaReview: {
            /** @enum {string} */
            decision: "shortlisted" | "rejected" | "merged";
            reason: string;
            intoNumber?: number | null;
        };
        CrowdIdeaReviewInput: {
            /** @enum {string} */
            decision: "shortlisted" | "rejected" | "merged";
            reason: string;
            intoNumber?: number | null;
        };
        CrowdIdeaSummary: {
            number: number;
            projectNumber: number;
            title: string;
            excerpt: string;
            /** @enum {string} */
            status: "submitted" | "shortlisted" | "rejected" | "merged" | "withdrawn";
            author: components["schemas"]["CrowdPerson"];
            ratingCount: number;
            ratingAverage: number | null;
            commentCount: number;
            accepted: boolean;
            votes: number | null;
            myRating: number | null;
            createdAt: string;
        };
        CrowdIdeaSummaryInput: {
            number: number;
            projectNumber: number;
            title: string;
            excerpt: string;
            /** @enum {string} */
            status: "submitted" | "shortlisted" | "rejected" | "merged" | "withdrawn";
            author: components["schemas"]["CrowdPersonInput"];
            ratingCount: number;
            ratingAverage: number | null;
            commentCount: number;
            accepted: boolean;
            votes: number | null;
            myRating: number | null;
            createdAt: string;
        };
        CrowdIdeaView: {
            number: number;
            projectNumber: number;
            title: string;
            excerpt: string;
            /** @enum {string} */
            status: "submitted" | "shortlisted" | "rejected" | "merged" | "withdrawn";
            author: components["schemas"]["CrowdPerson"];
            ratingCount: number;
            ratingAverage: number | null;
            commentCount: number;
            accepted: boolean;
            votes: number | null;
            myRating: number | null;
            createdAt: string;
            text: string;
            projectTitle: string;
            /** @enum {string} */
            projectPhase: "announced" | "ideas" | "selection" | "voting" | "implementation" | "completed";
            reviewReason: string | null;
            reviewedAt: string | null;
            mergedInto: {
                number: number;
                title: string;
            } | null;
            mergedFrom: {
                number: number;
                title: string;
                author: components["schemas"]["CrowdPerson"];
            }[];
            acceptedNote: string | null;
            me: {
                isAuthor: boolean;
                can: {
                    rate: boolean;
                    review: boolean;
                    withdraw: boolean;
                    comment: boolean;
                };
            };
        };
        CrowdIdeaViewInput: {
            number: number;
            projectNumber: number;
            title: string;
            excerpt: string;
            /** @enum {string} */
            status: "submitted" | "shortlisted" | "rejected" | "merged" | "withdrawn";
            author: components["schemas"]["CrowdPersonInput"];
            ratingCount: number;
            ratingAverage: number | null;
            commentCount: number;
            accepted: boolean;
            votes: number | null;
            myRating: number | null;
            createdAt: string;
            text: string;
            projectTitle: string;
            /** @enum {string} */
            projectPhase: "announced" | "ideas" | "selection" | "voting" | "implementation" | "completed";
            reviewReason: string | null;
            reviewedAt: string | null;
            mergedInto: {
                number: number;
                title: string;
            } | null;
            mergedFrom: {
                number: number;
                title: string;
                author: components["schemas"]["CrowdPersonInput"];
            }[];
            acceptedNote: string | null;
            me: {
                isAuthor: boolean;
                can: {
                    rate: boolean;
                    review: boolean;
                    withdraw: boolean;
                    comment: boolean;
                };
            };
        };
        CrowdPerson: {
            id: string;
            displayName: string;
        };
        CrowdPersonInput: {
            id: string;
            displayName: string;
        };
        CrowdProjectDraft: {
            title: string;
            problem: string;
            brief: string;
            districtId: string | null;
            ideasFrom: unknown;
            selectionFrom: unknown;
            votingFrom: unknown;
            implementationFrom: unknown;
            voteMaxChoices: number;
            /** @default [] */
            expertIds: string[];
        };
        CrowdProjectDraftInput: {
            title: string;
            problem: string;
            brief: string;
            districtId: string | null;
            /** Format: date-time */
            ideasFrom: string;
            /** Format: date-time */
            selectionFrom: string;
            /** Format: date-time */
            votingFrom: string;
            /** Format: date-time */
            implementationFrom: string;
            voteMaxChoices: number;
            /** @default [] */
            expertIds?: string[];
        };
        CrowdProjectFigures: {
            participants: number;
            ideas: number;
            shortlisted: number;
            accepted: number;
            acceptedShare: number;
        };
        CrowdProjectFiguresInput: {
            participants: number;
            ideas: number;
            shortlisted: number;
            accepted: number;
            acceptedShare: number;
        };
        CrowdProjectList: {
            projects: components["schemas"]["CrowdProjectSummary"][];
        };
        CrowdProjectListInput: {
            projects: components["schemas"]["CrowdProjectSummaryInput"][];
        };
        CrowdProjectReport: {
            text: string;
            accepted: {
                ideaNumber: number;
                /** @default  */
                note: string;
                departmentId?: string;
                /** Format: date */
                dueOn?: string;
            }[];
        };
        CrowdProjectReportInput: {
            text: string;
            accepted: {
                ideaNumber: number;
                /** @default  */
                note?: string;
                departmentId?: string;
                /** Format: date */
                dueOn?: string;
            }[];
        };
        CrowdProjectSummary: {
            number: number;
            title: string;
            problem: string;
            districtId: string | null;
            /** @enum {string} */
            phase: "announced" | "ideas" | "selection" | "voting" | "implementation" | "completed";
            published: boolean;
            ideasFrom: string;
            selectionFrom: string;
            votingFrom: string;
            implementationFrom: string;
            figures: components["schemas"]["CrowdProjectFigures"];
        };
        CrowdProjectSummaryInput: {
            number: number;
            title: string;
            problem: string;
            districtId: string | null;
            /** @enum {string} */
            phase: "announced" | "ideas" | "selection" | "voting" | "implementation" | "completed";
            published: boolean;
            ideasFrom: string;
            selectionFrom: string;
            votingFrom: string;
            implementationFrom: string;
            figures: components["schemas"]["CrowdProjectFiguresInput"];
        };
        CrowdProjectView: {
            number: number;
            title: string;
            problem: string;
            districtId: string | null;
            /** @enum {string} */
            phase: "announced" | "ideas" | "selection" | "voting" | "implementation" | "completed";
            published: boolean;
            ideasFrom: string;
            selectionFrom: string;
            votingFrom: string;
            implementationFrom: string;
            figures: components["schemas"]["CrowdProjectFigures"];
            brief: string;
            voteMaxChoices: number;
            pollId: string | null;
            pollClosed: boolean;
            experts: components["schemas"]["CrowdPerson"][];
            report: {
                text: string;
                publishedAt: string;
            } | null;
            me: {
                canSubmitIdea: boolean;
                isExpert: boolean;
                canManage: boolean;
            };
        };
        CrowdProjectViewInput: {
            number: number;
            title: string;
            problem: string;
            districtId: string | null;
            /** @enum {string} */
            phase: "announced" | "ideas" | "selection" | "voting" | "implementation" | "completed";
            published: boolean;
            ideasFrom: string;
            selectionFrom: string;
            votingFrom: string;
            implementationFrom: string;
            figures: components["schemas"]["CrowdProjectFiguresInput"];
            brief: string;
            voteMaxChoices: number;
            pollId: string | null;
            pollClosed: boolean;
            experts: components["schemas"]["CrowdPersonInput"][];
            report: {
                text: string;
                publishedAt: string;
            } | null;
            me: {
                canSubmitIdea: boolean;
                isExpert: boolean;
                canManage: boolean;
            };
        };
        CrowdVoteStarted: {
            pollId: string;
        };
        CrowdVoteStartedInput: {
            pollId: string;
        };
        CurrentSession: {
            user: components["schemas"]["AccountMe"] | null;
            csrfToken: string | null;
        };
        CurrentSessionInput: {
            user: components["schemas"]["AccountMeInput"] | null;
            csrfToken: string | null;
        };
        DepartmentImportItem: {
            line: number;
            id: string;
            nameRu: string;
            nameEn: string;
            /** @enum {string} */
            change: "create" | "update" | "unchanged";
        };
        DepartmentImportItemInput: {
            line: number;
            id: string;
            nameRu: string;
            nameEn: string;
            /** @enum {string} */
            change: "create" | "update" | "unchanged";
        };
        DepartmentImportProblem: {
            line: number;
            message: string;
        };
        DepartmentImportProblemInput: {
            line: number;
            message: string;
        };
        DepartmentImportSummary: {
            dryRun: boolean;
            created: number;
            updated: number;
            unchanged: number;
            problems: components["schemas"]["DepartmentImportProblem"][];
            items: components["schemas"]["DepartmentImportItem"][];
        };
        DepartmentImportSummaryInput: {
            dryRun: boolean;
            created: number;
            updated: number;
            unchanged: number;
            problems: components["schemas"]["DepartmentImportProblemInput"][];
            items: components["schemas"]["DepartmentImportItemInput"][];
        };
        DepartmentMergeMoved: {
            reports: number;
            routingRules: number;
            roles: number;
            other: number;
        };
        DepartmentMergeMovedInput: {
            reports: number;
            routingRules: number;
            roles: number;
            other: number;
        };
        DepartmentMergeResult: {
            department: components["schemas"]["CityDepartment"];
            moved: components["schemas"]["DepartmentMergeMoved"];
        };
        DepartmentMergeResultInput: {
            department: components["schemas"]["CityDepartmentInput"];
            moved: components["schemas"]["DepartmentMergeMovedInput"];
        };
        DepartmentUsage: {
            reports: number;
            openReports: number;
            routingRules: number;
            roles: number;
            other: number;
        };
        DepartmentUsageInput: {
            reports: number;
            openReports: number;
            routingRules: number;
            roles: number;
            other: number;
        };
        DeskPerson: {
            /** Format: uuid */
            id: string;
            displayName: string;
            maskedEmail: string;
            districtId: string | null;
            verified: boolean;
            blocked: boolean;
            code: string | null;
        };
        DeskPersonInput: {
            /** Format: uuid */
            id: string;
            displayName: string;
            maskedEmail: string;
            districtId: string | null;
            verified: boolean;
            blocked: boolean;
            code: string | null;
        };
        DeskSearch: {
            /** @enum {string} */
            kind: "code" | "email" | "name";
            problem: ("person_code_wrong_length" | "person_code_bad_character" | "person_code_check_failed") | null;
            items: components["schemas"]["DeskPerson"][];
            suggestions: components["schemas"]["DeskPerson"][];
        };
        DeskSearchInput: {
            /** @enum {string} */
            kind: "code" | "email" | "name";
            problem: ("person_code_wrong_length" | "person_code_bad_character" | "person_code_check_failed") | null;
            items: components["schemas"]["DeskPersonInput"][];
            suggestions: components["schemas"]["DeskPersonInput"][];
        };
        DigestResult: {
            mailed: number;
        };
        DigestResultInput: {
            mailed: number;
        };
        Discussion: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "topic" | "question";
            title: string;
            excerpt: string;
            districtId: string | null;
            tags: string[];
            author: components["schemas"]["DiscussionAuthor"];
            group: {
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
            commentCount: number;
            lastActivityAt: string;
            createdAt: string;
            body: string;
            editedAt: string | null;
            /** @enum {string} */
            moderation: "visible" | "held" | "hidden";
            moderationReason: string | null;
            mine: boolean;
            canEdit: boolean;
        };
        DiscussionAuthor: {
            /** Format: uuid */
            id: string;
            displayName: string;
            districtId: string | null;
            official: {
                departmentId: string;
                nameRu: string;
                nameEn: string;
            } | null;
        };
        DiscussionAuthorInput: {
            /** Format: uuid */
            id: string;
            displayName: string;
            districtId: string | null;
            official: {
                departmentId: string;
                nameRu: string;
                nameEn: string;
            } | null;
        };
        DiscussionInput: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "topic" | "question";
            title: string;
            excerpt: string;
            districtId: string | null;
            tags: string[];
            author: components["schemas"]["DiscussionAuthorInput"];
            group: {
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
            commentCount: number;
            lastActivityAt: string;
            createdAt: string;
            body: string;
            editedAt: string | null;
            /** @enum {string} */
            moderation: "visible" | "held" | "hidden";
            moderationReason: string | null;
            mine: boolean;
            canEdit: boolean;
        };
        DiscussionList: {
            items: components["schemas"]["DiscussionSummary"][];
            total: number;
        };
        DiscussionListInput: {
            items: components["schemas"]["DiscussionSummaryInput"][];
            total: number;
        };
        DiscussionSummary: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "topic" | "question";
            title: string;
            excerpt: string;
            districtId: string | null;
            tags: string[];
            author: components["schemas"]["DiscussionAuthor"];
            group: {
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
            commentCount: number;
            lastActivityAt: string;
            createdAt: string;
        };
        DiscussionSummaryInput: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "topic" | "question";
            title: string;
            excerpt: string;
            districtId: string | null;
            tags: string[];
            author: components["schemas"]["DiscussionAuthorInput"];
            group: {
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
            commentCount: number;
            lastActivityAt: string;
            createdAt: string;
        };
        DiscussionTags: {
            items: {
                tag: string;
                count: number;
            }[];
        };
        DiscussionTagsInput: {
            items: {
                tag: string;
                count: number;
            }[];
        };
        DistrictAlert: {
            districtId: string;
            topics: ("reports" | "answers" | "works" | "polls" | "events")[];
        };
        DistrictAlertInput: {
            districtId: string;
            topics: ("reports" | "answers" | "works" | "polls" | "events")[];
        };
        DistrictAlerts: {
            items: components["schemas"]["DistrictAlert"][];
        };
        DistrictAlertsInput: {
            items: components["schemas"]["DistrictAlertInput"][];
        };
        DistrictImportLine: {
            id: string;
            feature: number | null;
            nameRu: string;
            nameEn: string;
            previousNameRu?: string;
            previousNameEn?: string;
            /** @enum {string} */
            matchedBy?: "id" | "osm_relation" | "name";
            references?: {
                [key: string]: number;
            };
        };
        DistrictImportLineInput: {
            id: string;
            feature: number | null;
            nameRu: string;
            nameEn: string;
            previousNameRu?: string;
            previousNameEn?: string;
            /** @enum {string} */
            matchedBy?: "id" | "osm_relation" | "name";
            references?: {
                [key: string]: number;
            };
        };
        DistrictImportProblem: {
            feature: number | null;
            /** @enum {string} */
            severity: "error" | "warning";
            /** @enum {string} */
            code: "not_feature_collection" | "no_features" | "not_a_feature" | "not_polygon" | "bad_coordinates" | "outside_wgs84" | "ring_too_short" | "ring_not_closed" | "self_intersecting" | "name_missing" | "name_too_long" | "id_missing" | "id_invalid" | "duplicate_name" | "duplicate_id" | "overlap" | "gap";
            params: {
                [key: string]: string | number;
            };
            message: string;
        };
        DistrictImportProblemInput: {
            feature: number | null;
            /** @enum {string} */
            severity: "error" | "warning";
            /** @enum {string} */
            code: "not_feature_collection" | "no_features" | "not_a_feature" | "not_polygon" | "bad_coordinates" | "outside_wgs84" | "ring_too_short" | "ring_not_closed" | "self_intersecting" | "name_missing" | "name_too_long" | "id_missing" | "id_invalid" | "duplicate_name" | "duplicate_id" | "overlap" | "gap";
            params: {
                [key: string]: string | number;
            };
            message: string;
        };
        DistrictImportResult: {
            dryRun: boolean;
            imported: boolean;
            added: components["schemas"]["DistrictImportLine"][];
            renamed: components["schemas"]["DistrictImportLine"][];
            kept: components["schemas"]["DistrictImportLine"][];
            removed: components["schemas"]["DistrictImportLine"][];
            leftAsIs: components["schemas"]["DistrictImportLine"][];
            blocking: components["schemas"]["DistrictImportLine"][];
            problems: components["schemas"]["DistrictImportProblem"][];
        };
        DistrictImportResultInput: {
            dryRun: boolean;
            imported: boolean;
            added: components["schemas"]["DistrictImportLineInput"][];
            renamed: components["schemas"]["DistrictImportLineInput"][];
            kept: components["schemas"]["DistrictImportLineInput"][];
            removed: components["schemas"]["DistrictImportLineInput"][];
            leftAsIs: components["schemas"]["DistrictImportLineInput"][];
            blocking: components["schemas"]["DistrictImportLineInput"][];
            problems: components["schemas"]["DistrictImportProblemInput"][];
        };
        DistrictPopulation: {
            population: number;
            year: number;
            source: string;
            note: string | null;
        };
        DistrictPopulationInput: {
            population: number;
            year: number;
            source: string;
            note: string | null;
        };
        DistrictReportStats: {
            district: {
                id: string;
                nameRu: string;
                nameEn: string;
            };
            totals: {
                count: number;
                answered: number;
                overdue: number;
                /** @description answered by the deadline ÷ (answered + unanswered past the deadline) */
                onTimeShare: number | null;
                /** @description median hours from filing to the department’s answer */
                medianHoursToAnswer: number | null;
                /** @description the reporters’ and supporters’ ratings of the answers (k-anonymity: fewer than 10 → only “< 10”) */
                ratings: {
                    /** @description ratings given: exact from 10 (and 0), else “< 10” */
                    count: components["schemas"]["PublicCount"];
                    /** @description from 10 ratings; null below */
                    fixedShare: number | null;
                    partlyFixedShare: number | null;
                    notFixedShare: number | null;
                    /** @description mean quality of the answers, 1–5, to one decimal; from 10 ratings */
                    meanQuality: number | null;
                };
            };
            departments: {
                departmentId: string;
                nameRu: string;
                nameEn: string;
                count: number;
                answered: number;
                overdue: number;
                /** @description answered by the deadline ÷ (answered + unanswered past the deadline) */
                onTimeShare: number | null;
                /** @description median hours from filing to the department’s answer */
                medianHoursToAnswer: number | null;
                /** @description the reporters’ and supporters’ ratings of the answers (k-anonymity: fewer than 10 → only “< 10”) */
                ratings: {
                    /** @description ratings given: exact from 10 (and 0), else “< 10” */
                    count: components["schemas"]["PublicCount"];
                    /** @description from 10 ratings; null below */
                    fixedShare: number | null;
                    partlyFixedShare: number | null;
                    notFixedShare: number | null;
                    /** @description mean quality of the answers, 1–5, to one decimal; from 10 ratings */
                    meanQuality: number | null;
                };
            }[];
            reasons: {
                reasonId: number;
                nameRu: string;
                nameEn: string | null;
                categoryNameRu: string;
                categoryNameEn: string | null;
                count: number;
                answered: number;
                overdue: number;
                /** @description answered by the deadline ÷ (answered + unanswered past the deadline) */
                onTimeShare: number | null;
                /** @description median hours from filing to the department’s answer */
                medianHoursToAnswer: number | null;
                /** @description the reporters’ and supporters’ ratings of the answers (k-anonymity: fewer than 10 → only “< 10”) */
                ratings: {
                    /** @description ratings given: exact from 10 (and 0), else “< 10” */
                    count: components["schemas"]["PublicCount"];
                    /** @description from 10 ratings; null below */
                    fixedShare: number | null;
                    partlyFixedShare: number | null;
                    notFixedShare: number | null;
                    /** @description mean quality of the answers, 1–5, to one decimal; from 10 ratings */
                    meanQuality: number | null;
                };
            }[];
            months: {
                month: string;
                count: number;
                answered: number;
                overdue: number;
                /** @description answered by the deadline ÷ (answered + unanswered past the deadline) */
                onTimeShare: number | null;
                /** @description median hours from filing to the department’s answer */
                medianHoursToAnswer: number | null;
                /** @description the reporters’ and supporters’ ratings of the answers (k-anonymity: fewer than 10 → only “< 10”) */
                ratings: {
                    /** @description ratings given: exact from 10 (and 0), else “< 10” */
                    count: components["schemas"]["PublicCount"];
                    /** @description from 10 ratings; null below */
                    fixedShare: number | null;
                    partlyFixedShare: number | null;
                    notFixedShare: number | null;
                    /** @description mean quality of the answers, 1–5, to one decimal; from 10 ratings */
                    meanQuality: number | null;
                };
            }[];
        };
        DistrictReportStatsInput: {
            district: {
                id: string;
                nameRu: string;
                nameEn: string;
            };
            totals: {
                count: number;
                answered: number;
                overdue: number;
                /** @description answered by the deadline ÷ (answered + unanswered past the deadline) */
                onTimeShare: number | null;
                /** @description median hours from filing to the department’s answer */
                medianHoursToAnswer: number | null;
                /** @description the reporters’ and supporters’ ratings of the answers (k-anonymity: fewer than 10 → only “< 10”) */
                ratings: {
                    /** @description ratings given: exact from 10 (and 0), else “< 10” */
                    count: components["schemas"]["PublicCountInput"];
                    /** @description from 10 ratings; null below */
                    fixedShare: number | null;
                    partlyFixedShare: number | null;
                    notFixedShare: number | null;
                    /** @description mean quality of the answers, 1–5, to one decimal; from 10 ratings */
                    meanQuality: number | null;
                };
            };
            departments: {
                departmentId: string;
                nameRu: string;
                nameEn: string;
                count: number;
                answered: number;
                overdue: number;
                /** @description answered by the deadline ÷ (answered + unanswered past the deadline) */
                onTimeShare: number | null;
                /** @description median hours from filing to the department’s answer */
                medianHoursToAnswer: number | null;
                /** @description the reporters’ and supporters’ ratings of the answers (k-anonymity: fewer than 10 → only “< 10”) */
                ratings: {
                    /** @description ratings given: exact from 10 (and 0), else “< 10” */
                    count: components["schemas"]["PublicCountInput"];
                    /** @description from 10 ratings; null below */
                    fixedShare: number | null;
                    partlyFixedShare: number | null;
                    notFixedShare: number | null;
                    /** @description mean quality of the answers, 1–5, to one decimal; from 10 ratings */
                    meanQuality: number | null;
                };
            }[];
            reasons: {
                reasonId: number;
                nameRu: string;
                nameEn: string | null;
                categoryNameRu: string;
                categoryNameEn: string | null;
                count: number;
                answered: number;
                overdue: number;
                /** @description answered by the deadline ÷ (answered + unanswered past the deadline) */
                onTimeShare: number | null;
                /** @description median hours from filing to the department’s answer */
                medianHoursToAnswer: number | null;
                /** @description the reporters’ and supporters’ ratings of the answers (k-anonymity: fewer than 10 → only “< 10”) */
                ratings: {
                    /** @description ratings given: exact from 10 (and 0), else “< 10” */
                    count: components["schemas"]["PublicCountInput"];
                    /** @description from 10 ratings; null below */
                    fixedShare: number | null;
                    partlyFixedShare: number | null;
                    notFixedShare: number | null;
                    /** @description mean quality of the answers, 1–5, to one decimal; from 10 ratings */
                    meanQuality: number | null;
                };
            }[];
            months: {
                month: string;
                count: number;
                answered: number;
                overdue: number;
                /** @description answered by the deadline ÷ (answered + unanswered past the deadline) */
                onTimeShare: number | null;
                /** @description median hours from filing to the department’s answer */
                medianHoursToAnswer: number | null;
                /** @description the reporters’ and supporters’ ratings of the answers (k-anonymity: fewer than 10 → only “< 10”) */
                ratings: {
                    /** @description ratings given: exact from 10 (and 0), else “< 10” */
                    count: components["schemas"]["PublicCountInput"];
                    /** @description from 10 ratings; null below */
                    fixedShare: number | null;
                    partlyFixedShare: number | null;
                    notFixedShare: number | null;
                    /** @description mean quality of the answers, 1–5, to one decimal; from 10 ratings */
                    meanQuality: number | null;
                };
            }[];
        };
        /** @description Every JSON error: a stable code, a message in the request’s language, and the fields it concerns. */
        Error: {
            error: {
                /** @description Stable, e.g. `validation_failed`, `unauthenticated`, `poll_closed`. */
                code: string;
                /** @description What to do, in the language of Accept-Language or of the signed-in user. */
                message: string;
                /** @description Field name → its message (400 only). */
                fields?: {
                    [key: string]: string;
                };
            };
        };
        EventAttendanceCounts: {
            registeredCount: number;
            attendedCount: number;
        };
        EventAttendanceCountsInput: {
            registeredCount: number;
            attendedCount: number;
        };
        EventAttendanceMarks: {
            items: {
                /** Format: uuid */
                userId: string;
                attended: boolean;
            }[];
        };
        EventAttendanceMarksInput: {
            items: {
                /** Format: uuid */
                userId: string;
                attended: boolean;
            }[];
        };
        EventCancel: {
            /** @default  */
            reason: string;
        };
        EventCancelInput: {
            /** @default  */
            reason?: string;
        };
        EventCheckIn: {
            code: string;
        };
        EventCheckInCode: {
            code: string | null;
        };
        EventCheckInCodeInput: {
            code: string | null;
        };
        EventCheckInInput: {
            code: string;
        };
        EventDraft: {
            /** @enum {string} */
            kind: "meeting" | "cleanup" | "hearing" | "excursion" | "workshop" | "online";
            title: string;
            description: string;
            lat: number | null;
            lon: number | null;
            /** @default  */
            address: string;
            /** @default null */
            onlineUrl: string | null;
            startsAt: unknown;
            endsAt: unknown;
            /** @default null */
            capacity: number | null;
            /** @default null */
            registrationOpensAt: unknown | null;
            /** @default null */
            registrationClosesAt: unknown | null;
            /** @default null */
            minAge: number | null;
            /** @default  */
            accessibility: string;
            imageFileId?: string | null;
            priorityDays?: number;
            /** @default null */
            departmentId: string | null;
            /** @default null */
            groupId: string | null;
            /** @default null */
            source: components["schemas"]["EventSourceRef"] | null;
        };
        EventDraftInput: {
            /** @enum {string} */
            kind: "meeting" | "cleanup" | "hearing" | "excursion" | "workshop" | "online";
            title: string;
            description: string;
            lat: number | null;
            lon: number | null;
            /** @default  */
            address?: string;
            /** @default null */
            onlineUrl?: string | null;
            /** Format: date-time */
            startsAt: string;
            /** Format: date-time */
            endsAt: string;
            /** @default null */
            capacity?: number | null;
            registrationOpensAt?: string | null;
            registrationClosesAt?: string | null;
            /** @default null */
            minAge?: number | null;
            /** @default  */
            accessibility?: string;
            imageFileId?: string | null;
            priorityDays?: number;
            /** @default null */
            departmentId?: string | null;
            /** @default null */
            groupId?: string | null;
            /** @default null */
            source?: components["schemas"]["EventSourceRefInput"] | null;
        };
        EventEdit: {
            /** @enum {string} */
            kind: "meeting" | "cleanup" | "hearing" | "excursion" | "workshop" | "online";
            title: string;
            description: string;
            lat: number | null;
            lon: number | null;
            /** @default  */
            address: string;
            /** @default null */
            onlineUrl: string | null;
            startsAt: unknown;
            endsAt: unknown;
            /** @default null */
            capacity: number | null;
            /** @default null */
            registrationOpensAt: unknown | null;
            /** @default null */
            registrationClosesAt: unknown | null;
            /** @default null */
            minAge: number | null;
            /** @default  */
            accessibility: string;
            imageFileId?: string | null;
            priorityDays?: number;
        };
        EventEditInput: {
            /** @enum {string} */
            kind: "meeting" | "cleanup" | "hearing" | "excursion" | "workshop" | "online";
            title: string;
            description: string;
            lat: number | null;
            lon: number | null;
            /** @default  */
            address?: string;
            /** @default null */
            onlineUrl?: string | null;
            /** Format: date-time */
            startsAt: string;
            /** Format: date-time */
            endsAt: string;
            /** @default null */
            capacity?: number | null;
            registrationOpensAt?: string | null;
            registrationClosesAt?: string | null;
            /** @default null */
            minAge?: number | null;
            /** @default  */
            accessibility?: string;
            imageFileId?: string | null;
            priorityDays?: number;
        };
        EventFeed: {
            exists: boolean;
            createdAt: string | null;
        };
        EventFeedCreated: {
            url: string;
            /** Format: date-time */
            createdAt: string;
        };
        EventFeedCreatedInput: {
            url: string;
            /** Format: date-time */
            createdAt: string;
        };
        EventFeedInput: {
            exists: boolean;
            createdAt: string | null;
        };
        EventGroup: {
            id: string;
            name: string;
            verified: boolean;
        };
        EventGroupInput: {
            id: string;
            name: string;
            verified: boolean;
        };
        EventList: {
            items: components["schemas"]["EventSummary"][];
            total: number;
            totalCapped: boolean;
            page: number;
            pageSize: number;
        };
        EventListInput: {
            items: components["schemas"]["EventSummaryInput"][];
            total: number;
            totalCapped: boolean;
            page: number;
            pageSize: number;
        };
        EventMapPoints: {
            points: {
                id: string;
                lat: number;
                lon: number;
                /** @enum {string} */
                kind: "meeting" | "cleanup" | "hearing" | "excursion" | "workshop" | "online";
                title: string;
                /** Format: date-time */
                startsAt: string;
                freePlaces: number | null;
            }[];
            truncated: boolean;
            total: number;
            totalCapped: boolean;
        };
        EventMapPointsInput: {
            points: {
                id: string;
                lat: number;
                lon: number;
                /** @enum {string} */
                kind: "meeting" | "cleanup" | "hearing" | "excursion" | "workshop" | "online";
                title: string;
                /** Format: date-time */
                startsAt: string;
                freePlaces: number | null;
            }[];
            truncated: boolean;
            total: number;
            totalCapped: boolean;
        };
        EventMinutes: {
            minutes: {
                text: string;
                decisions: string[];
                photos: {
                    id: string;
                    url: string;
                    thumbUrl: string;
                }[];
                /** Format: date-time */
                publishedAt: string;
                /** Format: date-time */
                updatedAt: string;
                source: {
                    /** @enum {string} */
                    type: "poll" | "initiative" | "crowd_project";
                    id: string;
                    title: string;
                    path: string;
                } | null;
            } | null;
        };
        EventMinutesDraft: {
            text: string;
            /** @default [] */
            decisions: string[];
            /** @default [] */
            photoFileIds: string[];
        };
        EventMinutesDraftInput: {
            text: string;
            /** @default [] */
            decisions?: string[];
            /** @default [] */
            photoFileIds?: string[];
        };
        EventMinutesInput: {
            minutes: {
                text: string;
                decisions: string[];
                photos: {
                    id: string;
                    url: string;
                    thumbUrl: string;
                }[];
                /** Format: date-time */
                publishedAt: string;
                /** Format: date-time */
                updatedAt: string;
                source: {
                    /** @enum {string} */
                    type: "poll" | "initiative" | "crowd_project";
                    id: string;
                    title: string;
                    path: string;
                } | null;
            } | null;
        };
        EventMyRegistration: {
            /** @enum {string} */
            state: "registered" | "waitlisted" | "cancelled" | "attended";
            position: number | null;
        };
        EventMyRegistrationInput: {
            /** @enum {string} */
            state: "registered" | "waitlisted" | "cancelled" | "attended";
            position: number | null;
        };
        EventOrganiserGroups: {
            items: components["schemas"]["EventGroup"][];
        };
        EventOrganiserGroupsInput: {
            items: components["schemas"]["EventGroupInput"][];
        };
        EventRegistrations: {
            items: {
                userId: string;
                displayName: string;
                /** @enum {string} */
                state: "registered" | "waitlisted" | "cancelled" | "attended";
                position: number | null;
                /** Format: date-time */
                registeredAt: string;
            }[];
        };
        EventRegistrationsInput: {
            items: {
                userId: string;
                displayName: string;
                /** @enum {string} */
                state: "registered" | "waitlisted" | "cancelled" | "attended";
                position: number | null;
                /** Format: date-time */
                registeredAt: string;
            }[];
        };
        EventSourceRef: {
            /** @enum {string} */
            type: "poll" | "initiative" | "crowd_project";
            id: string;
        };
        EventSourceRefInput: {
            /** @enum {string} */
            type: "poll" | "initiative" | "crowd_project";
            id: string;
        };
        EventSummary: {
            id: string;
            /** @enum {string} */
            kind: "meeting" | "cleanup" | "hearing" | "excursion" | "workshop" | "online";
            title: string;
            /** Format: date-time */
            startsAt: string;
            /** Format: date-time */
            endsAt: string;
            districtId: string | null;
            address: string;
            lat: number | null;
            lon: number | null;
            online: boolean;
            /** @enum {string} */
            organisedBy: "department" | "group" | "resident";
            departmentId: string | null;
            group: components["schemas"]["EventGroup"] | null;
            /** @enum {string} */
            status: "published" | "cancelled";
            capacity: number | null;
            registeredCount: number;
            waitlistCount: number;
            freePlaces: number | null;
            minAge: number | null;
            registrationOpensAt: string | null;
            registrationClosesAt: string | null;
            registrationPaused: boolean;
            image: {
                url: string;
                thumbUrl: string;
            } | null;
            attendedCount: number;
        };
        EventSummaryInput: {
            id: string;
            /** @enum {string} */
            kind: "meeting" | "cleanup" | "hearing" | "excursion" | "workshop" | "online";
            title: string;
            /** Format: date-time */
            startsAt: string;
            /** Format: date-time */
            endsAt: string;
            districtId: string | null;
            address: string;
            lat: number | null;
            lon: number | null;
            online: boolean;
            /** @enum {string} */
            organisedBy: "department" | "group" | "resident";
            departmentId: string | null;
            group: components["schemas"]["EventGroupInput"] | null;
            /** @enum {string} */
            status: "published" | "cancelled";
            capacity: number | null;
            registeredCount: number;
            waitlistCount: number;
            freePlaces: number | null;
            minAge: number | null;
            registrationOpensAt: string | null;
            registrationClosesAt: string | null;
            registrationPaused: boolean;
            image: {
                url: string;
                thumbUrl: string;
            } | null;
            attendedCount: number;
        };
        EventView: {
            id: string;
            /** @enum {string} */
            kind: "meeting" | "cleanup" | "hearing" | "excursion" | "workshop" | "online";
            title: string;
            /** Format: date-time */
            startsAt: string;
            /** Format: date-time */
            endsAt: string;
            districtId: string | null;
            address: string;
            lat: number | null;
            lon: number | null;
            online: boolean;
            /** @enum {string} */
            organisedBy: "department" | "group" | "resident";
            departmentId: string | null;
            group: components["schemas"]["EventGroup"] | null;
            /** @enum {string} */
            status: "published" | "cancelled";
            capacity: number | null;
            registeredCount: number;
            waitlistCount: number;
            freePlaces: number | null;
            minAge: number | null;
            registrationOpensAt: string | null;
            registrationClosesAt: string | null;
            registrationPaused: boolean;
            image: {
                url: string;
                thumbUrl: string;
            } | null;
            attendedCount: number;
            description: string;
            accessibility: string;
            onlineUrl: string | null;
            /** @enum {string} */
            moderation: "visible" | "held" | "hidden";
            commentCount: number;
            mine: components["schemas"]["EventMyRegistration"] | null;
            isOrganiser: boolean;
            source: {
                /** @enum {string} */
                type: "poll" | "initiative" | "crowd_project";
                id: string;
                title: string;
                path: string;
            } | null;
            priorityDays: number;
            minutesPublishedAt: string | null;
            registration: {
                allowed: boolean;
                reason: string | null;
                message: string | null;
            };
        };
        EventViewInput: {
            id: string;
            /** @enum {string} */
            kind: "meeting" | "cleanup" | "hearing" | "excursion" | "workshop" | "online";
            title: string;
            /** Format: date-time */
            startsAt: string;
            /** Format: date-time */
            endsAt: string;
            districtId: string | null;
            address: string;
            lat: number | null;
            lon: number | null;
            online: boolean;
            /** @enum {string} */
            organisedBy: "department" | "group" | "resident";
            departmentId: string | null;
            group: components["schemas"]["EventGroupInput"] | null;
            /** @enum {string} */
            status: "published" | "cancelled";
            capacity: number | null;
            registeredCount: number;
            waitlistCount: number;
            freePlaces: number | null;
            minAge: number | null;
            registrationOpensAt: string | null;
            registrationClosesAt: string | null;
            registrationPaused: boolean;
            image: {
                url: string;
                thumbUrl: string;
            } | null;
            attendedCount: number;
            description: string;
            accessibility: string;
            onlineUrl: string | null;
            /** @enum {string} */
            moderation: "visible" | "held" | "hidden";
            commentCount: number;
            mine: components["schemas"]["EventMyRegistrationInput"] | null;
            isOrganiser: boolean;
            source: {
                /** @enum {string} */
                type: "poll" | "initiative" | "crowd_project";
                id: string;
                title: string;
                path: string;
            } | null;
            priorityDays: number;
            minutesPublishedAt: string | null;
            registration: {
                allowed: boolean;
                reason: string | null;
                message: string | null;
            };
        };
        FailedJob: {
            id: number;
            kind: string;
            attempts: number;
            lastError: string | null;
            failedAt: string | null;
            createdAt: string;
        };
        FailedJobInput: {
            id: number;
            kind: string;
            attempts: number;
            lastError: string | null;
            failedAt: string | null;
            createdAt: string;
        };
        FlagResult: {
            flagCount: number;
            hidden: boolean;
        };
        FlagResultInput: {
            flagCount: number;
            hidden: boolean;
        };
        FollowState: {
            following: boolean;
            followers: number;
        };
        FollowStateInput: {
            following: boolean;
            followers: number;
        };
        ForbiddenWords: {
            words: string[];
        };
        ForbiddenWordsInput: {
            words: string[];
        };
        GeocodeAnswer: {
            items: components["schemas"]["GeocodeResult"][];
            /** @enum {string} */
            external: "off" | "not_asked" | "ok" | "unavailable";
        };
        GeocodeAnswerInput: {
            items: components["schemas"]["GeocodeResultInput"][];
            /** @enum {string} */
            external: "off" | "not_asked" | "ok" | "unavailable";
        };
        GeocodeResult: {
            label: string;
            /** @enum {string} */
            kind: "district" | "street" | "place" | "address" | "external";
            lat: number;
            lon: number;
            bbox: [
                number,
                number,
                number,
                number
            ] | null;
        };
        GeocodeResultInput: {
            label: string;
            /** @enum {string} */
            kind: "district" | "street" | "place" | "address" | "external";
            lat: number;
            lon: number;
            bbox: [
                number,
                number,
                number,
                number
            ] | null;
        };
        Group: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "building" | "neighbourhood" | "interest" | "organisation" | "public_figure";
            name: string;
            excerpt: string;
            districtId: string | null;
            imageUrl: string | null;
            /** @enum {string} */
            membership: "open" | "request" | "invitation";
            memberCount: number;
            postCount: number;
            verified: boolean;
            /** @enum {string} */
            status: "active" | "pending" | "rejected";
            distanceMeters: number | null;
            description: string;
            address: string;
            lat: number | null;
            lon: number | null;
            rules: string;
            /** @enum {string} */
            memberListVisibility: "public" | "members" | "admins";
            memberCap: number | null;
            registrationNumber: string | null;
            officeHours: string;
            responsibilities: string;
            verifiedAt: string | null;
            statusReason: string | null;
            /** Format: uuid */
            ownerId: string;
            ownerName: string;
            createdAt: string;
            me: {
                role: ("owner" | "admin" | "member") | null;
                state: ("member" | "requested" | "invited") | null;
                banned: boolean;
                canJoin: boolean;
                canLeave: boolean;
                canManage: boolean;
                canGiveRoles: boolean;
                canPost: boolean;
                canReadFeed: boolean;
                canSeeMembers: boolean;
                canVerify: boolean;
            };
            activity: {
                type: string;
                id: string;
                title: string;
                path: string;
                createdAt: string;
            }[];
        };
        GroupFeed: {
            items: components["schemas"]["GroupPost"][];
            total: number;
            nextCursor: string | null;
        };
        GroupFeedInput: {
            items: components["schemas"]["GroupPostInput"][];
            total: number;
            nextCursor: string | null;
        };
        GroupFigureAnswers: {
            items: {
                number: number;
                path: string;
                reason: {
                    id: number;
                    nameRu: string;
                    nameEn: string | null;
                };
                category: {
                    id: number;
                    nameRu: string;
                    nameEn: string | null;
                };
                districtId: string | null;
                /** @enum {string} */
                status: "moderation" | "rejected" | "sent" | "in_progress" | "answer_moderation" | "answered" | "reopened" | "closed" | "duplicate" | "not_competent";
                statusText: string;
                /** Format: date-time */
                answeredAt: string;
            }[];
            total: number;
            nextCursor: string | null;
        };
        GroupFigureAnswersInput: {
            items: {
                number: number;
                path: string;
                reason: {
                    id: number;
                    nameRu: string;
                    nameEn: string | null;
                };
                category: {
                    id: number;
                    nameRu: string;
                    nameEn: string | null;
                };
                districtId: string | null;
                /** @enum {string} */
                status: "moderation" | "rejected" | "sent" | "in_progress" | "answer_moderation" | "answered" | "reopened" | "closed" | "duplicate" | "not_competent";
                statusText: string;
                /** Format: date-time */
                answeredAt: string;
            }[];
            total: number;
            nextCursor: string | null;
        };
        GroupInput: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "building" | "neighbourhood" | "interest" | "organisation" | "public_figure";
            name: string;
            excerpt: string;
            districtId: string | null;
            imageUrl: string | null;
            /** @enum {string} */
            membership: "open" | "request" | "invitation";
            memberCount: number;
            postCount: number;
            verified: boolean;
            /** @enum {string} */
            status: "active" | "pending" | "rejected";
            distanceMeters: number | null;
            description: string;
            address: string;
            lat: number | null;
            lon: number | null;
            rules: string;
            /** @enum {string} */
            memberListVisibility: "public" | "members" | "admins";
            memberCap: number | null;
            registrationNumber: string | null;
            officeHours: string;
            responsibilities: string;
            verifiedAt: string | null;
            statusReason: string | null;
            /** Format: uuid */
            ownerId: string;
            ownerName: string;
            createdAt: string;
            me: {
                role: ("owner" | "admin" | "member") | null;
                state: ("member" | "requested" | "invited") | null;
                banned: boolean;
                canJoin: boolean;
                canLeave: boolean;
                canManage: boolean;
                canGiveRoles: boolean;
                canPost: boolean;
                canReadFeed: boolean;
                canSeeMembers: boolean;
                canVerify: boolean;
            };
            activity: {
                type: string;
                id: string;
                title: string;
                path: string;
                createdAt: string;
            }[];
        };
        GroupList: {
            items: components["schemas"]["GroupSummary"][];
            total: number;
        };
        GroupListInput: {
            items: components["schemas"]["GroupSummaryInput"][];
            total: number;
        };
        GroupMapPoints: {
            points: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: "building" | "neighbourhood" | "interest" | "organisation" | "public_figure";
                name: string;
                lat: number;
                lon: number;
                memberCount: number;
            }[];
            truncated: boolean;
        };
        GroupMapPointsInput: {
            points: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: "building" | "neighbourhood" | "interest" | "organisation" | "public_figure";
                name: string;
                lat: number;
                lon: number;
                memberCount: number;
            }[];
            truncated: boolean;
        };
        GroupMembers: {
            items: {
                /** Format: uuid */
                userId: string;
                displayName: string;
                /** @enum {string} */
                role: "owner" | "admin" | "member";
                /** @enum {string} */
                state: "member" | "requested" | "invited";
                joinedAt: string | null;
            }[];
            requests: {
                /** Format: uuid */
                userId: string;
                displayName: string;
                /** @enum {string} */
                role: "owner" | "admin" | "member";
                /** @enum {string} */
                state: "member" | "requested" | "invited";
                joinedAt: string | null;
            }[];
            total: number;
            nextCursor: string | null;
        };
        GroupMembersInput: {
            items: {
                /** Format: uuid */
                userId: string;
                displayName: string;
                /** @enum {string} */
                role: "owner" | "admin" | "member";
                /** @enum {string} */
                state: "member" | "requested" | "invited";
                joinedAt: string | null;
            }[];
            requests: {
                /** Format: uuid */
                userId: string;
                displayName: string;
                /** @enum {string} */
                role: "owner" | "admin" | "member";
                /** @enum {string} */
                state: "member" | "requested" | "invited";
                joinedAt: string | null;
            }[];
            total: number;
            nextCursor: string | null;
        };
        GroupPost: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            groupId: string;
            groupName: string;
            body: string;
            author: {
                /** Format: uuid */
                id: string;
                displayName: string;
            };
            photos: {
                /** Format: uuid */
                id: string;
                url: string;
                thumbUrl: string;
            }[];
            pinned: boolean;
            /** @enum {string} */
            moderation: "visible" | "held" | "hidden";
            moderationReason: string | null;
            commentCount: number;
            createdAt: string;
            canModerate: boolean;
            poll: {
                question: string;
                options: {
                    text: string;
                    votes: number;
                    share: number;
                }[];
                total: number;
                closesAt: string | null;
                closed: boolean;
                myVote: number | null;
                canVote: boolean;
                canClose: boolean;
            } | null;
            reactions: {
                /** @enum {string} */
                kind: "like" | "love" | "laugh" | "wow" | "sad";
                count: number;
                mine: boolean;
            }[];
            canReact: boolean;
        };
        GroupPostInput: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            groupId: string;
            groupName: string;
            body: string;
            author: {
                /** Format: uuid */
                id: string;
                displayName: string;
            };
            photos: {
                /** Format: uuid */
                id: string;
                url: string;
                thumbUrl: string;
            }[];
            pinned: boolean;
            /** @enum {string} */
            moderation: "visible" | "held" | "hidden";
            moderationReason: string | null;
            commentCount: number;
            createdAt: string;
            canModerate: boolean;
            poll: {
                question: string;
                options: {
                    text: string;
                    votes: number;
                    share: number;
                }[];
                total: number;
                closesAt: string | null;
                closed: boolean;
                myVote: number | null;
                canVote: boolean;
                canClose: boolean;
            } | null;
            reactions: {
                /** @enum {string} */
                kind: "like" | "love" | "laugh" | "wow" | "sad";
                count: number;
                mine: boolean;
            }[];
            canReact: boolean;
        };
        GroupSummary: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "building" | "neighbourhood" | "interest" | "organisation" | "public_figure";
            name: string;
            excerpt: string;
            districtId: string | null;
            imageUrl: string | null;
            /** @enum {string} */
            membership: "open" | "request" | "invitation";
            memberCount: number;
            postCount: number;
            verified: boolean;
            /** @enum {string} */
            status: "active" | "pending" | "rejected";
            distanceMeters: number | null;
        };
        GroupSummaryInput: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "building" | "neighbourhood" | "interest" | "organisation" | "public_figure";
            name: string;
            excerpt: string;
            districtId: string | null;
            imageUrl: string | null;
            /** @enum {string} */
            membership: "open" | "request" | "invitation";
            memberCount: number;
            postCount: number;
            verified: boolean;
            /** @enum {string} */
            status: "active" | "pending" | "rejected";
            distanceMeters: number | null;
        };
        Health: {
            /** @constant */
            status: "ok";
            /** @enum {string} */
            db: "pglite" | "postgres";
            version: string;
        };
        HealthDown: {
            /** @constant */
            status: "error";
            db: string;
            version: string;
        };
        HealthDownInput: {
            /** @constant */
            status: "error";
            db: string;
            version: string;
        };
        HealthInput: {
            /** @constant */
            status: "ok";
            /** @enum {string} */
            db: "pglite" | "postgres";
            version: string;
        };
        HomeOpenNow: {
            districtId: string | null;
            open: components["schemas"]["OpenNowItem"][];
            mine: components["schemas"]["OpenNowItem"][];
            near: components["schemas"]["OpenNowItem"][];
        };
        HomeOpenNowInput: {
            districtId: string | null;
            open: components["schemas"]["OpenNowItemInput"][];
            mine: components["schemas"]["OpenNowItemInput"][];
            near: components["schemas"]["OpenNowItemInput"][];
        };
        HomeThisWeek: {
            districtId: string | null;
            /** Format: date-time */
            until: string;
            items: components["schemas"]["ThisWeekItem"][];
        };
        HomeThisWeekInput: {
            districtId: string | null;
            /** Format: date-time */
            until: string;
            items: components["schemas"]["ThisWeekItemInput"][];
        };
        InitiativeAnswer: {
            /** @enum {string} */
            decision: "accepted" | "partially" | "rejected";
            text: string;
            departmentId?: string;
            /** Format: date */
            dueOn?: string;
        };
        InitiativeAnswerInput: {
            /** @enum {string} */
            decision: "accepted" | "partially" | "rejected";
            text: string;
            departmentId?: string;
            /** Format: date */
            dueOn?: string;
        };
        InitiativeCreated: {
            number: number;
        };
        InitiativeCreatedInput: {
            number: number;
        };
        InitiativeDraft: {
            /** @enum {string} */
            type: "improvement" | "regulation" | "social";
            /** @enum {string} */
            scope: "city" | "district";
            districtId: string | null;
            title: string;
            text: string;
            ask: string;
            addressee: string;
        };
        InitiativeDraftInput: {
            /** @enum {string} */
            type: "improvement" | "regulation" | "social";
            /** @enum {string} */
            scope: "city" | "district";
            districtId: string | null;
            title: string;
            text: string;
            ask: string;
            addressee: string;
        };
        InitiativeList: {
            items: components["schemas"]["InitiativeSummary"][];
            total: number;
            page: number;
            pageSize: number;
        };
        InitiativeListInput: {
            items: components["schemas"]["InitiativeSummaryInput"][];
            total: number;
            page: number;
            pageSize: number;
        };
        InitiativePerson: {
            id: string;
            displayName: string;
        };
        InitiativePersonInput: {
            id: string;
            displayName: string;
        };
        InitiativeRule: {
            /** @enum {string} */
            type: "improvement" | "regulation" | "social";
            /** @enum {string} */
            scope: "city" | "district";
            minCoinitiators: number;
            supportThreshold: number;
            supportDays: number;
            answerWorkingDays: number;
        };
        InitiativeRuleInput: {
            /** @enum {string} */
            type: "improvement" | "regulation" | "social";
            /** @enum {string} */
            scope: "city" | "district";
            minCoinitiators: number;
            supportThreshold: number;
            supportDays: number;
            answerWorkingDays: number;
        };
        InitiativeRules: {
            rules: components["schemas"]["InitiativeRule"][];
        };
        InitiativeRulesInput: {
            rules: components["schemas"]["InitiativeRuleInput"][];
        };
        InitiativeScreening: {
            /** @enum {string} */
            decision: "admissible" | "inadmissible";
            reason: string;
            departmentId?: string;
        };
        InitiativeScreeningInput: {
            /** @enum {string} */
            decision: "admissible" | "inadmissible";
            reason: string;
            departmentId?: string;
        };
        InitiativeSummary: {
            number: number;
            /** @enum {string} */
            type: "improvement" | "regulation" | "social";
            /** @enum {string} */
            scope: "city" | "district";
            districtId: string | null;
            title: string;
            /** @enum {string} */
            status: "draft" | "screening" | "inadmissible" | "collecting" | "not_reached" | "awaiting_answer" | "answered" | "withdrawn";
            overdue: boolean;
            coinitiatorCount: number;
            supportCount: number;
            supportThreshold: number | null;
            supportClosesAt: string | null;
            answerDueAt: string | null;
            submittedAt: string | null;
            createdAt: string;
        };
        InitiativeSummaryInput: {
            number: number;
            /** @enum {string} */
            type: "improvement" | "regulation" | "social";
            /** @enum {string} */
            scope: "city" | "district";
            districtId: string | null;
            title: string;
            /** @enum {string} */
            status: "draft" | "screening" | "inadmissible" | "collecting" | "not_reached" | "awaiting_answer" | "answered" | "withdrawn";
            overdue: boolean;
            coinitiatorCount: number;
            supportCount: number;
            supportThreshold: number | null;
            supportClosesAt: string | null;
            answerDueAt: string | null;
            submittedAt: string | null;
            createdAt: string;
        };
        InitiativeSupportResult: {
            supportCount: number;
            /** @enum {string} */
            status: "draft" | "screening" | "inadmissible" | "collecting" | "not_reached" | "awaiting_answer" | "answered" | "withdrawn";
        };
        InitiativeSupportResultInput: {
            supportCount: number;
            /** @enum {string} */
            status: "draft" | "screening" | "inadmissible" | "collecting" | "not_reached" | "awaiting_answer" | "answered" | "withdrawn";
        };
        InitiativeView: {
            number: number;
            /** @enum {string} */
            type: "improvement" | "regulation" | "social";
            /** @enum {string} */
            scope: "city" | "district";
            districtId: string | null;
            title: string;
            /** @enum {string} */
            status: "draft" | "screening" | "inadmissible" | "collecting" | "not_reached" | "awaiting_answer" | "answered" | "withdrawn";
            overdue: boolean;
            coinitiatorCount: number;
            supportCount: number;
            supportThreshold: number | null;
            supportClosesAt: string | null;
            answerDueAt: string | null;
            submittedAt: string | null;
            createdAt: string;
            text: string;
            ask: string;
            addressee: string;
            author: components["schemas"]["InitiativePerson"];
            coinitiators: components["schemas"]["InitiativePerson"][];
            minCoinitiators: number;
            departmentId: string | null;
            supportOpensAt: string | null;
            thresholdReachedAt: string | null;
            answerWorkingDays: number | null;
            screening: {
                /** @enum {string} */
                decision: "admissible" | "inadmissible";
                reason: string;
                at: string;
            } | null;
            answer: {
                /** @enum {string} */
                decision: "accepted" | "partially" | "rejected";
                text: string;
                at: string;
            } | null;
            history: {
                /** @enum {string} */
                status: "draft" | "screening" | "inadmissible" | "collecting" | "not_reached" | "awaiting_answer" | "answered" | "withdrawn";
                note: string;
                at: string;
            }[];
            commentCount: number;
            me: {
                isAuthor: boolean;
                isCoinitiator: boolean;
                supported: boolean;
                can: {
                    edit: boolean;
                    join: boolean;
                    leave: boolean;
                    submit: boolean;
                    withdraw: boolean;
                    screen: boolean;
                    support: boolean;
                    answer: boolean;
                };
                supportRefusal: string | null;
            };
        };
        InitiativeViewInput: {
            number: number;
            /** @enum {string} */
            type: "improvement" | "regulation" | "social";
            /** @enum {string} */
            scope: "city" | "district";
            districtId: string | null;
            title: string;
            /** @enum {string} */
            status: "draft" | "screening" | "inadmissible" | "collecting" | "not_reached" | "awaiting_answer" | "answered" | "withdrawn";
            overdue: boolean;
            coinitiatorCount: number;
            supportCount: number;
            supportThreshold: number | null;
            supportClosesAt: string | null;
            answerDueAt: string | null;
            submittedAt: string | null;
            createdAt: string;
            text: string;
            ask: string;
            addressee: string;
            author: components["schemas"]["InitiativePersonInput"];
            coinitiators: components["schemas"]["InitiativePersonInput"][];
            minCoinitiators: number;
            departmentId: string | null;
            supportOpensAt: string | null;
            thresholdReachedAt: string | null;
            answerWorkingDays: number | null;
            screening: {
                /** @enum {string} */
                decision: "admissible" | "inadmissible";
                reason: string;
                at: string;
            } | null;
            answer: {
                /** @enum {string} */
                decision: "accepted" | "partially" | "rejected";
                text: string;
                at: string;
            } | null;
            history: {
                /** @enum {string} */
                status: "draft" | "screening" | "inadmissible" | "collecting" | "not_reached" | "awaiting_answer" | "answered" | "withdrawn";
                note: string;
                at: string;
            }[];
            commentCount: number;
            me: {
                isAuthor: boolean;
                isCoinitiator: boolean;
                supported: boolean;
                can: {
                    edit: boolean;
                    join: boolean;
                    leave: boolean;
                    submit: boolean;
                    withdraw: boolean;
                    screen: boolean;
                    support: boolean;
                    answer: boolean;
                };
                supportRefusal: string | null;
            };
        };
        JobsOverview: {
            pending: number;
            failed: number;
            mailPending: number;
            failedJobs: components["schemas"]["FailedJob"][];
        };
        JobsOverviewInput: {
            pending: number;
            failed: number;
            mailPending: number;
            failedJobs: components["schemas"]["FailedJobInput"][];
        };
        LifeRole: {
            id: string;
            key: string;
            nameRu: string;
            nameEn: string;
            icon: string;
            descriptionRu: string;
            descriptionEn: string;
            position: number;
            sourceUrl: string | null;
            serviceCount: number;
            mine: boolean;
            /** @enum {string} */
            moderation: "visible" | "held" | "hidden";
        };
        LifeRoleDraft: {
            key: string;
            nameRu: string;
            nameEn: string;
            icon: string;
            /** @default  */
            descriptionRu: string;
            /** @default  */
            descriptionEn: string;
            /** @default 100 */
            position: number;
            sourceUrl: unknown;
        };
        LifeRoleDraftInput: {
            key: string;
            nameRu: string;
            nameEn: string;
            icon: string;
            /** @default  */
            descriptionRu?: string;
            /** @default  */
            descriptionEn?: string;
            /** @default 100 */
            position?: number;
            sourceUrl?: string | "" | null;
        };
        LifeRoleInput: {
            id: string;
            key: string;
            nameRu: string;
            nameEn: string;
            icon: string;
            descriptionRu: string;
            descriptionEn: string;
            position: number;
            sourceUrl: string | null;
            serviceCount: number;
            mine: boolean;
            /** @enum {string} */
            moderation: "visible" | "held" | "hidden";
        };
        LifeRoleList: {
            items: components["schemas"]["LifeRole"][];
        };
        LifeRoleListInput: {
            items: components["schemas"]["LifeRoleInput"][];
        };
        LifeRoleProposal: {
            nameRu: string;
            /** @default null */
            nameEn: string | null;
            description: string;
        };
        LifeRoleProposalInput: {
            nameRu: string;
            /** @default null */
            nameEn?: string | null;
            description: string;
        };
        LifeRoleView: {
            role: components["schemas"]["LifeRole"];
            services: components["schemas"]["ServiceSummary"][];
        };
        LifeRoleViewInput: {
            role: components["schemas"]["LifeRoleInput"];
            services: components["schemas"]["ServiceSummaryInput"][];
        };
        Message: {
            /** Format: uuid */
            id: string;
            author: components["schemas"]["MessagePerson"] | null;
            mine: boolean;
            text: string;
            photos: {
                url: string;
                thumbUrl: string;
            }[];
            hidden: boolean;
            linksFromStranger: boolean;
            createdAt: string;
        };
        MessageBlock: {
            /** Format: uuid */
            userId: string;
            blocked: boolean;
        };
        MessageBlockInput: {
            /** Format: uuid */
            userId: string;
            blocked: boolean;
        };
        MessageDepartment: {
            id: string;
            nameRu: string;
            nameEn: string;
        };
        MessageDepartmentInput: {
            id: string;
            nameRu: string;
            nameEn: string;
        };
        MessageInput: {
            /** Format: uuid */
            id: string;
            author: components["schemas"]["MessagePersonInput"] | null;
            mine: boolean;
            text: string;
            photos: {
                url: string;
                thumbUrl: string;
            }[];
            hidden: boolean;
            linksFromStranger: boolean;
            createdAt: string;
        };
        MessagePerson: {
            /** Format: uuid */
            id: string;
            displayName: string;
            official: boolean;
        };
        MessagePersonInput: {
            /** Format: uuid */
            id: string;
            displayName: string;
            official: boolean;
        };
        MessageSettings: {
            /** @enum {string} */
            whoMayWrite: "contacts" | "anyone" | "nobody";
            readReceipts: boolean;
            emailNotice: boolean;
        };
        MessageSettingsInput: {
            /** @enum {string} */
            whoMayWrite: "contacts" | "anyone" | "nobody";
            readReceipts: boolean;
            emailNotice: boolean;
        };
        MessagesUnread: {
            unread: number;
        };
        MessagesUnreadInput: {
            unread: number;
        };
        ModerationAuthor: {
            /** Format: uuid */
            id: string;
            displayName: string;
            districtId: string | null;
            official: {
                departmentId: string;
                nameRu: string;
                nameEn: string;
            } | null;
        };
        ModerationAuthorInput: {
            /** Format: uuid */
            id: string;
            displayName: string;
            districtId: string | null;
            official: {
                departmentId: string;
                nameRu: string;
                nameEn: string;
            } | null;
        };
        ModerationCase: {
            entityType: string;
            entityId: string;
            title: string;
            excerpt: string;
            path: string;
            author: components["schemas"]["ModerationAuthor"] | null;
            /** @enum {string} */
            cause: "flagged" | "held";
            /** @enum {string} */
            state: "visible" | "held" | "hidden";
            flagCount: number;
            reasons: {
                /** @enum {string} */
                reason: "spam" | "abuse" | "off_topic" | "personal_data" | "illegal" | "other";
                count: number;
            }[];
            notes: string[];
            matchedWords: string[];
            openedAt: string;
            dueAt: string;
            overdue: boolean;
            /** @enum {string} */
            status: "open" | "closed";
            decision: ("hidden" | "restored" | "dismissed") | null;
            decisionReason: string | null;
            decidedAt: string | null;
        };
        ModerationCaseInput: {
            entityType: string;
            entityId: string;
            title: string;
            excerpt: string;
            path: string;
            author: components["schemas"]["ModerationAuthorInput"] | null;
            /** @enum {string} */
            cause: "flagged" | "held";
            /** @enum {string} */
            state: "visible" | "held" | "hidden";
            flagCount: number;
            reasons: {
                /** @enum {string} */
                reason: "spam" | "abuse" | "off_topic" | "personal_data" | "illegal" | "other";
                count: number;
            }[];
            notes: string[];
            matchedWords: string[];
            openedAt: string;
            dueAt: string;
            overdue: boolean;
            /** @enum {string} */
            status: "open" | "closed";
            decision: ("hidden" | "restored" | "dismissed") | null;
            decisionReason: string | null;
            decidedAt: string | null;
        };
        ModerationQueue: {
            items: components["schemas"]["ModerationCase"][];
            total: number;
        };
        ModerationQueueInput: {
            items: components["schemas"]["ModerationCaseInput"][];
            total: number;
        };
        Monitor: {
            measures: ("trust" | "usefulness" | "recommendation" | "participation" | "community" | "contribution")[];
            months: components["schemas"]["MonitorMonth"][];
            fewest: number;
        };
        MonitorFigure: {
            value: number;
            people: number;
        } | {
            value: null;
            people: null;
            /** @constant */
            few: true;
        };
        MonitorFigureInput: {
            value: number;
            people: number;
        } | {
            value: null;
            people: null;
            /** @constant */
            few: true;
        };
        MonitorInput: {
            measures: ("trust" | "usefulness" | "recommendation" | "participation" | "community" | "contribution")[];
            months: components["schemas"]["MonitorMonthInput"][];
            fewest: number;
        };
        MonitorMonth: {
            month: string;
            computedAt: string;
            trust: {
                activeResidents: components["schemas"]["MonitorFigure"];
                activeShare: components["schemas"]["MonitorFigure"];
                daysPerActive: components["schemas"]["MonitorFigure"];
            };
            usefulness: {
                mean: components["schemas"]["MonitorFigure"];
            };
            recommendation: {
                nps: components["schemas"]["MonitorFigure"];
                promoters: components["schemas"]["MonitorFigure"];
                detractors: components["schemas"]["MonitorFigure"];
            };
            participation: {
                participants: components["schemas"]["MonitorFigure"];
                shareOfActive: components["schemas"]["MonitorFigure"];
            };
            community: {
                mean: components["schemas"]["MonitorFigure"];
            };
            contribution: {
                volunteers: components["schemas"]["MonitorFigure"];
                hours: components["schemas"]["MonitorFigure"];
            };
            survey: {
                answers: number;
                sampleAnswers: number;
            };
        };
        MonitorMonthInput: {
            month: string;
            computedAt: string;
            trust: {
                activeResidents: components["schemas"]["MonitorFigureInput"];
                activeShare: components["schemas"]["MonitorFigureInput"];
                daysPerActive: components["schemas"]["MonitorFigureInput"];
            };
            usefulness: {
                mean: components["schemas"]["MonitorFigureInput"];
            };
            recommendation: {
                nps: components["schemas"]["MonitorFigureInput"];
                promoters: components["schemas"]["MonitorFigureInput"];
                detractors: components["schemas"]["MonitorFigureInput"];
            };
            participation: {
                participants: components["schemas"]["MonitorFigureInput"];
                shareOfActive: components["schemas"]["MonitorFigureInput"];
            };
            community: {
                mean: components["schemas"]["MonitorFigureInput"];
            };
            contribution: {
                volunteers: components["schemas"]["MonitorFigureInput"];
                hours: components["schemas"]["MonitorFigureInput"];
            };
            survey: {
                answers: number;
                sampleAnswers: number;
            };
        };
        MonitorSurveyState: {
            period: string;
            ask: boolean;
            answer: {
                usefulness: number | null;
                recommend: number | null;
                community: number | null;
                dismissed: boolean;
            } | null;
        };
        MonitorSurveyStateInput: {
            period: string;
            ask: boolean;
            answer: {
                usefulness: number | null;
                recommend: number | null;
                community: number | null;
                dismissed: boolean;
            } | null;
        };
        MyEvents: {
            registered: {
                id: string;
                /** @enum {string} */
                kind: "meeting" | "cleanup" | "hearing" | "excursion" | "workshop" | "online";
                title: string;
                /** Format: date-time */
                startsAt: string;
                /** Format: date-time */
                endsAt: string;
                districtId: string | null;
                address: string;
                lat: number | null;
                lon: number | null;
                online: boolean;
                /** @enum {string} */
                organisedBy: "department" | "group" | "resident";
                departmentId: string | null;
                group: components["schemas"]["EventGroup"] | null;
                /** @enum {string} */
                status: "published" | "cancelled";
                capacity: number | null;
                registeredCount: number;
                waitlistCount: number;
                freePlaces: number | null;
                minAge: number | null;
                registrationOpensAt: string | null;
                registrationClosesAt: string | null;
                registrationPaused: boolean;
                image: {
                    url: string;
                    thumbUrl: string;
                } | null;
                attendedCount: number;
                /** @enum {string} */
                myState: "registered" | "waitlisted" | "cancelled" | "attended";
                position: number | null;
            }[];
            organised: {
                id: string;
                /** @enum {string} */
                kind: "meeting" | "cleanup" | "hearing" | "excursion" | "workshop" | "online";
                title: string;
                /** Format: date-time */
                startsAt: string;
                /** Format: date-time */
                endsAt: string;
                districtId: string | null;
                address: string;
                lat: number | null;
                lon: number | null;
                online: boolean;
                /** @enum {string} */
                organisedBy: "department" | "group" | "resident";
                departmentId: string | null;
                group: components["schemas"]["EventGroup"] | null;
                /** @enum {string} */
                status: "published" | "cancelled";
                capacity: number | null;
                registeredCount: number;
                waitlistCount: number;
                freePlaces: number | null;
                minAge: number | null;
                registrationOpensAt: string | null;
                registrationClosesAt: string | null;
                registrationPaused: boolean;
                image: {
                    url: string;
                    thumbUrl: string;
                } | null;
                attendedCount: number;
                /** @enum {string} */
                moderation: "visible" | "held" | "hidden";
            }[];
        };
        MyEventsInput: {
            registered: {
                id: string;
                /** @enum {string} */
                kind: "meeting" | "cleanup" | "hearing" | "excursion" | "workshop" | "online";
                title: string;
                /** Format: date-time */
                startsAt: string;
                /** Format: date-time */
                endsAt: string;
                districtId: string | null;
                address: string;
                lat: number | null;
                lon: number | null;
                online: boolean;
                /** @enum {string} */
                organisedBy: "department" | "group" | "resident";
                departmentId: string | null;
                group: components["schemas"]["EventGroupInput"] | null;
                /** @enum {string} */
                status: "published" | "cancelled";
                capacity: number | null;
                registeredCount: number;
                waitlistCount: number;
                freePlaces: number | null;
                minAge: number | null;
                registrationOpensAt: string | null;
                registrationClosesAt: string | null;
                registrationPaused: boolean;
                image: {
                    url: string;
                    thumbUrl: string;
                } | null;
                attendedCount: number;
                /** @enum {string} */
                myState: "registered" | "waitlisted" | "cancelled" | "attended";
                position: number | null;
            }[];
            organised: {
                id: string;
                /** @enum {string} */
                kind: "meeting" | "cleanup" | "hearing" | "excursion" | "workshop" | "online";
                title: string;
                /** Format: date-time */
                startsAt: string;
                /** Format: date-time */
                endsAt: string;
                districtId: string | null;
                address: string;
                lat: number | null;
                lon: number | null;
                online: boolean;
                /** @enum {string} */
                organisedBy: "department" | "group" | "resident";
                departmentId: string | null;
                group: components["schemas"]["EventGroupInput"] | null;
                /** @enum {string} */
                status: "published" | "cancelled";
                capacity: number | null;
                registeredCount: number;
                waitlistCount: number;
                freePlaces: number | null;
                minAge: number | null;
                registrationOpensAt: string | null;
                registrationClosesAt: string | null;
                registrationPaused: boolean;
                image: {
                    url: string;
                    thumbUrl: string;
                } | null;
                attendedCount: number;
                /** @enum {string} */
                moderation: "visible" | "held" | "hidden";
            }[];
        };
        MyFollows: {
            items: {
                type: string;
                id: string;
                title: string;
                path: string;
                /** @enum {string} */
                origin: "manual" | "auto";
                createdAt: string;
            }[];
            total: number;
        };
        MyFollowsInput: {
            items: {
                type: string;
                id: string;
                title: string;
                path: string;
                /** @enum {string} */
                origin: "manual" | "auto";
                createdAt: string;
            }[];
            total: number;
        };
        MyLifeRoles: {
            roleIds: string[];
        };
        MyLifeRolesChoice: {
            roleIds: string[];
        };
        MyLifeRolesChoiceInput: {
            roleIds: string[];
        };
        MyLifeRolesInput: {
            roleIds: string[];
        };
        MyVerification: {
            /** Format: uuid */
            accountId: string;
            verified: boolean;
            method: ("sms" | "register" | "in_person" | "oidc") | null;
            districtId: string | null;
            ageBand: ("under-18" | "18-24" | "25-34" | "35-44" | "45-54" | "55-64" | "65+") | null;
            verifiedAt: string | null;
            revoked: {
                at: string;
                reason: string | null;
            } | null;
            methods: ("sms" | "register" | "in_person" | "oidc")[];
        };
        MyVerificationInput: {
            /** Format: uuid */
            accountId: string;
            verified: boolean;
            method: ("sms" | "register" | "in_person" | "oidc") | null;
            districtId: string | null;
            ageBand: ("under-18" | "18-24" | "25-34" | "35-44" | "45-54" | "55-64" | "65+") | null;
            verifiedAt: string | null;
            revoked: {
                at: string;
                reason: string | null;
            } | null;
            methods: ("sms" | "register" | "in_person" | "oidc")[];
        };
        MyVolunteerOrganisers: {
            groups: {
                id: string;
                name: string;
            }[];
        };
        MyVolunteerOrganisersInput: {
            groups: {
                id: string;
                name: string;
            }[];
        };
        MyVolunteering: {
            items: {
                projectId: string;
                projectTitle: string;
                shiftId: string;
                shiftTitle: string;
                /** Format: date-time */
                startsAt: string;
                /** Format: date-time */
                endsAt: string;
                /** @enum {string} */
                state: "registered" | "waitlisted" | "cancelled";
                minutesWorked: number | null;
                calledOff: ("shift" | "project") | null;
                cancelledAt: string | null;
                cancelReason: string | null;
            }[];
        };
        MyVolunteeringInput: {
            items: {
                projectId: string;
                projectTitle: string;
                shiftId: string;
                shiftTitle: string;
                /** Format: date-time */
                startsAt: string;
                /** Format: date-time */
                endsAt: string;
                /** @enum {string} */
                state: "registered" | "waitlisted" | "cancelled";
                minutesWorked: number | null;
                calledOff: ("shift" | "project") | null;
                cancelledAt: string | null;
                cancelReason: string | null;
            }[];
        };
        NearPlace: {
            /** Format: uuid */
            id: string;
            layerId: string;
            name: string;
            address: string | null;
            lat: number;
            lon: number;
            openingHours: string | null;
            phone: string | null;
            email: string | null;
            website: string | null;
            source: string;
            sourceUrl: string | null;
            licence: string;
            isSample: boolean;
            distanceMeters: number;
            walkingMinutes: number;
        };
        NearPlaceInput: {
            /** Format: uuid */
            id: string;
            layerId: string;
            name: string;
            address: string | null;
            lat: number;
            lon: number;
            openingHours: string | null;
            phone: string | null;
            email: string | null;
            website: string | null;
            source: string;
            sourceUrl: string | null;
            licence: string;
            isSample: boolean;
            distanceMeters: number;
            walkingMinutes: number;
        };
        NearPlaces: {
            radiusMeters: number;
            items: components["schemas"]["NearPlace"][];
        };
        NearPlacesInput: {
            radiusMeters: number;
            items: components["schemas"]["NearPlaceInput"][];
        };
        Notification: {
            /** Format: uuid */
            id: string;
            kind: string;
            entityType: string;
            entityId: string;
            text: string;
            path: string;
            createdAt: string;
            read: boolean;
        };
        NotificationInput: {
            /** Format: uuid */
            id: string;
            kind: string;
            entityType: string;
            entityId: string;
            text: string;
            path: string;
            createdAt: string;
            read: boolean;
        };
        NotificationList: {
            items: components["schemas"]["Notification"][];
            unread: number;
            nextBefore: string | null;
        };
        NotificationListInput: {
            items: components["schemas"]["NotificationInput"][];
            unread: number;
            nextBefore: string | null;
        };
        NotificationSettings: {
            /** @enum {string} */
            emailMode: "immediate" | "digest" | "off";
        };
        NotificationSettingsInput: {
            /** @enum {string} */
            emailMode: "immediate" | "digest" | "off";
        };
        OfferedVerificationMethods: {
            methods: ("sms" | "register" | "in_person" | "oidc")[];
            oidcName: string | null;
        };
        OfferedVerificationMethodsInput: {
            methods: ("sms" | "register" | "in_person" | "oidc")[];
            oidcName: string | null;
        };
        Open311ApiKey: {
            /** Format: uuid */
            id: string;
            name: string;
            prefix: string;
            createdAt: string;
            revokedAt: string | null;
            lastUsedAt: string | null;
        };
        Open311ApiKeyCreated: {
            apiKey: components["schemas"]["Open311ApiKey"];
            /** @description the key itself: shown this once, only its hash is stored */
            key: string;
        };
        Open311ApiKeyCreatedInput: {
            apiKey: components["schemas"]["Open311ApiKeyInput"];
            /** @description the key itself: shown this once, only its hash is stored */
            key: string;
        };
        Open311ApiKeyInput: {
            /** Format: uuid */
            id: string;
            name: string;
            prefix: string;
            createdAt: string;
            revokedAt: string | null;
            lastUsedAt: string | null;
        };
        Open311ApiKeyList: {
            items: components["schemas"]["Open311ApiKey"][];
        };
        Open311ApiKeyListInput: {
            items: components["schemas"]["Open311ApiKeyInput"][];
        };
        OpenDataCatalogue: {
            datasets: components["schemas"]["OpenDataset"][];
        };
        OpenDataCatalogueInput: {
            datasets: components["schemas"]["OpenDatasetInput"][];
        };
        OpenDataset: {
            id: string;
            title: string;
            description: string;
            /** @enum {string} */
            format: "CSV" | "JSON" | "GeoJSON" | "JSONL" | "PB";
            url: string;
            licence: {
                /** @enum {string} */
                id: "CC-BY-4.0" | "ODbL-1.0";
                name: string;
                url: string;
            };
            schema: {
                url: string | null;
                columns: string[] | null;
                text: string | null;
            };
            updatedAt: string | null;
        };
        OpenDatasetInput: {
            id: string;
            title: string;
            description: string;
            /** @enum {string} */
            format: "CSV" | "JSON" | "GeoJSON" | "JSONL" | "PB";
            url: string;
            licence: {
                /** @enum {string} */
                id: "CC-BY-4.0" | "ODbL-1.0";
                name: string;
                url: string;
            };
            schema: {
                url: string | null;
                columns: string[] | null;
                text: string | null;
            };
            updatedAt: string | null;
        };
        OpenNowItem: {
            /** @enum {string} */
            section: "open" | "mine" | "near";
            kind: string;
            id: string;
            title: string;
            path: string;
            districtIds: string[];
            endsAt: string | null;
            done: boolean | null;
            progress: {
                count: number;
                goal: number;
            } | null;
            status: string | null;
            statusText: string | null;
            overdue: boolean;
            number: number | null;
            address: string | null;
            thumbUrl: string | null;
            changedAt: string | null;
        };
        OpenNowItemInput: {
            /** @enum {string} */
            section: "open" | "mine" | "near";
            kind: string;
            id: string;
            title: string;
            path: string;
            districtIds: string[];
            endsAt: string | null;
            done: boolean | null;
            progress: {
                count: number;
                goal: number;
            } | null;
            status: string | null;
            statusText: string | null;
            overdue: boolean;
            number: number | null;
            address: string | null;
            thumbUrl: string | null;
            changedAt: string | null;
        };
        OutboxMail: {
            /** Format: uuid */
            id: string;
            kind: string;
            to: string;
            subject: string;
            text: string;
            createdAt: string;
            sentAt: string | null;
            attempts: number;
            lastError: string | null;
            deliveredAs: string | null;
        };
        OutboxMailInput: {
            /** Format: uuid */
            id: string;
            kind: string;
            to: string;
            subject: string;
            text: string;
            createdAt: string;
            sentAt: string | null;
            attempts: number;
            lastError: string | null;
            deliveredAs: string | null;
        };
        OutboxPage: {
            items: components["schemas"]["OutboxMail"][];
            /** @enum {string} */
            mode: "smtp" | "files";
        };
        OutboxPageInput: {
            items: components["schemas"]["OutboxMailInput"][];
            /** @enum {string} */
            mode: "smtp" | "files";
        };
        PersonBlock: {
            blocked: boolean;
            blockedUntil: string | null;
            blockReason: string | null;
            /** Format: uuid */
            id: string;
            displayName: string;
        };
        PersonBlockInput: {
            blocked: boolean;
            blockedUntil: string | null;
            blockReason: string | null;
            /** Format: uuid */
            id: string;
            displayName: string;
        };
        PersonCode: {
            code: string;
        };
        PersonCodeInput: {
            code: string;
        };
        PlaceImportResult: {
            layerId: string;
            dryRun: boolean;
            imported: boolean;
            read: number;
            added: number;
            updated: number;
            removed: number;
            problems: {
                at: number | null;
                /** @enum {string} */
                code: "not_json" | "not_feature_collection" | "no_places" | "not_a_feature" | "geometry_unsupported" | "bad_coordinates" | "outside_city" | "name_missing" | "too_long" | "id_missing" | "duplicate_id" | "bad_link" | "csv_syntax" | "csv_header" | "csv_columns";
                message: string;
            }[];
        };
        PlaceImportResultInput: {
            layerId: string;
            dryRun: boolean;
            imported: boolean;
            read: number;
            added: number;
            updated: number;
            removed: number;
            problems: {
                at: number | null;
                /** @enum {string} */
                code: "not_json" | "not_feature_collection" | "no_places" | "not_a_feature" | "geometry_unsupported" | "bad_coordinates" | "outside_city" | "name_missing" | "too_long" | "id_missing" | "duplicate_id" | "bad_link" | "csv_syntax" | "csv_header" | "csv_columns";
                message: string;
            }[];
        };
        PlaceLayer: {
            id: string;
            nameRu: string;
            nameEn: string;
            places: number;
            isSample: boolean;
            sources: string[];
        };
        PlaceLayerInput: {
            id: string;
            nameRu: string;
            nameEn: string;
            places: number;
            isSample: boolean;
            sources: string[];
        };
        PlaceLayers: {
            items: components["schemas"]["PlaceLayer"][];
        };
        PlaceLayersInput: {
            items: components["schemas"]["PlaceLayerInput"][];
        };
        PointsAdjustment: {
            /** Format: uuid */
            userId: string;
            delta: number;
            reason: string;
        };
        PointsAdjustmentInput: {
            /** Format: uuid */
            userId: string;
            delta: number;
            reason: string;
        };
        PointsAdminRedemptions: {
            items: components["schemas"]["PointsRedemptionOfPerson"][];
            total: number;
        };
        PointsAdminRedemptionsInput: {
            items: components["schemas"]["PointsRedemptionOfPersonInput"][];
            total: number;
        };
        PointsAdminReward: {
            /** Format: uuid */
            id: string;
            title: string;
            description: string;
            imageFileId: string | null;
            imageUrl: string | null;
            /** @enum {string} */
            kind: "item" | "donation";
            targetType: string | null;
            targetId: string | null;
            cost: number;
            stock: number;
            validUntil: string | null;
            active: boolean;
            target: {
                title: string;
                path: string;
                visible: boolean;
            } | null;
        };
        PointsAdminRewardInput: {
            /** Format: uuid */
            id: string;
            title: string;
            description: string;
            imageFileId: string | null;
            imageUrl: string | null;
            /** @enum {string} */
            kind: "item" | "donation";
            targetType: string | null;
            targetId: string | null;
            cost: number;
            stock: number;
            validUntil: string | null;
            active: boolean;
            target: {
                title: string;
                path: string;
                visible: boolean;
            } | null;
        };
        PointsAdminRewards: {
            items: components["schemas"]["PointsAdminReward"][];
        };
        PointsAdminRewardsInput: {
            items: components["schemas"]["PointsAdminRewardInput"][];
        };
        PointsBalance: {
            /** Format: uuid */
            userId: string;
            displayName: string;
            balance: number;
            earned: number;
        };
        PointsBalanceInput: {
            /** Format: uuid */
            userId: string;
            displayName: string;
            balance: number;
            earned: number;
        };
        PointsLedgerEntry: {
            id: number;
            delta: number;
            action: string;
            sourceType: string;
            sourceId: string;
            note: string | null;
            createdAt: string;
        };
        PointsLedgerEntryInput: {
            id: number;
            delta: number;
            action: string;
            sourceType: string;
            sourceId: string;
            note: string | null;
            createdAt: string;
        };
        PointsLevel: {
            threshold: number;
            nameRu: string;
            nameEn: string;
        };
        PointsLevelInput: {
            threshold: number;
            nameRu: string;
            nameEn: string;
        };
        PointsLevels: {
            items: components["schemas"]["PointsLevel"][];
        };
        PointsLevelsChange: {
            items: {
                threshold: number;
                nameRu: string;
                nameEn: string;
            }[];
        };
        PointsLevelsChangeInput: {
            items: {
                threshold: number;
                nameRu: string;
                nameEn: string;
            }[];
        };
        PointsLevelsInput: {
            items: components["schemas"]["PointsLevelInput"][];
        };
        PointsMine: {
            balance: number;
            earned: number;
            level: components["schemas"]["PointsLevel"] | null;
            next: {
                threshold: number;
                nameRu: string;
                nameEn: string;
                missing: number;
            } | null;
            badges: {
                month: string;
                /** @enum {string} */
                kind: "active_month" | "all_rounder";
                count: number;
            }[];
            history: {
                items: components["schemas"]["PointsLedgerEntry"][];
                total: number;
                offset: number;
                limit: number;
            };
        };
        PointsMineInput: {
            balance: number;
            earned: number;
            level: components["schemas"]["PointsLevelInput"] | null;
            next: {
                threshold: number;
                nameRu: string;
                nameEn: string;
                missing: number;
            } | null;
            badges: {
                month: string;
                /** @enum {string} */
                kind: "active_month" | "all_rounder";
                count: number;
            }[];
            history: {
                items: components["schemas"]["PointsLedgerEntryInput"][];
                total: number;
                offset: number;
                limit: number;
            };
        };
        PointsRedemption: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            rewardId: string;
            rewardTitle: string;
            points: number;
            code: string;
            /** Format: uuid */
            requestId: string;
            createdAt: string;
        };
        PointsRedemptionInput: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            rewardId: string;
            rewardTitle: string;
            points: number;
            code: string;
            /** Format: uuid */
            requestId: string;
            createdAt: string;
        };
        PointsRedemptionOfPerson: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            rewardId: string;
            rewardTitle: string;
            points: number;
            code: string;
            /** Format: uuid */
            requestId: string;
            createdAt: string;
            /** Format: uuid */
            userId: string;
            displayName: string;
        };
        PointsRedemptionOfPersonInput: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            rewardId: string;
            rewardTitle: string;
            points: number;
            code: string;
            /** Format: uuid */
            requestId: string;
            createdAt: string;
            /** Format: uuid */
            userId: string;
            displayName: string;
        };
        PointsRedemptions: {
            items: components["schemas"]["PointsRedemption"][];
        };
        PointsRedemptionsInput: {
            items: components["schemas"]["PointsRedemptionInput"][];
        };
        PointsReward: {
            /** Format: uuid */
            id: string;
            title: string;
            description: string;
            imageFileId: string | null;
            imageUrl: string | null;
            /** @enum {string} */
            kind: "item" | "donation";
            targetType: string | null;
            targetId: string | null;
            cost: number;
            stock: number;
            validUntil: string | null;
            active: boolean;
        };
        PointsRewardChange: {
            title?: string;
            description?: string;
            imageFileId?: string | null;
            cost?: number;
            stock?: number;
            validUntil?: string | null;
            active?: boolean;
        };
        PointsRewardChangeInput: {
            title?: string;
            description?: string;
            imageFileId?: string | null;
            cost?: number;
            stock?: number;
            validUntil?: string | null;
            active?: boolean;
        };
        PointsRewardDraft: {
            /**
             * @default item
             * @enum {string}
             */
            kind: "item" | "donation";
            /** @default null */
            targetType: string | null;
            /** @default null */
            targetId: string | null;
            title: string;
            /** @default  */
            description: string;
            /** @default null */
            imageFileId: string | null;
            cost: number;
            stock: number;
            /** @default null */
            validUntil: string | null;
            /** @default true */
            active: boolean;
        };
        PointsRewardDraftInput: {
            /**
             * @default item
             * @enum {string}
             */
            kind?: "item" | "donation";
            /** @default null */
            targetType?: string | null;
            /** @default null */
            targetId?: string | null;
            title: string;
            /** @default  */
            description?: string;
            /** @default null */
            imageFileId?: string | null;
            cost: number;
            stock: number;
            /** @default null */
            validUntil?: string | null;
            /** @default true */
            active?: boolean;
        };
        PointsRewardInput: {
            /** Format: uuid */
            id: string;
            title: string;
            description: string;
            imageFileId: string | null;
            imageUrl: string | null;
            /** @enum {string} */
            kind: "item" | "donation";
            targetType: string | null;
            targetId: string | null;
            cost: number;
            stock: number;
            validUntil: string | null;
            active: boolean;
        };
        PointsRewards: {
            items: components["schemas"]["PointsReward"][];
        };
        PointsRewardsInput: {
            items: components["schemas"]["PointsRewardInput"][];
        };
        PointsRule: {
            /** @enum {string} */
            action: "report.filed" | "proposal.submitted" | "discussion.started" | "comment.posted" | "ballot.cast" | "poll.responded" | "idea.rated" | "volunteer.hours" | "event.attended";
            points: number;
            defaultPoints: number;
            available: boolean;
        };
        PointsRuleInput: {
            /** @enum {string} */
            action: "report.filed" | "proposal.submitted" | "discussion.started" | "comment.posted" | "ballot.cast" | "poll.responded" | "idea.rated" | "volunteer.hours" | "event.attended";
            points: number;
            defaultPoints: number;
            available: boolean;
        };
        PointsRules: {
            items: components["schemas"]["PointsRule"][];
        };
        PointsRulesInput: {
            items: components["schemas"]["PointsRuleInput"][];
        };
        PollAnonymisedResponse: {
            receiptHash: string;
            districtId: string | null;
            ageBand: string | null;
            answers: {
                questionId: string;
                optionId: string | null;
                value: number | null;
            }[];
        };
        PollAnonymisedResponseInput: {
            receiptHash: string;
            districtId: string | null;
            ageBand: string | null;
            answers: {
                questionId: string;
                optionId: string | null;
                value: number | null;
            }[];
        };
        PollAnswers: {
            answers: {
                /** Format: uuid */
                questionId: string;
                optionIds?: string[];
                value?: number;
                ranking?: string[];
                text?: string;
            }[];
        };
        PollAnswersInput: {
            answers: {
                /** Format: uuid */
                questionId: string;
                optionIds?: string[];
                value?: number;
                ranking?: string[];
                text?: string;
            }[];
        };
        PollChanged: {
            /** @constant */
            ok: true;
        };
        PollChangedInput: {
            /** @constant */
            ok: true;
        };
        PollCreated: {
            /** Format: uuid */
            id: string;
        };
        PollCreatedInput: {
            /** Format: uuid */
            id: string;
        };
        PollDecisionRule: {
            /** Format: uuid */
            questionId: string;
            /** Format: uuid */
            optionId: string;
            minTurnoutCount: number | null;
            minTurnoutPermille: number | null;
            numerator: number;
            denominator: number;
            strict: boolean;
            required: string;
        };
        PollDecisionRuleInput: {
            /** Format: uuid */
            questionId: string;
            /** Format: uuid */
            optionId: string;
            minTurnoutCount: number | null;
            minTurnoutPermille: number | null;
            numerator: number;
            denominator: number;
            strict: boolean;
            required: string;
        };
        PollDraft: {
            title: string;
            /** @default  */
            description: string;
            /** @default null */
            imageFileId: string | null;
            /** @default [] */
            districtIds: string[];
            /** @default [] */
            ageBands: ("under-18" | "18-24" | "25-34" | "35-44" | "45-54" | "55-64" | "65+")[];
            /** @default false */
            verifiedOnly: boolean;
            /** @default false */
            binding: boolean;
            /**
             * @default after_close
             * @enum {string}
             */
            resultsVisibility: "live" | "after_close";
            opensAt: unknown;
            closesAt: unknown;
            questions: {
                /** @enum {string} */
                kind: "single" | "multiple" | "rating" | "ranking" | "text";
                text: string;
                /** @default  */
                description: string;
                /** @default true */
                required: boolean;
                /** @default null */
                minChoices: number | null;
                /** @default null */
                maxChoices: number | null;
                /** @default null */
                scale: (5 | 10) | null;
                /** @default null */
                lat: number | null;
                /** @default null */
                lon: number | null;
                /** @default null */
                imageFileId: string | null;
                /** @default [] */
                options: string[];
            }[];
            /** @default null */
            decision: {
                questionIndex: number;
                optionIndex: number;
                /** @default null */
                minTurnoutCount: number | null;
                /** @default null */
                minTurnoutPermille: number | null;
                numerator: number;
                denominator: number;
                /** @default true */
                strict: boolean;
            } | null;
            /** @default null */
            departmentId: string | null;
            /** @default null */
            dueOn: string | null;
            /** @default null */
            priorityCount: number | null;
        };
        PollDraftInput: {
            title: string;
            /** @default  */
            description?: string;
            /** @default null */
            imageFileId?: string | null;
            /** @default [] */
            districtIds?: string[];
            /** @default [] */
            ageBands?: ("under-18" | "18-24" | "25-34" | "35-44" | "45-54" | "55-64" | "65+")[];
            /** @default false */
            verifiedOnly?: boolean;
            /** @default false */
            binding?: boolean;
            /**
             * @default after_close
             * @enum {string}
             */
            resultsVisibility?: "live" | "after_close";
            /** Format: date-time */
            opensAt: string;
            /** Format: date-time */
            closesAt: string;
            questions: {
                /** @enum {string} */
                kind: "single" | "multiple" | "rating" | "ranking" | "text";
                text: string;
                /** @default  */
                description?: string;
                /** @default true */
                required?: boolean;
                /** @default null */
                minChoices?: number | null;
                /** @default null */
                maxChoices?: number | null;
                /** @default null */
                scale?: (5 | 10) | null;
                /** @default null */
                lat?: number | null;
                /** @default null */
                lon?: number | null;
                /** @default null */
                imageFileId?: string | null;
                /** @default [] */
                options?: string[];
            }[];
            /** @default null */
            decision?: {
                questionIndex: number;
                optionIndex: number;
                /** @default null */
                minTurnoutCount?: number | null;
                /** @default null */
                minTurnoutPermille?: number | null;
                numerator: number;
                denominator: number;
                /** @default true */
                strict?: boolean;
            } | null;
            /** @default null */
            departmentId?: string | null;
            /** @default null */
            dueOn?: string | null;
            /** @default null */
            priorityCount?: number | null;
        };
        PollEligibility: {
            eligible: boolean;
            reason: string | null;
            message: string | null;
        };
        PollEligibilityInput: {
            eligible: boolean;
            reason: string | null;
            message: string | null;
        };
        PollList: {
            polls: components["schemas"]["PollSummary"][];
        };
        PollListInput: {
            polls: components["schemas"]["PollSummaryInput"][];
        };
        PollOption: {
            /** Format: uuid */
            id: string;
            text: string;
        };
        PollOptionInput: {
            /** Format: uuid */
            id: string;
            text: string;
        };
        PollPrioritiesDraft: {
            districtId: string;
            title: string;
            question: string;
            directions: string[];
            opensAt: unknown;
            closesAt: unknown;
            /** @default false */
            verifiedOnly: boolean;
            /** @default null */
            departmentId: string | null;
            /** @default null */
            dueOn: string | null;
            /** @default null */
            priorityCount: number | null;
        };
        PollPrioritiesDraftInput: {
            districtId: string;
            title: string;
            question: string;
            directions: string[];
            /** Format: date-time */
            opensAt: string;
            /** Format: date-time */
            closesAt: string;
            /** @default false */
            verifiedOnly?: boolean;
            /** @default null */
            departmentId?: string | null;
            /** @default null */
            dueOn?: string | null;
            /** @default null */
            priorityCount?: number | null;
        };
        PollQuestion: {
            /** Format: uuid */
            id: string;
            position: number;
            /** @enum {string} */
            kind: "single" | "multiple" | "rating" | "ranking" | "text";
            text: string;
            description: string;
            required: boolean;
            minChoices: number | null;
            maxChoices: number | null;
            scale: number | null;
            lat: number | null;
            lon: number | null;
            imageFileId: string | null;
            imageUrl: string | null;
            options: components["schemas"]["PollOption"][];
        };
        PollQuestionInput: {
            /** Format: uuid */
            id: string;
            position: number;
            /** @enum {string} */
            kind: "single" | "multiple" | "rating" | "ranking" | "text";
            text: string;
            description: string;
            required: boolean;
            minChoices: number | null;
            maxChoices: number | null;
            scale: number | null;
            lat: number | null;
            lon: number | null;
            imageFileId: string | null;
            imageUrl: string | null;
            options: components["schemas"]["PollOptionInput"][];
        };
        PollReceiptLookup: {
            poll: components["schemas"]["PollSummary"];
            response: components["schemas"]["PollAnonymisedResponse"];
            questions: components["schemas"]["PollQuestion"][];
        };
        PollReceiptLookupInput: {
            poll: components["schemas"]["PollSummaryInput"];
            response: components["schemas"]["PollAnonymisedResponseInput"];
            questions: components["schemas"]["PollQuestionInput"][];
        };
        PollResponseReceipt: {
            receipt: string;
        };
        PollResponseReceiptInput: {
            receipt: string;
        };
        PollResults: {
            computedAt: string;
            responses: number;
            eligible: number | null;
            turnoutPermille: number | null;
            districts: {
                districtId: string | null;
                responses: components["schemas"]["PublicCount"];
            }[];
            ageBands: {
                ageBand: string | null;
                responses: components["schemas"]["PublicCount"];
            }[];
            questions: {
                questionId: string;
                /** @enum {string} */
                kind: "single" | "multiple" | "rating" | "ranking" | "text";
                answered: number;
                options: {
                    optionId: string;
                    count: number;
                    borda?: number;
                    firstPlaces?: number;
                }[];
                distribution?: number[];
                mean?: {
                    fraction: string;
                    decimal: string;
                } | null;
            }[];
            decision: {
                passed: boolean;
                reason: string;
                responses: number;
                eligible: number | null;
                inFavour: number;
                answered: number;
                inFavourPercent: string;
                required: string;
                minTurnoutCount: number | null;
                minTurnoutPermille: number | null;
                sentence: string;
            } | null;
        };
        PollResultsInput: {
            computedAt: string;
            responses: number;
            eligible: number | null;
            turnoutPermille: number | null;
            districts: {
                districtId: string | null;
                responses: components["schemas"]["PublicCountInput"];
            }[];
            ageBands: {
                ageBand: string | null;
                responses: components["schemas"]["PublicCountInput"];
            }[];
            questions: {
                questionId: string;
                /** @enum {string} */
                kind: "single" | "multiple" | "rating" | "ranking" | "text";
                answered: number;
                options: {
                    optionId: string;
                    count: number;
                    borda?: number;
                    firstPlaces?: number;
                }[];
                distribution?: number[];
                mean?: {
                    fraction: string;
                    decimal: string;
                } | null;
            }[];
            decision: {
                passed: boolean;
                reason: string;
                responses: number;
                eligible: number | null;
                inFavour: number;
                answered: number;
                inFavourPercent: string;
                required: string;
                minTurnoutCount: number | null;
                minTurnoutPermille: number | null;
                sentence: string;
            } | null;
        };
        PollResultsView: {
            poll: components["schemas"]["PollWithQuestions"];
            final: boolean;
            results: components["schemas"]["PollResults"];
        };
        PollResultsViewInput: {
            poll: components["schemas"]["PollWithQuestionsInput"];
            final: boolean;
            results: components["schemas"]["PollResultsInput"];
        };
        PollSummary: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "poll" | "priorities";
            title: string;
            description: string;
            districtIds: string[];
            ageBands: string[];
            verifiedOnly: boolean;
            binding: boolean;
            /** @enum {string} */
            resultsVisibility: "live" | "after_close";
            opensAt: string;
            closesAt: string;
            publishedAt: string | null;
            closedAt: string | null;
            /** @enum {string} */
            state: "draft" | "upcoming" | "open" | "closing" | "closed";
            responses?: number;
        };
        PollSummaryInput: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "poll" | "priorities";
            title: string;
            description: string;
            districtIds: string[];
            ageBands: string[];
            verifiedOnly: boolean;
            binding: boolean;
            /** @enum {string} */
            resultsVisibility: "live" | "after_close";
            opensAt: string;
            closesAt: string;
            publishedAt: string | null;
            closedAt: string | null;
            /** @enum {string} */
            state: "draft" | "upcoming" | "open" | "closing" | "closed";
            responses?: number;
        };
        PollView: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "poll" | "priorities";
            title: string;
            description: string;
            districtIds: string[];
            ageBands: string[];
            verifiedOnly: boolean;
            binding: boolean;
            /** @enum {string} */
            resultsVisibility: "live" | "after_close";
            opensAt: string;
            closesAt: string;
            publishedAt: string | null;
            closedAt: string | null;
            /** @enum {string} */
            state: "draft" | "upcoming" | "open" | "closing" | "closed";
            responses?: number;
            imageFileId: string | null;
            imageUrl: string | null;
            questions: components["schemas"]["PollQuestion"][];
            rule: components["schemas"]["PollDecisionRule"] | null;
            departmentId: string | null;
            dueOn: string | null;
            priorityCount: number | null;
            passed: boolean | null;
            eligibility: components["schemas"]["PollEligibility"];
        };
        PollViewInput: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "poll" | "priorities";
            title: string;
            description: string;
            districtIds: string[];
            ageBands: string[];
            verifiedOnly: boolean;
            binding: boolean;
            /** @enum {string} */
            resultsVisibility: "live" | "after_close";
            opensAt: string;
            closesAt: string;
            publishedAt: string | null;
            closedAt: string | null;
            /** @enum {string} */
            state: "draft" | "upcoming" | "open" | "closing" | "closed";
            responses?: number;
            imageFileId: string | null;
            imageUrl: string | null;
            questions: components["schemas"]["PollQuestionInput"][];
            rule: components["schemas"]["PollDecisionRuleInput"] | null;
            departmentId: string | null;
            dueOn: string | null;
            priorityCount: number | null;
            passed: boolean | null;
            eligibility: components["schemas"]["PollEligibilityInput"];
        };
        PollWithQuestions: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "poll" | "priorities";
            title: string;
            description: string;
            districtIds: string[];
            ageBands: string[];
            verifiedOnly: boolean;
            binding: boolean;
            /** @enum {string} */
            resultsVisibility: "live" | "after_close";
            opensAt: string;
            closesAt: string;
            publishedAt: string | null;
            closedAt: string | null;
            /** @enum {string} */
            state: "draft" | "upcoming" | "open" | "closing" | "closed";
            responses?: number;
            imageFileId: string | null;
            imageUrl: string | null;
            questions: components["schemas"]["PollQuestion"][];
            rule: components["schemas"]["PollDecisionRule"] | null;
            departmentId: string | null;
            dueOn: string | null;
            priorityCount: number | null;
            passed: boolean | null;
        };
        PollWithQuestionsInput: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "poll" | "priorities";
            title: string;
            description: string;
            districtIds: string[];
            ageBands: string[];
            verifiedOnly: boolean;
            binding: boolean;
            /** @enum {string} */
            resultsVisibility: "live" | "after_close";
            opensAt: string;
            closesAt: string;
            publishedAt: string | null;
            closedAt: string | null;
            /** @enum {string} */
            state: "draft" | "upcoming" | "open" | "closing" | "closed";
            responses?: number;
            imageFileId: string | null;
            imageUrl: string | null;
            questions: components["schemas"]["PollQuestionInput"][];
            rule: components["schemas"]["PollDecisionRuleInput"] | null;
            departmentId: string | null;
            dueOn: string | null;
            priorityCount: number | null;
            passed: boolean | null;
        };
        PublicCount: number | "< 10";
        PublicCountInput: number | "< 10";
        PublicProfile: {
            /** Format: uuid */
            id: string;
            displayName: string;
            districtId: string | null;
            /** Format: date-time */
            joinedAt: string;
            roles: {
                /** @enum {string} */
                role: "official" | "moderator" | "expert" | "verifier" | "administrator";
                /** @enum {string} */
                scopeType: "city" | "department" | "district";
                scopeId: string | null;
                scopeNameRu: string | null;
                scopeNameEn: string | null;
            }[];
            authored: {
                type: string;
                items: {
                    type: string;
                    id: string;
                    title: string;
                    excerpt: string;
                    path: string;
                    /** Format: date-time */
                    createdAt: string;
                }[];
            }[];
        };
        PublicProfileInput: {
            /** Format: uuid */
            id: string;
            displayName: string;
            districtId: string | null;
            /** Format: date-time */
            joinedAt: string;
            roles: {
                /** @enum {string} */
                role: "official" | "moderator" | "expert" | "verifier" | "administrator";
                /** @enum {string} */
                scopeType: "city" | "department" | "district";
                scopeId: string | null;
                scopeNameRu: string | null;
                scopeNameEn: string | null;
            }[];
            authored: {
                type: string;
                items: {
                    type: string;
                    id: string;
                    title: string;
                    excerpt: string;
                    path: string;
                    /** Format: date-time */
                    createdAt: string;
                }[];
            }[];
        };
        PublicReportList: {
            items: components["schemas"]["PublicReportSummary"][];
            nextCursor: string | null;
        };
        PublicReportListInput: {
            items: components["schemas"]["PublicReportSummaryInput"][];
            nextCursor: string | null;
        };
        PublicReportSummary: {
            number: number;
            /** @enum {string} */
            status: "moderation" | "rejected" | "sent" | "in_progress" | "answer_moderation" | "answered" | "reopened" | "closed" | "duplicate" | "not_competent";
            reasonId: number;
            reasonNameRu: string;
            reasonNameEn: string | null;
            categoryId: number;
            categoryNameRu: string;
            categoryNameEn: string | null;
            objectNameRu: string;
            objectNameEn: string | null;
            districtId: string | null;
            departmentId: string | null;
            departmentNameRu: string | null;
            departmentNameEn: string | null;
            lat: number;
            lon: number;
            address: string | null;
            excerpt: string;
            createdAt: string;
            resolutionDueAt: string | null;
            overdue: boolean;
            supportCount: number;
            thumbUrl: string | null;
        };
        PublicReportSummaryInput: {
            number: number;
            /** @enum {string} */
            status: "moderation" | "rejected" | "sent" | "in_progress" | "answer_moderation" | "answered" | "reopened" | "closed" | "duplicate" | "not_competent";
            reasonId: number;
            reasonNameRu: string;
            reasonNameEn: string | null;
            categoryId: number;
            categoryNameRu: string;
            categoryNameEn: string | null;
            objectNameRu: string;
            objectNameEn: string | null;
            districtId: string | null;
            departmentId: string | null;
            departmentNameRu: string | null;
            departmentNameEn: string | null;
            lat: number;
            lon: number;
            address: string | null;
            excerpt: string;
            createdAt: string;
            resolutionDueAt: string | null;
            overdue: boolean;
            supportCount: number;
            thumbUrl: string | null;
        };
        RegisterImportSummary: {
            lines: number;
            imported: number;
            problems: {
                line: number;
                message: string;
            }[];
            entries: number;
        };
        RegisterImportSummaryInput: {
            lines: number;
            imported: number;
            problems: {
                line: number;
                message: string;
            }[];
            entries: number;
        };
        RejectionReason: {
            id: number;
            textRu: string;
            textEn: string;
            position: number;
            active: boolean;
        };
        RejectionReasonInput: {
            id: number;
            textRu: string;
            textEn: string;
            position: number;
            active: boolean;
        };
        RejectionReasonList: {
            items: components["schemas"]["RejectionReason"][];
        };
        RejectionReasonListInput: {
            items: components["schemas"]["RejectionReasonInput"][];
        };
        RenamedDistrict: {
            id: string;
            nameRu: string;
            nameEn: string;
            areaKm2: number;
        };
        RenamedDistrictInput: {
            id: string;
            nameRu: string;
            nameEn: string;
            areaKm2: number;
        };
        ReportAssignment: {
            numbers: number[];
        };
        ReportAssignmentInput: {
            numbers: number[];
        };
        ReportCard: {
            number: number;
            /** @enum {string} */
            status: "moderation" | "rejected" | "sent" | "in_progress" | "answer_moderation" | "answered" | "reopened" | "closed" | "duplicate" | "not_competent";
            statusText: string;
            /** @enum {string} */
            source: "web" | "open311";
            reporter: string;
            reason: components["schemas"]["ReportClassifierRef"];
            category: components["schemas"]["ReportClassifierRef"];
            object: components["schemas"]["ReportClassifierRef"];
            district: {
                id: string;
                nameRu: string;
                nameEn: string;
            } | null;
            department: components["schemas"]["ReportDepartment"] | null;
            lat: number;
            lon: number;
            address: string | null;
            description: string;
            extra: {
                [key: string]: string;
            };
            mediaUrl: string | null;
            photos: components["schemas"]["ReportPhoto"][];
            answer: {
                text: string;
                answeredAt: string | null;
                publishedAt: string | null;
                photos: components["schemas"]["ReportPhoto"][];
                dueOn: string | null;
            } | null;
            rejection: {
                reason: string;
                note: string | null;
            } | null;
            duplicateOf: number | null;
            dueAt: string | null;
            resolutionDueAt: string | null;
            overdue: boolean;
            overdueAt: string | null;
            closedAt: string | null;
            closedHow: string | null;
            reopenCount: number;
            supportCount: number;
            supported: boolean;
            canSupport: boolean;
            mine: boolean;
            actions: string[];
            canConfirm: boolean;
            canDispute: boolean;
            assigneeId: string | null;
            /** @enum {string} */
            moderation: "visible" | "held" | "hidden";
            history: components["schemas"]["ReportHistoryItem"][];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            statusChangedAt: string;
        };
        ReportCardInput: {
            number: number;
            /** @enum {string} */
            status: "moderation" | "rejected" | "sent" | "in_progress" | "answer_moderation" | "answered" | "reopened" | "closed" | "duplicate" | "not_competent";
            statusText: string;
            /** @enum {string} */
            source: "web" | "open311";
            reporter: string;
            reason: components["schemas"]["ReportClassifierRefInput"];
            category: components["schemas"]["ReportClassifierRefInput"];
            object: components["schemas"]["ReportClassifierRefInput"];
            district: {
                id: string;
                nameRu: string;
                nameEn: string;
            } | null;
            department: components["schemas"]["ReportDepartmentInput"] | null;
            lat: number;
            lon: number;
            address: string | null;
            description: string;
            extra: {
                [key: string]: string;
            };
            mediaUrl: string | null;
            photos: components["schemas"]["ReportPhotoInput"][];
            answer: {
                text: string;
                answeredAt: string | null;
                publishedAt: string | null;
                photos: components["schemas"]["ReportPhotoInput"][];
                dueOn: string | null;
            } | null;
            rejection: {
                reason: string;
                note: string | null;
            } | null;
            duplicateOf: number | null;
            dueAt: string | null;
            resolutionDueAt: string | null;
            overdue: boolean;
            overdueAt: string | null;
            closedAt: string | null;
            closedHow: string | null;
            reopenCount: number;
            supportCount: number;
            supported: boolean;
            canSupport: boolean;
            mine: boolean;
            actions: string[];
            canConfirm: boolean;
            canDispute: boolean;
            assigneeId: string | null;
            /** @enum {string} */
            moderation: "visible" | "held" | "hidden";
            history: components["schemas"]["ReportHistoryItemInput"][];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            statusChangedAt: string;
        };
        ReportClassifierRef: {
            id: number;
            nameRu: string;
            nameEn: string | null;
        };
        ReportClassifierRefInput: {
            id: number;
            nameRu: string;
            nameEn: string | null;
        };
        ReportDepartment: {
            id: string;
            nameRu: string;
            nameEn: string;
            phone: string | null;
            email: string | null;
            address: string | null;
            website: string | null;
        };
        ReportDepartmentInput: {
            id: string;
            nameRu: string;
            nameEn: string;
            phone: string | null;
            email: string | null;
            address: string | null;
            website: string | null;
        };
        ReportFiling: {
            reasonId: number;
            lat: number;
            lon: number;
            address?: string;
            description: string;
            extra?: {
                [key: string]: string;
            };
            photoIds?: string[];
        };
        ReportFilingInput: {
            reasonId: number;
            lat: number;
            lon: number;
            address?: string;
            description: string;
            extra?: {
                [key: string]: string;
            };
            photoIds?: string[];
        };
        ReportHistoryItem: {
            /** Format: date-time */
            at: string;
            action: string;
            actorRole: string;
            fromStatus: ("moderation" | "rejected" | "sent" | "in_progress" | "answer_moderation" | "answered" | "reopened" | "closed" | "duplicate" | "not_competent") | null;
            toStatus: ("moderation" | "rejected" | "sent" | "in_progress" | "answer_moderation" | "answered" | "reopened" | "closed" | "duplicate" | "not_competent") | null;
            department: {
                id: string;
                nameRu: string;
                nameEn: string;
            } | null;
            note: string | null;
            photos: components["schemas"]["ReportPhoto"][];
            data: {
                [key: string]: unknown;
            };
        };
        ReportHistoryItemInput: {
            /** Format: date-time */
            at: string;
            action: string;
            actorRole: string;
            fromStatus: ("moderation" | "rejected" | "sent" | "in_progress" | "answer_moderation" | "answered" | "reopened" | "closed" | "duplicate" | "not_competent") | null;
            toStatus: ("moderation" | "rejected" | "sent" | "in_progress" | "answer_moderation" | "answered" | "reopened" | "closed" | "duplicate" | "not_competent") | null;
            department: {
                id: string;
                nameRu: string;
                nameEn: string;
            } | null;
            note: string | null;
            photos: components["schemas"]["ReportPhotoInput"][];
            data: {
                [key: string]: unknown;
            };
        };
        ReportInbox: {
            items: components["schemas"]["ReportSummary"][];
            nextCursor?: string | null;
            total?: number;
            departmentId: string;
        };
        ReportInboxInput: {
            items: components["schemas"]["ReportSummaryInput"][];
            nextCursor?: string | null;
            total?: number;
            departmentId: string;
        };
        ReportList: {
            items: components["schemas"]["ReportSummary"][];
            nextCursor?: string | null;
            total?: number;
        };
        ReportListInput: {
            items: components["schemas"]["ReportSummaryInput"][];
            nextCursor?: string | null;
            total?: number;
        };
        ReportMap: {
            clusters: components["schemas"]["ReportMapCluster"][];
            points: components["schemas"]["ReportMapPoint"][];
            truncated: boolean;
        };
        ReportMapCluster: {
            lat: number;
            lon: number;
            count: number;
        };
        ReportMapClusterInput: {
            lat: number;
            lon: number;
            count: number;
        };
        ReportMapInput: {
            clusters: components["schemas"]["ReportMapClusterInput"][];
            points: components["schemas"]["ReportMapPointInput"][];
            truncated: boolean;
        };
        ReportMapPoint: {
            number: number;
            lat: number;
            lon: number;
            /** @enum {string} */
            status: "moderation" | "rejected" | "sent" | "in_progress" | "answer_moderation" | "answered" | "reopened" | "closed" | "duplicate" | "not_competent";
            reasonId: number;
        };
        ReportMapPointInput: {
            number: number;
            lat: number;
            lon: number;
            /** @enum {string} */
            status: "moderation" | "rejected" | "sent" | "in_progress" | "answer_moderation" | "answered" | "reopened" | "closed" | "duplicate" | "not_competent";
            reasonId: number;
        };
        ReportPhoto: {
            /** Format: uuid */
            id: string;
            url: string;
            thumbUrl: string;
            width?: number;
            height?: number;
        };
        ReportPhotoInput: {
            /** Format: uuid */
            id: string;
            url: string;
            thumbUrl: string;
            width?: number;
            height?: number;
        };
        ReportPhotoUpload: {
            /** Format: uuid */
            id: string;
            width: number;
            height: number;
            url: string;
            thumbUrl: string;
        };
        ReportPhotoUploadInput: {
            /** Format: uuid */
            id: string;
            width: number;
            height: number;
            url: string;
            thumbUrl: string;
        };
        ReportRated: {
            rating: components["schemas"]["ReportRating"];
            /** @enum {string} */
            status: "moderation" | "rejected" | "sent" | "in_progress" | "answer_moderation" | "answered" | "reopened" | "closed" | "duplicate" | "not_competent";
        };
        ReportRatedInput: {
            rating: components["schemas"]["ReportRatingInput"];
            /** @enum {string} */
            status: "moderation" | "rejected" | "sent" | "in_progress" | "answer_moderation" | "answered" | "reopened" | "closed" | "duplicate" | "not_competent";
        };
        ReportRating: {
            /** @enum {string} */
            outcome: "fixed" | "partly_fixed" | "not_fixed";
            quality: number;
            note: string | null;
            /** @enum {string} */
            role: "reporter" | "supporter";
            /** Format: date-time */
            createdAt: string;
        };
        ReportRatingInput: {
            /** @enum {string} */
            outcome: "fixed" | "partly_fixed" | "not_fixed";
            quality: number;
            note: string | null;
            /** @enum {string} */
            role: "reporter" | "supporter";
            /** Format: date-time */
            createdAt: string;
        };
        ReportRatings: {
            mine: components["schemas"]["ReportRating"] | null;
            canRate: boolean;
            notFixedReopens: boolean;
            fixedConfirms: boolean;
            all: components["schemas"]["ReportRating"][] | null;
        };
        ReportRatingsInput: {
            mine: components["schemas"]["ReportRatingInput"] | null;
            canRate: boolean;
            notFixedReopens: boolean;
            fixedConfirms: boolean;
            all: components["schemas"]["ReportRatingInput"][] | null;
        };
        ReportStats: {
            totals: {
                count: number;
                answered: number;
                overdue: number;
                /** @description answered by the deadline ÷ (answered + unanswered past the deadline) */
                onTimeShare: number | null;
                /** @description median hours from filing to the department’s answer */
                medianHoursToAnswer: number | null;
                /** @description the reporters’ and supporters’ ratings of the answers (k-anonymity: fewer than 10 → only “< 10”) */
                ratings: {
                    /** @description ratings given: exact from 10 (and 0), else “< 10” */
                    count: components["schemas"]["PublicCount"];
                    /** @description from 10 ratings; null below */
                    fixedShare: number | null;
                    partlyFixedShare: number | null;
                    notFixedShare: number | null;
                    /** @description mean quality of the answers, 1–5, to one decimal; from 10 ratings */
                    meanQuality: number | null;
                };
            };
            departments: {
                departmentId: string;
                nameRu: string;
                nameEn: string;
                count: number;
                answered: number;
                overdue: number;
                /** @description answered by the deadline ÷ (answered + unanswered past the deadline) */
                onTimeShare: number | null;
                /** @description median hours from filing to the department’s answer */
                medianHoursToAnswer: number | null;
                /** @description the reporters’ and supporters’ ratings of the answers (k-anonymity: fewer than 10 → only “< 10”) */
                ratings: {
                    /** @description ratings given: exact from 10 (and 0), else “< 10” */
                    count: components["schemas"]["PublicCount"];
                    /** @description from 10 ratings; null below */
                    fixedShare: number | null;
                    partlyFixedShare: number | null;
                    notFixedShare: number | null;
                    /** @description mean quality of the answers, 1–5, to one decimal; from 10 ratings */
                    meanQuality: number | null;
                };
            }[];
            reasons: {
                reasonId: number;
                nameRu: string;
                nameEn: string | null;
                categoryNameRu: string;
                categoryNameEn: string | null;
                count: number;
                answered: number;
                overdue: number;
                /** @description answered by the deadline ÷ (answered + unanswered past the deadline) */
                onTimeShare: number | null;
                /** @description median hours from filing to the department’s answer */
                medianHoursToAnswer: number | null;
                /** @description the reporters’ and supporters’ ratings of the answers (k-anonymity: fewer than 10 → only “< 10”) */
                ratings: {
                    /** @description ratings given: exact from 10 (and 0), else “< 10” */
                    count: components["schemas"]["PublicCount"];
                    /** @description from 10 ratings; null below */
                    fixedShare: number | null;
                    partlyFixedShare: number | null;
                    notFixedShare: number | null;
                    /** @description mean quality of the answers, 1–5, to one decimal; from 10 ratings */
                    meanQuality: number | null;
                };
            }[];
            months: {
                month: string;
                count: number;
                answered: number;
                overdue: number;
                /** @description answered by the deadline ÷ (answered + unanswered past the deadline) */
                onTimeShare: number | null;
                /** @description median hours from filing to the department’s answer */
                medianHoursToAnswer: number | null;
                /** @description the reporters’ and supporters’ ratings of the answers (k-anonymity: fewer than 10 → only “< 10”) */
                ratings: {
                    /** @description ratings given: exact from 10 (and 0), else “< 10” */
                    count: components["schemas"]["PublicCount"];
                    /** @description from 10 ratings; null below */
                    fixedShare: number | null;
                    partlyFixedShare: number | null;
                    notFixedShare: number | null;
                    /** @description mean quality of the answers, 1–5, to one decimal; from 10 ratings */
                    meanQuality: number | null;
                };
            }[];
            districts: {
                districtId: string;
                nameRu: string;
                nameEn: string;
                count: number;
                answered: number;
                overdue: number;
                /** @description answered by the deadline ÷ (answered + unanswered past the deadline) */
                onTimeShare: number | null;
                /** @description median hours from filing to the department’s answer */
                medianHoursToAnswer: number | null;
                /** @description the reporters’ and supporters’ ratings of the answers (k-anonymity: fewer than 10 → only “< 10”) */
                ratings: {
                    /** @description ratings given: exact from 10 (and 0), else “< 10” */
                    count: components["schemas"]["PublicCount"];
                    /** @description from 10 ratings; null below */
                    fixedShare: number | null;
                    partlyFixedShare: number | null;
                    notFixedShare: number | null;
                    /** @description mean quality of the answers, 1–5, to one decimal; from 10 ratings */
                    meanQuality: number | null;
                };
            }[];
        };
        ReportStatsInput: {
            totals: {
                count: number;
                answered: number;
                overdue: number;
                /** @description answered by the deadline ÷ (answered + unanswered past the deadline) */
                onTimeShare: number | null;
                /** @description median hours from filing to the department’s answer */
                medianHoursToAnswer: number | null;
                /** @description the reporters’ and supporters’ ratings of the answers (k-anonymity: fewer than 10 → only “< 10”) */
                ratings: {
                    /** @description ratings given: exact from 10 (and 0), else “< 10” */
                    count: components["schemas"]["PublicCountInput"];
                    /** @description from 10 ratings; null below */
                    fixedShare: number | null;
                    partlyFixedShare: number | null;
                    notFixedShare: number | null;
                    /** @description mean quality of the answers, 1–5, to one decimal; from 10 ratings */
                    meanQuality: number | null;
                };
            };
            departments: {
                departmentId: string;
                nameRu: string;
                nameEn: string;
                count: number;
                answered: number;
                overdue: number;
                /** @description answered by the deadline ÷ (answered + unanswered past the deadline) */
                onTimeShare: number | null;
                /** @description median hours from filing to the department’s answer */
                medianHoursToAnswer: number | null;
                /** @description the reporters’ and supporters’ ratings of the answers (k-anonymity: fewer than 10 → only “< 10”) */
                ratings: {
                    /** @description ratings given: exact from 10 (and 0), else “< 10” */
                    count: components["schemas"]["PublicCountInput"];
                    /** @description from 10 ratings; null below */
                    fixedShare: number | null;
                    partlyFixedShare: number | null;
                    notFixedShare: number | null;
                    /** @description mean quality of the answers, 1–5, to one decimal; from 10 ratings */
                    meanQuality: number | null;
                };
            }[];
            reasons: {
                reasonId: number;
                nameRu: string;
                nameEn: string | null;
                categoryNameRu: string;
                categoryNameEn: string | null;
                count: number;
                answered: number;
                overdue: number;
                /** @description answered by the deadline ÷ (answered + unanswered past the deadline) */
                onTimeShare: number | null;
                /** @description median hours from filing to the department’s answer */
                medianHoursToAnswer: number | null;
                /** @description the reporters’ and supporters’ ratings of the answers (k-anonymity: fewer than 10 → only “< 10”) */
                ratings: {
                    /** @description ratings given: exact from 10 (and 0), else “< 10” */
                    count: components["schemas"]["PublicCountInput"];
                    /** @description from 10 ratings; null below */
                    fixedShare: number | null;
                    partlyFixedShare: number | null;
                    notFixedShare: number | null;
                    /** @description mean quality of the answers, 1–5, to one decimal; from 10 ratings */
                    meanQuality: number | null;
                };
            }[];
            months: {
                month: string;
                count: number;
                answered: number;
                overdue: number;
                /** @description answered by the deadline ÷ (answered + unanswered past the deadline) */
                onTimeShare: number | null;
                /** @description median hours from filing to the department’s answer */
                medianHoursToAnswer: number | null;
                /** @description the reporters’ and supporters’ ratings of the answers (k-anonymity: fewer than 10 → only “< 10”) */
                ratings: {
                    /** @description ratings given: exact from 10 (and 0), else “< 10” */
                    count: components["schemas"]["PublicCountInput"];
                    /** @description from 10 ratings; null below */
                    fixedShare: number | null;
                    partlyFixedShare: number | null;
                    notFixedShare: number | null;
                    /** @description mean quality of the answers, 1–5, to one decimal; from 10 ratings */
                    meanQuality: number | null;
                };
            }[];
            districts: {
                districtId: string;
                nameRu: string;
                nameEn: string;
                count: number;
                answered: number;
                overdue: number;
                /** @description answered by the deadline ÷ (answered + unanswered past the deadline) */
                onTimeShare: number | null;
                /** @description median hours from filing to the department’s answer */
                medianHoursToAnswer: number | null;
                /** @description the reporters’ and supporters’ ratings of the answers (k-anonymity: fewer than 10 → only “< 10”) */
                ratings: {
                    /** @description ratings given: exact from 10 (and 0), else “< 10” */
                    count: components["schemas"]["PublicCountInput"];
                    /** @description from 10 ratings; null below */
                    fixedShare: number | null;
                    partlyFixedShare: number | null;
                    notFixedShare: number | null;
                    /** @description mean quality of the answers, 1–5, to one decimal; from 10 ratings */
                    meanQuality: number | null;
                };
            }[];
        };
        ReportSummary: {
            number: number;
            /** @enum {string} */
            status: "moderation" | "rejected" | "sent" | "in_progress" | "answer_moderation" | "answered" | "reopened" | "closed" | "duplicate" | "not_competent";
            statusText: string;
            reason: components["schemas"]["ReportClassifierRef"];
            category: components["schemas"]["ReportClassifierRef"];
            districtId: string | null;
            departmentId: string | null;
            lat: number;
            lon: number;
            address: string | null;
            excerpt: string;
            thumbUrl: string | null;
            dueAt: string | null;
            overdue: boolean;
            supportCount: number;
            /** Format: date-time */
            createdAt: string;
            distanceMeters?: number;
            assigneeId?: string | null;
        };
        ReportSummaryInput: {
            number: number;
            /** @enum {string} */
            status: "moderation" | "rejected" | "sent" | "in_progress" | "answer_moderation" | "answered" | "reopened" | "closed" | "duplicate" | "not_competent";
            statusText: string;
            reason: components["schemas"]["ReportClassifierRefInput"];
            category: components["schemas"]["ReportClassifierRefInput"];
            districtId: string | null;
            departmentId: string | null;
            lat: number;
            lon: number;
            address: string | null;
            excerpt: string;
            thumbUrl: string | null;
            dueAt: string | null;
            overdue: boolean;
            supportCount: number;
            /** Format: date-time */
            createdAt: string;
            distanceMeters?: number;
            assigneeId?: string | null;
        };
        ReportSupport: {
            supported: boolean;
            supportCount: number;
        };
        ReportSupportInput: {
            supported: boolean;
            supportCount: number;
        };
        Representativeness: {
            participants: components["schemas"]["PublicCount"];
            districts: {
                districtId: string | null;
                nameRu: string | null;
                nameEn: string | null;
                participants: components["schemas"]["PublicCount"];
                participantShare: number | null;
                populationShare: number | null;
                difference: number | null;
                /** @enum {string} */
                verdict: "over" | "under" | "even" | "unknown";
            }[];
            ageBands: {
                ageBand: string | null;
                participants: components["schemas"]["PublicCount"];
                participantShare: number | null;
            }[];
            evenWithinPoints: number;
        };
        RepresentativenessInput: {
            participants: components["schemas"]["PublicCountInput"];
            districts: {
                districtId: string | null;
                nameRu: string | null;
                nameEn: string | null;
                participants: components["schemas"]["PublicCountInput"];
                participantShare: number | null;
                populationShare: number | null;
                difference: number | null;
                /** @enum {string} */
                verdict: "over" | "under" | "even" | "unknown";
            }[];
            ageBands: {
                ageBand: string | null;
                participants: components["schemas"]["PublicCountInput"];
                participantShare: number | null;
            }[];
            evenWithinPoints: number;
        };
        RoutingDepartment: {
            id: string;
            nameRu: string;
            nameEn: string;
            kind: string;
            districtId: string | null;
        };
        RoutingDepartmentInput: {
            id: string;
            nameRu: string;
            nameEn: string;
            kind: string;
            districtId: string | null;
        };
        RoutingResolution: {
            department: components["schemas"]["RoutingDepartment"] | null;
        };
        RoutingResolutionInput: {
            department: components["schemas"]["RoutingDepartmentInput"] | null;
        };
        RoutingRule: {
            id: number;
            reasonId: number | null;
            categoryId: number | null;
            districtId: string | null;
            departmentId: string;
            reasonNameRu: string | null;
            categoryNameRu: string | null;
            districtNameRu: string | null;
            departmentNameRu: string;
            createdAt: string;
        };
        RoutingRuleInput: {
            id: number;
            reasonId: number | null;
            categoryId: number | null;
            districtId: string | null;
            departmentId: string;
            reasonNameRu: string | null;
            categoryNameRu: string | null;
            districtNameRu: string | null;
            departmentNameRu: string;
            createdAt: string;
        };
        RoutingRuleList: {
            items: components["schemas"]["RoutingRule"][];
        };
        RoutingRuleListInput: {
            items: components["schemas"]["RoutingRuleInput"][];
        };
        SavedPlace: {
            id: string;
            /** @enum {string} */
            label: "home" | "work" | "parents" | "other";
            name: string;
            address: string;
            lat: number;
            lon: number;
            districtId: string | null;
            alert: {
                radiusMeters: number;
                topics: ("reports" | "answers" | "works" | "polls" | "events")[];
            } | null;
        };
        SavedPlaceInput: {
            id: string;
            /** @enum {string} */
            label: "home" | "work" | "parents" | "other";
            name: string;
            address: string;
            lat: number;
            lon: number;
            districtId: string | null;
            alert: {
                radiusMeters: number;
                topics: ("reports" | "answers" | "works" | "polls" | "events")[];
            } | null;
        };
        SavedPlaces: {
            items: components["schemas"]["SavedPlace"][];
        };
        SavedPlacesInput: {
            items: components["schemas"]["SavedPlaceInput"][];
        };
        SearchHit: {
            kind: string;
            id: string;
            title: string;
            titleEn: string | null;
            excerpt: string;
            districtId: string | null;
            /** @enum {string} */
            status: "open" | "closed";
            date: string | null;
            path: string;
        };
        SearchHitInput: {
            kind: string;
            id: string;
            title: string;
            titleEn: string | null;
            excerpt: string;
            districtId: string | null;
            /** @enum {string} */
            status: "open" | "closed";
            date: string | null;
            path: string;
        };
        SearchResults: {
            kinds: string[];
            counts: {
                kind: string;
                count: number;
            }[];
            total: number;
            capped: boolean;
            items: components["schemas"]["SearchHit"][];
        };
        SearchResultsInput: {
            kinds: string[];
            counts: {
                kind: string;
                count: number;
            }[];
            total: number;
            capped: boolean;
            items: components["schemas"]["SearchHitInput"][];
        };
        SearchSuggestion: {
            kind: string;
            id: string;
            title: string;
            titleEn: string | null;
            path: string;
        };
        SearchSuggestionInput: {
            kind: string;
            id: string;
            title: string;
            titleEn: string | null;
            path: string;
        };
        SearchSuggestions: {
            items: components["schemas"]["SearchSuggestion"][];
        };
        SearchSuggestionsInput: {
            items: components["schemas"]["SearchSuggestionInput"][];
        };
        ServiceDraft: {
            key: string;
            title: string;
            titleEn: unknown;
            description: string;
            /** @default false */
            demoText: boolean;
            providerDepartmentId: unknown;
            providerName: unknown;
            onlineLink: unknown;
            inPerson: unknown;
            phone: unknown;
            /** @default [] */
            documents: string[];
            price: unknown;
            timeLimit: unknown;
            whoMayApply: unknown;
            sourceUrl: unknown;
            roles: string[];
        };
        ServiceDraftInput: {
            key: string;
            title: string;
            titleEn?: string | null;
            description: string;
            /** @default false */
            demoText?: boolean;
            providerDepartmentId?: string | null;
            providerName?: string | null;
            onlineLink?: string | "" | null;
            inPerson?: string | null;
            phone?: string | null;
            /** @default [] */
            documents?: string[];
            price?: string | null;
            timeLimit?: string | null;
            whoMayApply?: string | null;
            sourceUrl?: string | "" | null;
            roles: string[];
        };
        ServiceMark: {
            useful: boolean;
            note: string | null;
        };
        ServiceMarkDraft: {
            useful: boolean;
            /** @default null */
            note: string | null;
        };
        ServiceMarkDraftInput: {
            useful: boolean;
            /** @default null */
            note?: string | null;
        };
        ServiceMarkInput: {
            useful: boolean;
            note: string | null;
        };
        ServiceMarkResult: {
            usefulCount: number;
            notUsefulCount: number;
            mine: components["schemas"]["ServiceMark"];
        };
        ServiceMarkResultInput: {
            usefulCount: number;
            notUsefulCount: number;
            mine: components["schemas"]["ServiceMarkInput"];
        };
        ServiceProposal: {
            title: string;
            description: string;
            roles: string[];
            onlineLink: unknown;
            inPerson: unknown;
            phone: unknown;
            providerName: unknown;
        };
        ServiceProposalInput: {
            title: string;
            description: string;
            roles: string[];
            /** @default null */
            onlineLink?: string | "" | null;
            /** @default null */
            inPerson?: string | null;
            /** @default null */
            phone?: string | null;
            /** @default null */
            providerName?: string | null;
        };
        ServiceSummary: {
            id: string;
            key: string;
            title: string;
            titleEn: string | null;
            excerpt: string;
            demoText: boolean;
            online: boolean;
            usefulCount: number;
            notUsefulCount: number;
        };
        ServiceSummaryInput: {
            id: string;
            key: string;
            title: string;
            titleEn: string | null;
            excerpt: string;
            demoText: boolean;
            online: boolean;
            usefulCount: number;
            notUsefulCount: number;
        };
        ServiceView: {
            id: string;
            key: string;
            title: string;
            titleEn: string | null;
            excerpt: string;
            demoText: boolean;
            online: boolean;
            usefulCount: number;
            notUsefulCount: number;
            description: string;
            provider: {
                departmentId: string | null;
                nameRu: string;
                nameEn: string;
            } | null;
            onlineLink: string | null;
            inPerson: string | null;
            phone: string | null;
            documents: string[];
            price: string | null;
            timeLimit: string | null;
            whoMayApply: string | null;
            sourceUrl: string | null;
            roles: {
                key: string;
                nameRu: string;
                nameEn: string;
                icon: string;
            }[];
            proposedBy: {
                id: string;
                displayName: string;
            } | null;
            /** @enum {string} */
            moderation: "visible" | "held" | "hidden";
            commentCount: number;
            mine: components["schemas"]["ServiceMark"] | null;
        };
        ServiceViewInput: {
            id: string;
            key: string;
            title: string;
            titleEn: string | null;
            excerpt: string;
            demoText: boolean;
            online: boolean;
            usefulCount: number;
            notUsefulCount: number;
            description: string;
            provider: {
                departmentId: string | null;
                nameRu: string;
                nameEn: string;
            } | null;
            onlineLink: string | null;
            inPerson: string | null;
            phone: string | null;
            documents: string[];
            price: string | null;
            timeLimit: string | null;
            whoMayApply: string | null;
            sourceUrl: string | null;
            roles: {
                key: string;
                nameRu: string;
                nameEn: string;
                icon: string;
            }[];
            proposedBy: {
                id: string;
                displayName: string;
            } | null;
            /** @enum {string} */
            moderation: "visible" | "held" | "hidden";
            commentCount: number;
            mine: components["schemas"]["ServiceMarkInput"] | null;
        };
        ServicesImport: {
            /** @enum {string} */
            format: "csv" | "json";
            text: string;
            /** @default false */
            dryRun: boolean;
        };
        ServicesImportInput: {
            /** @enum {string} */
            format: "csv" | "json";
            text: string;
            /** @default false */
            dryRun?: boolean;
        };
        ServicesImportResult: {
            dryRun: boolean;
            roles: number;
            services: number;
            problems: {
                at: string;
                message: string;
            }[];
        };
        ServicesImportResultInput: {
            dryRun: boolean;
            roles: number;
            services: number;
            problems: {
                at: string;
                message: string;
            }[];
        };
        SetupCheck: {
            id: string;
            /** @enum {string} */
            state: "ok" | "missing" | "advice";
            title: string;
            detail: string;
            fix: string | null;
        };
        SetupCheckInput: {
            id: string;
            /** @enum {string} */
            state: "ok" | "missing" | "advice";
            title: string;
            detail: string;
            fix: string | null;
        };
        SetupStatus: {
            ready: boolean;
            completedAt: string | null;
            checks: components["schemas"]["SetupCheck"][];
        };
        SetupStatusInput: {
            ready: boolean;
            completedAt: string | null;
            checks: components["schemas"]["SetupCheckInput"][];
        };
        SiteSettings: {
            mapTileUrl: string | null;
            mapAttribution: string;
            cityTimezone: string;
            publicUrl: string;
            city: components["schemas"]["CityIdentity"];
        };
        SiteSettingsInput: {
            mapTileUrl: string | null;
            mapAttribution: string;
            cityTimezone: string;
            publicUrl: string;
            city: components["schemas"]["CityIdentityInput"];
        };
        SmsCodeSent: {
            sentTo: string;
            expiresAt: string;
        };
        SmsCodeSentInput: {
            sentTo: string;
            expiresAt: string;
        };
        StaffDirectory: {
            items: components["schemas"]["StaffMember"][];
        };
        StaffDirectoryInput: {
            items: components["schemas"]["StaffMemberInput"][];
        };
        StaffMember: {
            /** Format: uuid */
            id: string;
            displayName: string;
            districtId: string | null;
            roles: {
                /** @enum {string} */
                role: "official" | "moderator" | "expert" | "verifier" | "administrator";
                /** @enum {string} */
                scopeType: "city" | "department" | "district";
                scopeId: string | null;
            }[];
        };
        StaffMemberInput: {
            /** Format: uuid */
            id: string;
            displayName: string;
            districtId: string | null;
            roles: {
                /** @enum {string} */
                role: "official" | "moderator" | "expert" | "verifier" | "administrator";
                /** @enum {string} */
                scopeType: "city" | "department" | "district";
                scopeId: string | null;
            }[];
        };
        Statistics: {
            computedAt: string;
            measures: {
                id: string;
                /** @enum {string} */
                counts: "people" | "things" | "hours";
            }[];
            months: string[];
            city: {
                population: number | null;
                populationYears: {
                    from: number;
                    to: number;
                } | null;
                districtsWithPopulation: number;
                figures: {
                    [key: string]: components["schemas"]["PublicCount"];
                };
                registeredShare: number | null;
                verifiedShare: number | null;
                active: components["schemas"]["PublicCount"][];
                ratios: components["schemas"]["StatisticsRatio"][];
            };
            districts: {
                districtId: string;
                nameRu: string;
                nameEn: string;
                population: components["schemas"]["DistrictPopulation"] | null;
                figures: {
                    [key: string]: components["schemas"]["PublicCount"];
                };
                registeredShare: number | null;
                verifiedShare: number | null;
                active: components["schemas"]["PublicCount"][];
                ratios: components["schemas"]["StatisticsRatio"][];
            }[];
        };
        StatisticsInput: {
            computedAt: string;
            measures: {
                id: string;
                /** @enum {string} */
                counts: "people" | "things" | "hours";
            }[];
            months: string[];
            city: {
                population: number | null;
                populationYears: {
                    from: number;
                    to: number;
                } | null;
                districtsWithPopulation: number;
                figures: {
                    [key: string]: components["schemas"]["PublicCountInput"];
                };
                registeredShare: number | null;
                verifiedShare: number | null;
                active: components["schemas"]["PublicCountInput"][];
                ratios: components["schemas"]["StatisticsRatioInput"][];
            };
            districts: {
                districtId: string;
                nameRu: string;
                nameEn: string;
                population: components["schemas"]["DistrictPopulationInput"] | null;
                figures: {
                    [key: string]: components["schemas"]["PublicCountInput"];
                };
                registeredShare: number | null;
                verifiedShare: number | null;
                active: components["schemas"]["PublicCountInput"][];
                ratios: components["schemas"]["StatisticsRatioInput"][];
            }[];
        };
        StatisticsRatio: {
            capability: string;
            implemented: number;
            proposed: number;
            share: number | null;
        };
        StatisticsRatioInput: {
            capability: string;
            implemented: number;
            proposed: number;
            share: number | null;
        };
        ThisWeekItem: {
            kind: string;
            type: string | null;
            id: string;
            title: string;
            context: string | null;
            path: string;
            /** Format: date-time */
            startsAt: string;
            /** Format: date-time */
            endsAt: string;
            districtId: string | null;
            address: string | null;
            online: boolean;
            freePlaces: number | null;
            waiting: number;
            thumbUrl: string | null;
            near: boolean;
        };
        ThisWeekItemInput: {
            kind: string;
            type: string | null;
            id: string;
            title: string;
            context: string | null;
            path: string;
            /** Format: date-time */
            startsAt: string;
            /** Format: date-time */
            endsAt: string;
            districtId: string | null;
            address: string | null;
            online: boolean;
            freePlaces: number | null;
            waiting: number;
            thumbUrl: string | null;
            near: boolean;
        };
        ThreadComment: {
            /** Format: uuid */
            id: string;
            parentId: string | null;
            /** Format: uuid */
            rootId: string;
            depth: number;
            author: components["schemas"]["CommentAuthor"] | null;
            body: string | null;
            stance: ("for" | "against" | "neutral") | null;
            up: number;
            down: number;
            score: number;
            myVote: -1 | 0 | 1;
            replyCount: number;
            /** Format: date-time */
            createdAt: string;
            editedAt: string | null;
            deleted: boolean;
            /** @enum {string} */
            moderation: "visible" | "held" | "hidden";
            moderationReason: string | null;
            mine: boolean;
            canRestore: boolean;
            editableUntil: string | null;
            replies: components["schemas"]["CommentReply"][];
            moreReplies: boolean;
        };
        ThreadCommentInput: {
            /** Format: uuid */
            id: string;
            parentId: string | null;
            /** Format: uuid */
            rootId: string;
            depth: number;
            author: components["schemas"]["CommentAuthorInput"] | null;
            body: string | null;
            stance: ("for" | "against" | "neutral") | null;
            up: number;
            down: number;
            score: number;
            myVote: -1 | 0 | 1;
            replyCount: number;
            /** Format: date-time */
            createdAt: string;
            editedAt: string | null;
            deleted: boolean;
            /** @enum {string} */
            moderation: "visible" | "held" | "hidden";
            moderationReason: string | null;
            mine: boolean;
            canRestore: boolean;
            editableUntil: string | null;
            replies: components["schemas"]["CommentReplyInput"][];
            moreReplies: boolean;
        };
        UnreadNotifications: {
            unread: number;
        };
        UnreadNotificationsInput: {
            unread: number;
        };
        Unsubscribed: {
            /** @constant */
            emailMode: "off";
        };
        UnsubscribedInput: {
            /** @constant */
            emailMode: "off";
        };
        VerificationDeskAccount: {
            /** Format: uuid */
            id: string;
            displayName: string;
            verified: boolean;
        };
        VerificationDeskAccountInput: {
            /** Format: uuid */
            id: string;
            displayName: string;
            verified: boolean;
        };
        VerificationList: {
            items: components["schemas"]["VerificationRecord"][];
            total: number;
        };
        VerificationListInput: {
            items: components["schemas"]["VerificationRecordInput"][];
            total: number;
        };
        VerificationMethodSettings: {
            items: {
                /** @enum {string} */
                method: "sms" | "register" | "in_person" | "oidc";
                enabled: boolean;
                configured: boolean;
                delivery: ("provider" | "files") | null;
                updatedAt: string | null;
            }[];
        };
        VerificationMethodSettingsInput: {
            items: {
                /** @enum {string} */
                method: "sms" | "register" | "in_person" | "oidc";
                enabled: boolean;
                configured: boolean;
                delivery: ("provider" | "files") | null;
                updatedAt: string | null;
            }[];
        };
        VerificationRecord: {
            /** Format: uuid */
            id: string;
            user: {
                /** Format: uuid */
                id: string;
                displayName: string;
            };
            /** @enum {string} */
            method: "sms" | "register" | "in_person" | "oidc";
            districtId: string | null;
            ageBand: ("under-18" | "18-24" | "25-34" | "35-44" | "45-54" | "55-64" | "65+") | null;
            verifiedAt: string;
            verifiedBy: {
                /** Format: uuid */
                id: string;
                displayName: string;
            } | null;
            revokedAt: string | null;
            revokeReason: string | null;
        };
        VerificationRecordInput: {
            /** Format: uuid */
            id: string;
            user: {
                /** Format: uuid */
                id: string;
                displayName: string;
            };
            /** @enum {string} */
            method: "sms" | "register" | "in_person" | "oidc";
            districtId: string | null;
            ageBand: ("under-18" | "18-24" | "25-34" | "35-44" | "45-54" | "55-64" | "65+") | null;
            verifiedAt: string;
            verifiedBy: {
                /** Format: uuid */
                id: string;
                displayName: string;
            } | null;
            revokedAt: string | null;
            revokeReason: string | null;
        };
        VerificationStats: {
            active: number;
            revoked: number;
            byMethod: {
                /** @enum {string} */
                method: "sms" | "register" | "in_person" | "oidc";
                count: number;
            }[];
            byDistrict: {
                districtId: string | null;
                count: number;
            }[];
            register: {
                entries: number;
                lastImportedAt: string | null;
            };
        };
        VerificationStatsInput: {
            active: number;
            revoked: number;
            byMethod: {
                /** @enum {string} */
                method: "sms" | "register" | "in_person" | "oidc";
                count: number;
            }[];
            byDistrict: {
                districtId: string | null;
                count: number;
            }[];
            register: {
                entries: number;
                lastImportedAt: string | null;
            };
        };
        VolunteerCancel: {
            reason: string;
        };
        VolunteerCancelInput: {
            reason: string;
        };
        VolunteerHours: {
            minutesWorked: number;
            changed: boolean;
        };
        VolunteerHoursInput: {
            minutesWorked: number;
            changed: boolean;
        };
        VolunteerMySignup: {
            /** @enum {string} */
            state: "registered" | "waitlisted" | "cancelled";
            position: number | null;
        };
        VolunteerMySignupInput: {
            /** @enum {string} */
            state: "registered" | "waitlisted" | "cancelled";
            position: number | null;
        };
        VolunteerProjectDraft: {
            title: string;
            description: string;
            /** @default null */
            districtId: string | null;
            /** @default null */
            departmentId: string | null;
            /** @default null */
            groupId: string | null;
            /** @default null */
            organisationName: string | null;
            /** @default null */
            organisationRegNumber: string | null;
            /** @default [] */
            shifts: components["schemas"]["VolunteerShiftDraft"][];
        };
        VolunteerProjectDraftInput: {
            title: string;
            description: string;
            /** @default null */
            districtId?: string | null;
            /** @default null */
            departmentId?: string | null;
            /** @default null */
            groupId?: string | null;
            /** @default null */
            organisationName?: string | null;
            /** @default null */
            organisationRegNumber?: string | null;
            shifts?: components["schemas"]["VolunteerShiftDraftInput"][];
        };
        VolunteerProjectEdit: {
            title: string;
            description: string;
            /** @default null */
            districtId: string | null;
        };
        VolunteerProjectEditInput: {
            title: string;
            description: string;
            /** @default null */
            districtId?: string | null;
        };
        VolunteerProjectList: {
            items: components["schemas"]["VolunteerProjectSummary"][];
            total: number;
            page: number;
            pageSize: number;
        };
        VolunteerProjectListInput: {
            items: components["schemas"]["VolunteerProjectSummaryInput"][];
            total: number;
            page: number;
            pageSize: number;
        };
        VolunteerProjectSummary: {
            id: string;
            title: string;
            excerpt: string;
            districtId: string | null;
            /** @enum {string} */
            organisedBy: "department" | "group" | "organisation";
            departmentId: string | null;
            group: {
                id: string;
                name: string;
            } | null;
            organisationName: string | null;
            organisationRegNumber: string | null;
            nextShiftAt: string | null;
            upcomingShifts: number;
            freeSlots: number;
        };
        VolunteerProjectSummaryInput: {
            id: string;
            title: string;
            excerpt: string;
            districtId: string | null;
            /** @enum {string} */
            organisedBy: "department" | "group" | "organisation";
            departmentId: string | null;
            group: {
                id: string;
                name: string;
            } | null;
            organisationName: string | null;
            organisationRegNumber: string | null;
            nextShiftAt: string | null;
            upcomingShifts: number;
            freeSlots: number;
        };
        VolunteerProjectView: {
            id: string;
            title: string;
            description: string;
            districtId: string | null;
            /** @enum {string} */
            organisedBy: "department" | "group" | "organisation";
            departmentId: string | null;
            group: {
                id: string;
                name: string;
            } | null;
            organisationName: string | null;
            organisationRegNumber: string | null;
            /** @enum {string} */
            moderation: "visible" | "held" | "hidden";
            commentCount: number;
            isOrganiser: boolean;
            cancelledAt: string | null;
            cancelReason: string | null;
            shifts: components["schemas"]["VolunteerShift"][];
        };
        VolunteerProjectViewInput: {
            id: string;
            title: string;
            description: string;
            districtId: string | null;
            /** @enum {string} */
            organisedBy: "department" | "group" | "organisation";
            departmentId: string | null;
            group: {
                id: string;
                name: string;
            } | null;
            organisationName: string | null;
            organisationRegNumber: string | null;
            /** @enum {string} */
            moderation: "visible" | "held" | "hidden";
            commentCount: number;
            isOrganiser: boolean;
            cancelledAt: string | null;
            cancelReason: string | null;
            shifts: components["schemas"]["VolunteerShiftInput"][];
        };
        VolunteerRecord: {
            shown: boolean;
            totalMinutes: number;
            shifts: number;
            projects: {
                id: string;
                title: string;
                minutes: number;
                shifts: number;
                /** Format: date-time */
                lastShiftAt: string;
            }[];
        };
        VolunteerRecordInput: {
            shown: boolean;
            totalMinutes: number;
            shifts: number;
            projects: {
                id: string;
                title: string;
                minutes: number;
                shifts: number;
                /** Format: date-time */
                lastShiftAt: string;
            }[];
        };
        VolunteerShift: {
            id: string;
            title: string;
            /** Format: date-time */
            startsAt: string;
            /** Format: date-time */
            endsAt: string;
            districtId: string | null;
            address: string;
            lat: number | null;
            lon: number | null;
            online: boolean;
            onlineUrl: string | null;
            capacity: number;
            registeredCount: number;
            waitlistCount: number;
            freeSlots: number;
            minAge: number | null;
            bring: string;
            mine: components["schemas"]["VolunteerMySignup"] | null;
            minutesWorked: number | null;
            cancelledAt: string | null;
            cancelReason: string | null;
        };
        VolunteerShiftDraft: {
            title: string;
            startsAt: unknown;
            endsAt: unknown;
            /** @default null */
            lat: number | null;
            /** @default null */
            lon: number | null;
            /** @default  */
            address: string;
            /** @default null */
            onlineUrl: string | null;
            capacity: number;
            /** @default null */
            minAge: (14 | 18) | null;
            /** @default  */
            bring: string;
        };
        VolunteerShiftDraftInput: {
            title: string;
            /** Format: date-time */
            startsAt: string;
            /** Format: date-time */
            endsAt: string;
            /** @default null */
            lat?: number | null;
            /** @default null */
            lon?: number | null;
            /** @default  */
            address?: string;
            /** @default null */
            onlineUrl?: string | null;
            capacity: number;
            /** @default null */
            minAge?: (14 | 18) | null;
            /** @default  */
            bring?: string;
        };
        VolunteerShiftEdit: {
            title: string;
            startsAt: unknown;
            endsAt: unknown;
            /** @default null */
            lat: number | null;
            /** @default null */
            lon: number | null;
            /** @default  */
            address: string;
            /** @default null */
            onlineUrl: string | null;
            capacity: number;
            /** @default  */
            bring: string;
        };
        VolunteerShiftEditInput: {
            title: string;
            /** Format: date-time */
            startsAt: string;
            /** Format: date-time */
            endsAt: string;
            /** @default null */
            lat?: number | null;
            /** @default null */
            lon?: number | null;
            /** @default  */
            address?: string;
            /** @default null */
            onlineUrl?: string | null;
            capacity: number;
            /** @default  */
            bring?: string;
        };
        VolunteerShiftInput: {
            id: string;
            title: string;
            /** Format: date-time */
            startsAt: string;
            /** Format: date-time */
            endsAt: string;
            districtId: string | null;
            address: string;
            lat: number | null;
            lon: number | null;
            online: boolean;
            onlineUrl: string | null;
            capacity: number;
            registeredCount: number;
            waitlistCount: number;
            freeSlots: number;
            minAge: number | null;
            bring: string;
            mine: components["schemas"]["VolunteerMySignupInput"] | null;
            minutesWorked: number | null;
            cancelledAt: string | null;
            cancelReason: string | null;
        };
        VolunteerSignups: {
            items: {
                userId: string;
                displayName: string;
                /** @enum {string} */
                state: "registered" | "waitlisted" | "cancelled";
                position: number | null;
                minutesWorked: number | null;
                /** Format: date-time */
                signedUpAt: string;
            }[];
        };
        VolunteerSignupsInput: {
            items: {
                userId: string;
                displayName: string;
                /** @enum {string} */
                state: "registered" | "waitlisted" | "cancelled";
                position: number | null;
                minutesWorked: number | null;
                /** Format: date-time */
                signedUpAt: string;
            }[];
        };
    };
    responses: {
        /** @description The input is not valid: `error.fields` names each field with what to change. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Sign in first (the session cookie is missing or expired). */
        Unauthenticated: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Not allowed for you: your role, verification or residence does not permit it. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description No such thing, or you may not see it. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Not now: the state of the thing or the moment refuses it (closed, already done, too early). */
        Conflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Too many attempts; `error.message` says when to try again. */
        RateLimited: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Something failed on our side (the message quotes the request id), or the database is away for a moment (503). */
        ServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
