package org.courtguide.staff;

import org.courtguide.testsupport.PostgresProfile;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The same staff repository tests on a real PostgreSQL, with the same migrations. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class StaffRepositoryOnPostgresTest extends StaffRepositoryTest {
}
