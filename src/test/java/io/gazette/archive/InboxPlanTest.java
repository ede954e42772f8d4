package io.gazette.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gazette.TestArchives;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which editions and problems a run plans, by source and by range of dates. */
class InboxPlanTest {

    private static final LocalDate JUNE_1 = LocalDate.of(2024, 6, 1);
    private static final LocalDate JUNE_2 = LocalDate.of(2024, 6, 2);

    @TempDir
    Path inbox;

    @Test
    void aRangeTakesItsDatesOfEverySourceAndTheProblemsNamedWithThem() throws Exception {
        edition("a-paper", "2024-05-31");
        edition("a-paper", "2024-06-01");
        edition("b-paper", "2024-06-02");
        edition("b-paper", "2024-06-03");
        Files.writeString(inbox.resolve("a-paper").resolve("2024-06-02.rar"), "not an archive Gazette reads");
        Files.writeString(inbox.resolve("a-paper").resolve("2024-07-09.rar"), "not an archive Gazette reads");

        InboxPlan plan = InboxPlan.of(inbox, new InboxPlan.Selection(null, JUNE_1, JUNE_2));

        assertThat(plan.editions()).extracting(InboxPlan.Planned::archivePath)
            .containsExactlyInAnyOrder("a-paper/2024-06-01.zip", "b-paper/2024-06-02.zip");
        assertThat(plan.problems()).extracting(InboxPlan.PlannedProblem::path).containsExactly("a-paper/2024-06-02.rar");
        assertThat(InboxPlan.of(inbox, InboxPlan.Selection.nightly(null)).problems()).hasSize(2);
    }

    @Test
    void aSelectionWithNothingOfItIsEmptyAndSaysWhatWasLookedFor() throws Exception {
        edition("a-paper", "2024-06-01");
        InboxPlan.Selection missing = InboxPlan.Selection.date("a-paper", JUNE_2);
        assertThat(InboxPlan.of(inbox, missing).isEmpty()).isTrue();
        assertThat(missing.specific()).isTrue();
        assertThat(missing.describe()).isEqualTo("source a-paper dated 2024-06-02");
        assertThat(new InboxPlan.Selection(null, JUNE_1, JUNE_2).describe()).isEqualTo("any source dated 2024-06-01 to 2024-06-02");
        assertThat(InboxPlan.Selection.nightly(null).specific()).isFalse();
    }

    @Test
    void aRangeNeedsBothEndsInOrder() {
        assertThatThrownBy(() -> new InboxPlan.Selection(null, JUNE_2, JUNE_1)).hasMessageContaining("before it starts");
        assertThatThrownBy(() -> new InboxPlan.Selection(null, JUNE_1, null)).hasMessageContaining("both ends");
    }

    private void edition(String source, String date) throws Exception {
        TestArchives.write(inbox.resolve(source).resolve(date + ".zip"),
            Map.of("p1.txt", "# 标题\n\n本报讯 正文。\n".getBytes(StandardCharsets.UTF_8)));
    }
}
