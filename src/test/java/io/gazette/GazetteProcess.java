package io.gazette;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/** Runs the packaged jar as an operator would, in a child process. */
public final class GazetteProcess {

    /**
     * What a run printed and returned.
     *
     * @param exitCode the process exit code
     * @param stdout standard output
     * @param stderr standard error
     */
    public record Result(int exitCode, String stdout, String stderr) {

        public List<String> lines() {
            return stdout.lines().toList();
        }
    }

    private static final Path JAR = Path.of("target", "gazette.jar").toAbsolutePath();
    /** The environment variable of {@code gazette.nlp.name-model}. */
    private static final String NAME_MODEL = "GAZETTE_NLP_NAMEMODEL";
    /** The environment of a child that runs the trained name model. */
    public static final Map<String, String> WITH_NAME_MODEL = Map.of(NAME_MODEL, "corenlp");
    private static final Map<Process, Path[]> LOGS = new ConcurrentHashMap<>();

    private GazetteProcess() {
    }

    public static Result run(Path workDir, String... args) throws IOException, InterruptedException {
        return run(workDir, Map.of(), args);
    }

    public static Result run(Path workDir, Map<String, String> env, String... args) throws IOException, InterruptedException {
        Process process = start(workDir, env, args);
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("gazette did not finish: " + List.of(args));
        }
        return result(process);
    }

    /** The command line that runs the packaged jar with {@code args}, its heap capped at what the name model needs. */
    public static List<String> javaCommand(String... args) {
        return javaCommandWithHeap("1500m", args);
    }

    /**
     * The command line that runs the packaged jar with {@code args} and a heap of at most {@code maxHeap}, tuned to
     * start fast (the client compiler only, the serial collector): a child without the name model spends most of
     * its life starting up.
     */
    public static List<String> javaCommandWithHeap(String maxHeap, String... args) {
        return java(List.of("-Xmx" + maxHeap, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"), args);
    }

    /** The command line for a child that runs the name model: the optimising compiler, as in production. */
    private static List<String> javaCommandWithModel(String... args) {
        return java(List.of("-Xmx1500m"), args);
    }

    /** The command line as a user types it: {@code java -jar gazette.jar args}, no JVM option. */
    public static List<String> javaCommandAsUsersTypeIt(String... args) {
        return java(List.of(), args);
    }

    private static List<String> java(List<String> jvmOptions, String... args) {
        List<String> command = new ArrayList<>(List.of("java"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", JAR.toString()));
        command.addAll(List.of(args));
        return command;
    }

    /** Runs any command (a shell wrapping the jar, say) and waits for it. */
    public static Result runCommand(Path workDir, List<String> command) throws IOException, InterruptedException {
        return runCommand(workDir, Map.of(), command);
    }

    /** Runs any command with more environment and waits for it. */
    public static Result runCommand(Path workDir, Map<String, String> env, List<String> command) throws IOException, InterruptedException {
        Process process = startCommand(workDir, env, command);
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("command did not finish: " + command);
        }
        return result(process);
    }

    /** Starts the jar without waiting; output goes to files so a chatty child never blocks on a full pipe. */
    public static Process start(Path workDir, Map<String, String> env, String... args) throws IOException {
        boolean model = "corenlp".equals(env.get(NAME_MODEL));
        return startCommand(workDir, env, model ? javaCommandWithModel(args) : javaCommand(args));
    }

    /** Starts any command without waiting, output to files like {@link #start}. */
    public static Process startCommand(Path workDir, Map<String, String> env, List<String> command) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile());
        // Children run without the trained name model unless a test asks for it (WITH_NAME_MODEL): what they test
        // (exit codes, locks, signals, the disk) does not depend on names, and the model costs seconds per start.
        builder.environment().put(NAME_MODEL, "none");
        // Default paths resolve against GAZETTE_HOME: the child's own folder, never the repository's warehouse/.
        builder.environment().put("GAZETTE_HOME", workDir.toAbsolutePath().toString());
        builder.environment().putAll(env);
        Path out = Files.createTempFile("gazette-stdout", ".log");
        Path err = Files.createTempFile("gazette-stderr", ".log");
        builder.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process process = builder.start();
        LOGS.put(process, new Path[] {out, err});
        return process;
    }

    /** The file that receives the standard output of a process started here. */
    public static Path stdoutOf(Process process) {
        return LOGS.get(process)[0];
    }

    /** Waits until a process started with {@link #start} writes {@code marker} to stderr; false if it ends or times out first. */
    public static boolean awaitStderr(Process process, String marker, java.time.Duration timeout) throws IOException, InterruptedException {
        return await(process, 1, marker, timeout);
    }

    /** Waits until a process started with {@link #start} writes {@code marker} to stdout. */
    public static boolean awaitStdout(Process process, String marker, java.time.Duration timeout) throws IOException, InterruptedException {
        return await(process, 0, marker, timeout);
    }

    private static boolean await(Process process, int stream, String marker, java.time.Duration timeout)
        throws IOException, InterruptedException {
        Path err = LOGS.get(process)[stream];
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.readString(err, StandardCharsets.UTF_8).contains(marker)) {
                return true;
            }
            if (!process.isAlive()) {
                return Files.readString(err, StandardCharsets.UTF_8).contains(marker);
            }
            Thread.sleep(100);
        }
        return false;
    }

    /** The output of a process started with {@link #start}, once it has ended. */
    public static Result result(Process process) throws IOException {
        Path[] logs = LOGS.remove(process);
        Result result = new Result(process.exitValue(), Files.readString(logs[0], StandardCharsets.UTF_8),
            Files.readString(logs[1], StandardCharsets.UTF_8));
        Files.deleteIfExists(logs[0]);
        Files.deleteIfExists(logs[1]);
        return result;
    }
}
