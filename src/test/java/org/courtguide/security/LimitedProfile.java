package org.courtguide.security;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * Low rate limits behind a trusted local proxy (each test is its own client through X-Forwarded-For), and a staff
 * token for the trace API.
 */
public class LimitedProfile implements QuarkusTestProfile {

    static final String STAFF_TOKEN = "staff-token-for-tests-0123456789";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "court-guide.rate-limit.bucket.ask.limit",
                "3",
                "court-guide.rate-limit.bucket.ask.period",
                "1m",
                "court-guide.rate-limit.bucket.search.limit",
                "100",
                "quarkus.http.proxy.proxy-address-forwarding",
                "true",
                "quarkus.http.proxy.allow-x-forwarded",
                "true",
                "quarkus.http.proxy.trusted-proxies",
                "127.0.0.1,::1",
                "court-guide.staff.api-token",
                STAFF_TOKEN);
    }
}
