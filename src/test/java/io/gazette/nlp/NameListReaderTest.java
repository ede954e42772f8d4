package io.gazette.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class NameListReaderTest {

    private final NameListReader reader = new NameListReader(List.copyOf(Lexicon.bundled().surnames()));

    /** Word starts at every character: no segmenter opinion. */
    private static Set<Integer> everywhere(String run) {
        return IntStream.range(0, run.length()).boxed().collect(Collectors.toSet());
    }

    @Test
    void listOfThreeCharacterNamesIsReadNameByName() {
        String run = "王晓东刘建平陈立新";
        assertEquals(List.of(3, 3, 3), reader.read(run, everywhere(run)));
    }

    @Test
    void mixedLengthsFollowTheMoreFrequentSurname() {
        // 郑伟|何晓光|马文清: reading 何晓|光马文|清 is impossible, 郑伟何|晓光 has no surname at 晓.
        String run = "郑伟何晓光马文清";
        assertEquals(List.of(2, 3, 3), reader.read(run, everywhere(run)));
    }

    @Test
    void dottedNamesInAListKeepTheirParts() {
        String run = "张立新阿卜杜·热合曼李海波";
        assertEquals(List.of(3, 7, 3), reader.read(run, everywhere(run)));
    }

    @Test
    void oneDottedNameOrOneTransliteratedNameIsOnePerson() {
        assertNull(reader.read("阿卜杜·热合曼", everywhere("阿卜杜·热合曼")));
        assertNull(reader.read("斯特罗斯基", everywhere("斯特罗斯基")));
    }

    @Test
    void fourCharactersSplitOnlyWhereTheSegmenterCutInTwo() {
        assertEquals(List.of(2, 2), reader.read("王涛李明", Set.of(0, 2)));
        assertNull(reader.read("王涛李明", Set.of(0)));
        // A two-character surname opens a single four-character name.
        assertNull(reader.read("欧阳明华", Set.of(0, 2)));
    }

    @Test
    void aRunThatIsNoSequenceOfNamesStaysWhole() {
        assertNull(reader.read("乌兰其木格", everywhere("乌兰其木格")));
        assertNull(reader.read("王明", everywhere("王明")));
    }

    @Test
    void cutsInsideTheSegmentersWordsAreAvoided() {
        // 王刚刘伟明 reads 王刚|刘伟明 or 王刚刘|伟明 only if 伟 were a surname; with words 王刚 刘伟明 the cut is at 2.
        assertEquals(List.of(2, 3), reader.read("王刚刘伟明", Set.of(0, 2)));
    }
}
