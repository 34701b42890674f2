package org.courtguide.retrieval;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.jboss.logging.Logger;

/**
 * Finds JVM shutdown hooks registered by a library, so that they can be run in an order of our choosing. The JDK has
 * no public way to list hooks: this reads {@code java.lang.ApplicationShutdownHooks}, which needs
 * {@code --add-opens java.base/java.lang=ALL-UNNAMED} (set in the jar's manifest and for the tests). Without it nothing
 * is found and the library's hook stays where it was.
 */
final class ShutdownHooks {

    private static final Logger LOG = Logger.getLogger(ShutdownHooks.class);

    private ShutdownHooks() {}

    /** Unregisters the hooks whose task matches and returns them, to be run later with {@link Thread#run()}. */
    static List<Thread> takeOver(Predicate<Runnable> task) {
        List<Thread> taken = new ArrayList<>();
        try {
            Class<?> hooksClass = Class.forName("java.lang.ApplicationShutdownHooks");
            Field hooksField = hooksClass.getDeclaredField("hooks");
            hooksField.setAccessible(true);
            List<Thread> registered;
            synchronized (hooksClass) {
                Map<?, ?> hooks = (Map<?, ?>) hooksField.get(null);
                registered = hooks == null
                        ? List.of()
                        : hooks.keySet().stream().map(Thread.class::cast).toList();
            }
            for (Thread hook : registered) {
                Runnable runnable = task(hook);
                if (runnable != null
                        && task.test(runnable)
                        && Runtime.getRuntime().removeShutdownHook(hook)) {
                    taken.add(hook);
                }
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.debugf("Shutdown hooks cannot be reordered (%s)", e.getClass().getSimpleName());
        }
        return taken;
    }

    /** The Runnable a thread was made with: {@code Thread.target} up to Java 20, {@code Thread.holder.task} after. */
    private static Runnable task(Thread thread) throws ReflectiveOperationException {
        try {
            Field target = Thread.class.getDeclaredField("target");
            target.setAccessible(true);
            return (Runnable) target.get(thread);
        } catch (NoSuchFieldException newerJdk) {
            Field holderField = Thread.class.getDeclaredField("holder");
            holderField.setAccessible(true);
            Object holder = holderField.get(thread);
            Field taskField = holder.getClass().getDeclaredField("task");
            taskField.setAccessible(true);
            return (Runnable) taskField.get(holder);
        }
    }
}
