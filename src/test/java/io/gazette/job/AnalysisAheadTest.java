package io.gazette.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gazette.archive.SourceInfo;
import io.gazette.warehouse.RejectStage;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Analysis ahead of the writer: the next edition is analysed while the current one is in the writer's hands. */
class AnalysisAheadTest {

    @Test
    void theNextEditionIsAnalysedWhileTheCurrentOneWaitsForTheWriter() throws Exception {
        CountDownLatch secondStarted = new CountDownLatch(1);
        try (AnalysisAhead ahead = new AnalysisAhead(task -> {
            if (task.archivePath().equals("b.zip")) {
                secondStarted.countDown();
            }
            return new EditionResult(task, null);
        }, 2)) {
            EditionTask a = task("a.zip");
            EditionTask b = task("b.zip");
            ahead.start(a);
            ahead.start(b);
            assertThat(ahead.process(a).task()).isEqualTo(a);
            // The writer has edition a; edition b's analysis has begun without waiting for it.
            assertThat(secondStarted.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(ahead.isStarted(b)).isTrue();
            assertThat(ahead.process(b).task()).isEqualTo(b);
            assertThat(ahead.isStarted(b)).as("a result is handed out once").isFalse();
        }
    }

    @Test
    void anEditionThatCannotLoadFailsWithItsOwnExceptionForTheSkipPolicy() throws Exception {
        try (AnalysisAhead ahead = new AnalysisAhead(task -> {
            throw new EditionFailedException(RejectStage.ANALYSE, "analysis_failed", null, task.archivePath() + ": broken", null);
        }, 1)) {
            EditionTask broken = task("broken.zip");
            ahead.start(broken);
            assertThatThrownBy(() -> ahead.process(broken)).isInstanceOf(EditionFailedException.class).hasMessage("broken.zip: broken");
        }
    }

    private static EditionTask task(String path) {
        return new EditionTask(null, SourceInfo.unread("paper"), path, null, null, Instant.now());
    }
}
