package ai.insightpulse.odooops.training;

import java.lang.reflect.InvocationTargetException;

/**
 * Runs a training from {@code -javaagent:odooops-training.jar=MAIN_CLASS} and ends the JVM before the jar's own
 * main: how {@code bin/cds-archive} trains a JDK 25+ AOT cache. Such a cache is only used when the production run's
 * class path is the one it was recorded with, so the recording has to run {@code java -jar JAR}, exactly as the
 * launcher does; the training jar can then only come in as an agent (whose classes, loaded from outside the class
 * path, stay out of the cache). Without an argument the command line's training runs.
 */
public final class TrainingAgent {

    private TrainingAgent() {
    }

    /**
     * Runs the training, then exits: 0 when it ended normally, 1 (after its stack trace) when it threw.
     *
     * @param mainClass the training's main class, or empty for {@link CliTraining}
     */
    public static void premain(String mainClass) {
        String main = mainClass == null || mainClass.isEmpty() ? CliTraining.class.getName() : mainClass;
        int status = 0;
        try {
            Class.forName(main).getMethod("main", String[].class).invoke(null, (Object) new String[0]);
        } catch (InvocationTargetException e) {
            e.getCause().printStackTrace();
            status = 1;
        } catch (ReflectiveOperationException e) {
            e.printStackTrace();
            status = 1;
        }
        // the jar's main must not run after the training: it would start a real command
        System.exit(status);
    }
}
