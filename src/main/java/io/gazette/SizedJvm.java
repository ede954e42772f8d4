package io.gazette;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs {@code ingest} in a JVM sized for the name model when the user gave no heap or collector options. Java's
 * default heap is a quarter of the machine's memory, and the collector fills what it may: on a 24 GB machine a
 * nightly run would hold 4 GB and more for a model that needs 600 MB. With no {@code -Xmx}, {@code -XX:MaxRAM*} or
 * {@code -XX:+Use...GC} on the command line, the launching JVM starts the same command in a child JVM with a heap
 * of {@link #heapMegabytes(int) 1.1 GB plus 50 MB per analysis thread}, all of it from the start (grown from Java's
 * small initial heap, it took five full collections, 3 s, while the model loaded; now two), and the parallel
 * collector (for a batch job it spends less CPU than G1, whose concurrent marking of the model's objects competes
 * with the analysis),
 * forwards SIGTERM to it and exits with its exit code. The child stops as on SIGTERM if its launcher dies.
 */
final class SizedJvm {

    /** Set on the child's command line: it is the sized JVM. */
    static final String MARK = "gazette.sized-jvm";

    private SizedJvm() {
    }

    /**
     * The child's command line, or empty when this JVM should run the command itself: not {@code ingest}, already
     * sized by the user or by a launcher, or no {@code java} executable to start.
     *
     * @param args the command's arguments
     * @param jvmOptions this JVM's options ({@code -D...}, {@code -Xmx...})
     * @param java this JVM's executable
     * @param classPath this JVM's class path: a single jar is started with {@code -jar}
     */
    static Optional<List<String>> childCommand(String[] args, List<String> jvmOptions, Optional<String> java, String classPath) {
        if (args.length == 0 || !args[0].equals("ingest") || java.isEmpty() || classPath == null || classPath.isBlank()) {
            return Optional.empty();
        }
        for (String option : jvmOptions) {
            if (option.startsWith("-Xmx") || option.startsWith("-XX:MaxHeapSize") || option.startsWith("-XX:MaxRAM")
                || option.matches("-XX:\\+Use\\w*GC") || option.equals("-D" + MARK + "=true")) {
                return Optional.empty();
            }
        }
        List<String> command = new ArrayList<>();
        command.add(java.get());
        command.addAll(jvmOptions);
        String heap = heapMegabytes(threads(args)) + "m";
        command.add("-Xmx" + heap);
        if (jvmOptions.stream().noneMatch(option -> option.startsWith("-Xms") || option.startsWith("-XX:InitialHeapSize"))) {
            command.add("-Xms" + heap);
        }
        command.add("-XX:+UseParallelGC");
        command.add("-D" + MARK + "=true");
        if (!classPath.contains(File.pathSeparator) && classPath.endsWith(".jar")) {
            command.add("-jar");
            command.add(classPath);
        } else {
            command.add("-cp");
            command.add(classPath);
            command.add(GazetteApplication.class.getName());
        }
        command.addAll(List.of(args));
        return Optional.of(command);
    }

    /** The heap for {@code threads} analysis threads: the model's 600 MB, room to work, 50 MB per thread. */
    static int heapMegabytes(int threads) {
        return 1100 + 50 * Math.max(1, Math.min(threads, 16));
    }

    /** {@code --threads N} or {@code --threads=N}; else {@code GAZETTE_THREADS}; else the available processors, as ingest defaults. */
    static int threads(String[] args) {
        return threads(args, System.getenv("GAZETTE_THREADS"));
    }

    static int threads(String[] args, String environment) {
        for (int i = 0; i < args.length; i++) {
            String value = args[i].startsWith("--threads=") ? args[i].substring("--threads=".length())
                : args[i].equals("--threads") && i + 1 < args.length ? args[i + 1] : null;
            if (value != null) {
                try {
                    return Integer.parseInt(value.strip());
                } catch (NumberFormatException e) {
                    return 1; // the command itself says what is wrong with it
                }
            }
        }
        if (environment != null && environment.strip().matches("[1-9][0-9]*")) {
            return Integer.parseInt(environment.strip());
        }
        return Runtime.getRuntime().availableProcessors();
    }

    /**
     * Runs the command in a sized child JVM when {@link #childCommand} says so; returns its exit code, or empty when
     * this JVM should run the command itself (also when the child cannot be started).
     */
    static Optional<Integer> runSized(String[] args) {
        if (Boolean.getBoolean(MARK)) {
            ProcessHandle.current().parent().ifPresent(launcher -> launcher.onExit().thenRun(() -> System.exit(143)));
            return Optional.empty();
        }
        Optional<String> java = ProcessHandle.current().info().command().filter(c -> Files.isExecutable(Path.of(c)));
        Optional<List<String>> command = childCommand(args, ManagementFactory.getRuntimeMXBean().getInputArguments(), java,
            System.getProperty("java.class.path"));
        if (command.isEmpty()) {
            return Optional.empty();
        }
        Process child;
        try {
            child = new ProcessBuilder(command.get()).inheritIO().start();
        } catch (IOException e) {
            return Optional.empty();
        }
        Thread forward = new Thread(() -> {
            child.destroy();
            try {
                child.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "gazette-forward-stop");
        Runtime.getRuntime().addShutdownHook(forward);
        while (true) {
            try {
                int exit = child.waitFor();
                Runtime.getRuntime().removeShutdownHook(forward);
                return Optional.of(exit);
            } catch (InterruptedException e) {
                // the child's end is what this JVM waits for; a stop reaches it through the shutdown hook
            } catch (IllegalStateException shuttingDown) {
                return Optional.of(143);
            }
        }
    }
}
