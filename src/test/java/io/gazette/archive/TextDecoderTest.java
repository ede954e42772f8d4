package io.gazette.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextDecoderTest {

    private static final String PAGE = "本报讯 日前,淮安经济技术开发区召开重点市考指标过堂会。全年实现地区生产总值480亿元,同比增长7.5%。";
    private final TextDecoder decoder = new TextDecoder();

    @ParameterizedTest
    @ValueSource(strings = {"UTF-8", "GB18030", "GBK", "UTF-16LE", "UTF-16BE", "Big5"})
    void decodeWhenCharsetIsNotDeclared(String charset) throws Exception {
        String text = charset.equals("Big5") ? "本報訊 日前,淮安經濟技術開發區召開重點會議。全年實現地區生產總值增長,經濟運行穩中向好。" : PAGE;
        DecodedText decoded = decoder.decode(text.getBytes(Charset.forName(charset)), "page.txt");
        assertThat(decoded.text()).isEqualTo(text);
    }

    @Test
    void decodeWhenUtf8HasBom() throws Exception {
        byte[] body = PAGE.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        assertThat(decoder.decode(bytes, "p.txt").text()).isEqualTo(PAGE);
    }

    @Test
    void decodeWhenUtf16HasBom() throws Exception {
        assertThat(decoder.decode(PAGE.getBytes(StandardCharsets.UTF_16), "p.txt").text()).isEqualTo(PAGE);
    }

    @Test
    void refuseBinaryNamedTxt() {
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        assertThatThrownBy(() -> decoder.decode(noise, "a.zip!page.txt"))
            .isInstanceOf(UndecodableTextException.class)
            .hasMessageStartingWith("a.zip!page.txt: ");
    }

    @Test
    void emptyPageIsEmptyText() throws Exception {
        assertThat(decoder.decode(new byte[0], "p.txt").text()).isEmpty();
    }
}
