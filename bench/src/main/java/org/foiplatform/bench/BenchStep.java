package org.foiplatform.bench;

/**
 * One measurement of {@code ./foi bench}. A step writes its figures into its own section of the shared result
 * tree ({@link BenchContext#section(String)}); a step that throws is recorded as failed, with the reason, and the
 * bench goes on with the next. To add a step: write one class and add one line to {@link Bench#STEPS}.
 */
public interface BenchStep {

    /** The name used in {@code --only}, in the progress lines and as the key of its section in the results. */
    String name();

    /** One line on what the step measures, for {@code --help} and the summary. */
    String description();

    void run(BenchContext context) throws Exception;
}
