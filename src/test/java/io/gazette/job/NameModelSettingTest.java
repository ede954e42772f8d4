package io.gazette.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.gazette.nlp.NameRecognizer;
import io.gazette.nlp.NlpProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** {@code gazette.nlp.name-model=none} runs without the trained model; the default is the model. */
@SpringBootTest(properties = "gazette.nlp.name-model=none")
class NameModelSettingTest {

    @Autowired
    NameRecognizer recognizer;

    @Test
    void noneMeansNoModel() {
        assertThat(recognizer).isSameAs(NameRecognizer.NONE);
        assertThat(recognizer.recognise("王明在北京会见了李华。")).isEmpty();
    }

    @Test
    void theTrainedModelIsTheDefault() {
        assertThat(new NlpProperties(null, null).nameModel()).isEqualTo(NlpProperties.NameModel.CORENLP);
    }
}
