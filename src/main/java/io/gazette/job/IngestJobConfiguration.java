package io.gazette.job;

import io.gazette.archive.ArchiveProperties;
import io.gazette.archive.ArchiveReader;
import io.gazette.nlp.TextAnalyzer;
import io.gazette.normalize.DateExtractor;
import io.gazette.normalize.QuantityExtractor;
import io.gazette.warehouse.DataChecks;
import io.gazette.warehouse.LoadProperties;
import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.ChunkOrientedStepBuilder;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;

/**
 * The nightly ingest: {@code loadEditionsStep} reads the inbox, analyses editions on {@code threads} worker
 * threads and writes them on one; {@code checkWarehouseStep} then runs the data checks.
 */
@Configuration(proxyBeanMethods = false)
public class IngestJobConfiguration {

    @Bean
    Job ingestJob(JobRepository jobRepository, Step loadEditionsStep, Step checkWarehouseStep) {
        return new JobBuilder("ingestJob", jobRepository).start(loadEditionsStep).next(checkWarehouseStep).build();
    }

    @Bean
    @JobScope
    Step loadEditionsStep(JobRepository jobRepository, EditionReader editionReader, EditionProcessor editionProcessor,
                          EditionWriter editionWriter, EditionFailureRecorder editionFailureRecorder,
                          @Value("#{jobParameters['threads']}") Long threads) {
        int workers = threads == null ? 1 : Math.max(1, threads.intValue());
        ChunkOrientedStepBuilder<EditionTask, EditionResult> builder = new StepBuilder("loadEditionsStep", jobRepository)
            .<EditionTask, EditionResult>chunk(workers)
            .reader(editionReader)
            .processor(editionProcessor)
            .writer(editionWriter)
            .faultTolerant()
            .skip(EditionFailedException.class)
            .skipLimit(Long.MAX_VALUE)
            .skipListener(editionFailureRecorder);
        if (workers > 1) {
            SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("gazette-analysis-");
            executor.setConcurrencyLimit(workers);
            builder.taskExecutor(executor);
        }
        return builder.build();
    }

    @Bean
    Step checkWarehouseStep(JobRepository jobRepository, CurrentIngest currentIngest) {
        return new StepBuilder("checkWarehouseStep", jobRepository)
            .tasklet((contribution, chunkContext) -> {
                IngestSession session = currentIngest.get();
                for (DataChecks.Result result : new DataChecks().run(session.warehouse().connection())) {
                    if (!result.passed()) {
                        session.report().checkFailed("%s: %d rows, first: %s".formatted(
                            result.name(), result.failingRows(), result.example()));
                    }
                }
                return RepeatStatus.FINISHED;
            })
            .build();
    }

    @Bean
    @StepScope
    EditionReader editionReader(CurrentIngest currentIngest) {
        return new EditionReader(currentIngest.get());
    }

    @Bean
    @StepScope
    EditionProcessor editionProcessor(ArchiveProperties archiveProperties, QuantityExtractor quantityExtractor,
                                      DateExtractor dateExtractor, TextAnalyzer textAnalyzer) {
        // The name model loads once per run, before the first edition: a heap too small for it stops the run with one line.
        textAnalyzer.load();
        return new EditionProcessor(new ArchiveReader(archiveProperties),
            new EditionAnalyzer(quantityExtractor, dateExtractor, textAnalyzer));
    }

    @Bean
    @StepScope
    EditionWriter editionWriter(CurrentIngest currentIngest, LoadProperties loadProperties) {
        return new EditionWriter(currentIngest.get(), loadProperties);
    }

    @Bean
    @StepScope
    EditionFailureRecorder editionFailureRecorder(CurrentIngest currentIngest) {
        return new EditionFailureRecorder(currentIngest.get());
    }
}
