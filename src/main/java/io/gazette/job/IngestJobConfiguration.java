package io.gazette.job;

import io.gazette.analysis.EditionAnalyzer;
import io.gazette.archive.ArchiveProperties;
import io.gazette.archive.ArchiveReader;
import io.gazette.nlp.TextAnalyzer;
import io.gazette.warehouse.DataChecks;
import io.gazette.warehouse.LoadProperties;
import io.gazette.warehouse.SnapshotPublisher;
import java.util.Map;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The nightly ingest, runnable by itself from its parameters ({@link #INBOX}, {@link #WAREHOUSE}, {@link #SOURCE},
 * {@link #FROM}, {@link #TO}, {@link #THREADS}, {@link #REPROCESS}, {@link #RUN_ID}): {@code openWarehouseStep} opens
 * the working warehouse, {@code loadEditionsStep} reads the inbox, analyses editions on {@code threads} worker threads and writes them on
 * one, {@code checkWarehouseStep} runs the data checks and {@code publishSnapshotStep} writes the analysts'
 * snapshot. What the run did is left in the job's execution context ({@link #SUMMARY}, {@link #FAILED},
 * {@link #FAILED_CHECKS}, {@link #PUBLISHED}) for whoever started it.
 */
@Configuration(proxyBeanMethods = false)
public class IngestJobConfiguration {

    public static final String INBOX = "inbox";
    public static final String WAREHOUSE = "warehouse";
    public static final String SOURCE = "source";
    public static final String FROM = "from";
    public static final String TO = "to";
    public static final String THREADS = "threads";
    public static final String REPROCESS = "reprocess";
    public static final String RUN_ID = "run.id";
    public static final String SUMMARY = "gazette.summary";
    public static final String FAILED = "gazette.failed";
    public static final String FAILED_CHECKS = "gazette.failedChecks";
    public static final String PUBLISHED = "gazette.published";
    /** How the snapshot was published: copied whole or updated, and why or how much. */
    public static final String PUBLISH_METHOD = "gazette.publish.method";
    public static final String THROUGHPUT = "gazette.throughput";
    public static final String ANALYZER = "gazette.analyzer";

    @Bean
    Job ingestJob(JobRepository jobRepository, Step openWarehouseStep, Step loadEditionsStep, Step checkWarehouseStep,
                  Step publishSnapshotStep) {
        return new JobBuilder("ingestJob", jobRepository).start(openWarehouseStep).next(loadEditionsStep).next(checkWarehouseStep)
            .next(publishSnapshotStep).build();
    }

    /** The run's session, made from the job's parameters; its warehouse is closed when the job ends. */
    @Bean(destroyMethod = "close")
    @JobScope
    IngestSession ingestSession(@Value("#{jobParameters}") Map<String, Object> parameters, StopSignal stopSignal,
                                EditionAnalyzer editionAnalyzer) {
        return new IngestSession(IngestRequest.fromJobParameters(parameters), (String) parameters.get(RUN_ID),
            new RunReport(System.out, System.err, stopSignal), editionAnalyzer.version());
    }

    /** "analyzer 3f2a9c1b0d4e", and how many editions held were analysed by another version. */
    private static String analyzerLine(IngestSession session) {
        try {
            int others = session.runLog().editionsOfOtherVersions(session.analyzerVersion());
            String editions = others == 1 ? " edition" : " editions";
            return "analyzer " + session.analyzerVersion() + (others == 0 ? ""
                : " (" + others + editions + " loaded by another version: ingest --reprocess reloads them)");
        } catch (java.sql.SQLException e) {
            return "analyzer " + session.analyzerVersion();
        }
    }

    /** After every step, what the run has done so far goes to the job's execution context. */
    @Bean
    @JobScope
    StepExecutionListener runReportListener(IngestSession session) {
        return new StepExecutionListener() {
            @Override
            public ExitStatus afterStep(StepExecution stepExecution) {
                ExecutionContext context = stepExecution.getJobExecution().getExecutionContext();
                RunReport report = session.report();
                context.putString(SUMMARY, report.summary());
                context.putInt(FAILED, report.failed());
                context.putInt(FAILED_CHECKS, report.failedChecks().size());
                context.putString(THROUGHPUT, report.throughput());
                if (session.isOpen()) {
                    context.putString(ANALYZER, analyzerLine(session));
                }
                if (session.published() != null) {
                    context.putString(PUBLISHED, session.published().snapshot().toString());
                    context.putString(PUBLISH_METHOD, session.published().method() + ": " + session.published().detail());
                }
                return stepExecution.getExitStatus();
            }
        };
    }

    @Bean
    Step openWarehouseStep(JobRepository jobRepository, IngestSession ingestSession, StepExecutionListener runReportListener) {
        return new StepBuilder("openWarehouseStep", jobRepository)
            .tasklet((contribution, chunkContext) -> {
                ingestSession.open();
                return RepeatStatus.FINISHED;
            })
            .listener(runReportListener)
            .build();
    }

    @Bean
    @JobScope
    Step loadEditionsStep(JobRepository jobRepository, EditionReader editionReader, AnalysisAhead analysisAhead,
                          EditionWriter editionWriter, EditionFailureRecorder editionFailureRecorder,
                          StepExecutionListener runReportListener) {
        // One edition per chunk, written by this step's thread while the workers analyse the next ones (AnalysisAhead).
        return new StepBuilder("loadEditionsStep", jobRepository)
            .<EditionTask, EditionResult>chunk(1)
            .reader(editionReader)
            .processor(analysisAhead)
            .writer(editionWriter)
            .faultTolerant()
            .skip(EditionFailedException.class)
            .skipLimit(Long.MAX_VALUE)
            .skipListener(editionFailureRecorder)
            .listener(runReportListener)
            .build();
    }

    @Bean
    Step checkWarehouseStep(JobRepository jobRepository, IngestSession ingestSession, StepExecutionListener runReportListener) {
        return new StepBuilder("checkWarehouseStep", jobRepository)
            .tasklet((contribution, chunkContext) -> {
                for (DataChecks.Result result : new DataChecks().runForRun(ingestSession.warehouse().connection(),
                        ingestSession.runId())) {
                    if (!result.passed()) {
                        ingestSession.report().checkFailed("%s: %d rows, first: %s".formatted(
                            result.name(), result.failingRows(), result.example()));
                    }
                }
                return RepeatStatus.FINISHED;
            })
            .listener(runReportListener)
            .build();
    }

    /**
     * Writes the warehouse to its file, closes it and publishes the analysts' snapshot; each stale write-ahead log
     * moved out of the snapshot's way gets one line on stderr.
     */
    @Bean
    Step publishSnapshotStep(JobRepository jobRepository, IngestSession ingestSession, StepExecutionListener runReportListener) {
        return new StepBuilder("publishSnapshotStep", jobRepository)
            .tasklet((contribution, chunkContext) -> {
                ingestSession.checkpointAndClose();
                ingestSession.published(new SnapshotPublisher().publish(ingestSession.request().warehouse(), System.err));
                return RepeatStatus.FINISHED;
            })
            .listener(runReportListener)
            .build();
    }

    @Bean
    @StepScope
    EditionReader editionReader(IngestSession ingestSession, AnalysisAhead analysisAhead) {
        return new EditionReader(ingestSession, analysisAhead);
    }

    /**
     * The analysis workers ({@code threads}), shut down with the step. The processor they run is a plain object, not a
     * step-scoped bean: the workers are not the step's thread.
     */
    @Bean(destroyMethod = "close")
    @StepScope
    AnalysisAhead analysisAhead(ArchiveProperties archiveProperties, EditionAnalyzer editionAnalyzer, TextAnalyzer textAnalyzer,
                                IngestSession ingestSession) {
        // The name model loads once per run, before the first edition: a heap too small for it stops the run with one line.
        textAnalyzer.load();
        return new AnalysisAhead(new EditionProcessor(new ArchiveReader(archiveProperties), editionAnalyzer),
            ingestSession.request().threads());
    }

    @Bean
    @StepScope
    EditionWriter editionWriter(IngestSession ingestSession, LoadProperties loadProperties) {
        return new EditionWriter(ingestSession, loadProperties);
    }

    @Bean
    @StepScope
    EditionFailureRecorder editionFailureRecorder(IngestSession ingestSession) {
        return new EditionFailureRecorder(ingestSession);
    }
}
