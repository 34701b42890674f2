package org.courtguide.staff;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.courtguide.testsupport.PostgresProfile;

/** The same staff repository tests on a real PostgreSQL, with the same migrations. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class StaffRepositoryOnPostgresTest extends StaffRepositoryTest {}
