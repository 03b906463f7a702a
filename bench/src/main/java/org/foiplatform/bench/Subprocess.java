package org.foiplatform.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Runs a tool as a child process with an environment made for it alone: the bench's own passwords are removed
 * first, and only what the tool needs is added. Its output is kept, and each line can be shown as progress.
 */
final class Subprocess {

    record Result(int exitCode, String stdout, String stderr, boolean timedOut) {

        boolean succeeded() {
            return exitCode == 0 && !timedOut;
        }

        /** The last lines of what the tool printed, for a failure's reason. */
        String tail() {
            String text = (stdout + "\n" + stderr).strip();
            String[] lines = text.split("\n");
            int from = Math.max(0, lines.length - 5);
            return String.join(" | ", List.of(lines).subList(from, lines.length)).strip();
        }
    }

    private Subprocess() {
    }

    /** Removes every password the bench was given from an environment that a child process will inherit. */
    static void scrub(Map<String, String> environment) {
        environment.keySet().removeIf(name -> name.endsWith("PASSWORD") || name.equals("PGPASSWORD"));
    }

    static Result run(List<String> command, Path directory, Map<String, String> extraEnvironment, long timeoutSeconds,
            Consumer<String> eachLine) throws IOException, InterruptedException {
        return run(command, directory, extraEnvironment, Set.of(), timeoutSeconds, eachLine);
    }

    static Result run(List<String> command, Path directory, Map<String, String> extraEnvironment, Set<String> remove,
            long timeoutSeconds, Consumer<String> eachLine) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command);
        if (directory != null) {
            builder.directory(directory.toFile());
        }
        scrub(builder.environment());
        builder.environment().keySet().removeAll(remove);
        builder.environment().putAll(extraEnvironment);
        Process process = builder.start();
        process.getOutputStream().close();
        StringBuilder out = new StringBuilder();
        StringBuilder err = new StringBuilder();
        Thread outReader = reader(process, true, out, eachLine);
        Thread errReader = reader(process, false, err, eachLine);
        boolean finished = process.waitFor(timeoutSeconds, TimeUnit.SECONDS);
        if (!finished) {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        }
        outReader.join(5_000);
        errReader.join(5_000);
        synchronized (out) {
            synchronized (err) {
                return new Result(finished ? process.exitValue() : -1, out.toString(), err.toString(), !finished);
            }
        }
    }

    private static Thread reader(Process process, boolean stdout, StringBuilder sink, Consumer<String> eachLine) {
        Thread thread = new Thread(() -> {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                    stdout ? process.getInputStream() : process.getErrorStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    synchronized (sink) {
                        sink.append(line).append('\n');
                    }
                    eachLine.accept(line);
                }
            } catch (IOException e) {
                // the process ended
            }
        }, stdout ? "bench-tool-out" : "bench-tool-err");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    /** The java launcher of this JVM, and its classpath: the bench classpath includes kafka-tools. */
    static List<String> javaCommand(String mainClass, String... jvmOptions) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(jvmOptions));
        command.add("-Dorg.slf4j.simpleLogger.defaultLogLevel=warn");
        command.add("-Duser.language=en");
        command.add("-Duser.country=GB");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass);
        return command;
    }
}
