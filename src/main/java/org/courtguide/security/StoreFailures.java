package org.courtguide.security;

import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.SystemException;
import java.sql.SQLException;
import javax.transaction.xa.XAException;

/**
 * Tells a database that cannot be reached or cannot commit (connection refused or lost, pool timeout, a rollback that
 * fails on a dead connection) from a programming error. The transaction interceptor wraps the checked ones (a failed
 * rollback is a {@link SystemException}) in an undeclared-throwable exception, so the whole cause chain is read.
 */
public final class StoreFailures {

    private StoreFailures() {}

    public static boolean isStoreDown(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException
                    || t instanceof PersistenceException
                    || t instanceof RollbackException
                    || t instanceof SystemException
                    || t instanceof XAException) {
                return true;
            }
        }
        return false;
    }

    /** The failure's type and SQL state, for the log: never its message, which can quote the data. */
    public static String kind(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql.getClass().getSimpleName() + " " + sql.getSQLState();
            }
        }
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName();
    }
}
