package io.gazette.place;

import static org.assertj.core.api.Assertions.assertThat;

import io.gazette.nlp.EntityMention;
import io.gazette.nlp.EntityType;
import io.gazette.nlp.TextAnalysis;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Places and place-named organisations linked to divisions of the bundled gazetteer; ambiguity left unlinked. */
class PlaceLinkerTest {

    private static final Gazetteer GAZETTEER = Gazetteer.bundled();
    private final PlaceLinker linker = new PlaceLinker(GAZETTEER);

    @Test
    void fullNamesAndShortFormsOfProvincesCitiesAndCountiesAreFound() {
        assertThat(codes("江苏")).containsExactly("32");
        assertThat(codes("江苏省")).containsExactly("32");
        assertThat(codes("淮安")).containsExactly("3208");
        assertThat(codes("涟水")).containsExactly("320826");
        assertThat(codes("广西")).containsExactly("45");
        assertThat(codes("恩施")).as("the peoples before 自治州 are dropped").containsExactlyInAnyOrder("4228", "422801");
        assertThat(codes("延边")).containsExactly("2224");
        assertThat(codes("新华")).as("a district keeps its ending: 新华 is the news agency").isEmpty();
        assertThat(codes("市辖区")).as("placeholder cities are never matched").isEmpty();
    }

    @Test
    void aNameOfSeveralDivisionsIsResolvedByTheSourcesRegionAndElseLeftUnlinked() {
        // 新华区 is a district of 石家庄, 沧州 and 平顶山.
        assertThat(link("河北省石家庄市", place("新华区"))).containsEntry("新华区", "130105");
        assertThat(link("平顶山", place("新华区"))).containsEntry("新华区", "410402");
        assertThat(link("河北省", place("新华区"))).as("two of the three are in 河北").doesNotContainKey("新华区");
        assertThat(link("全国", place("新华区"))).doesNotContainKey("新华区");
        assertThat(link(null, place("新华区"))).doesNotContainKey("新华区");
    }

    @Test
    void aBareNameOfAProvinceAndItsCityOrAPrefectureAndItsSeatIsTheLargerOne() {
        assertThat(link("全国", place("吉林"))).containsEntry("吉林", "22");
        assertThat(link("全国", place("吉林市"))).containsEntry("吉林市", "2202");
        assertThat(link("全国", place("恩施"))).containsEntry("恩施", "4228");
    }

    @Test
    void theArticlesOtherPlacesResolveWhatTheRegionCannot() {
        // 长安区 is in 石家庄 and in 西安; a national paper's article that names 西安 means the latter.
        assertThat(link("全国", place("西安"), place("长安区"))).containsEntry("西安", "6101").containsEntry("长安区", "610116");
        assertThat(link("全国", place("石家庄"), place("长安区"))).containsEntry("长安区", "130102");
        // 城关镇: dozens of counties; one under the paper's own county is that one.
        assertThat(link("内蒙古自治区呼和浩特市清水河县", place("城关镇"))).containsEntry("城关镇", "150124100");
        assertThat(link("全国", place("城关镇"))).doesNotContainKey("城关镇");
    }

    @Test
    void aVillageOrCommunityIsLookedForWithinThePapersOwnCityAndTheArticlesPlaces() {
        assertThat(link("江苏省淮安市", place("龙兴村"), place("港东社区"))).containsEntry("龙兴村", "320826114200")
            .containsEntry("港东社区", "320826105002");
        // 蔡庄村: two in 淮安 (红窑镇 and 马坝镇); the article's township says which.
        assertThat(link("江苏省淮安市", place("蔡庄村"))).doesNotContainKey("蔡庄村");
        assertThat(link("江苏省淮安市", place("马坝镇"), place("蔡庄村"))).containsEntry("蔡庄村", "320830101202");
        assertThat(link("全国", place("港东社区"))).as("seven in the country, none without a region").doesNotContainKey("港东社区");
        assertThat(GAZETTEER.division("320830101202").map(Division::levelName)).contains("village");
        assertThat(GAZETTEER.lineage(GAZETTEER.division("320830101202").orElseThrow()).stream().map(Division::code))
            .containsExactly("320830101202", "320830101", "320830", "3208", "32");
    }

    @Test
    void aLocalPaperGetsTheTownshipsAndVillagesOfItsAreaThatNothingElseFound() {
        String text = "红窑镇龙兴村的农户说，中心村建设和幸福生活都离不开大家，马坝镇政府也来了人。";
        int at = text.indexOf("马坝镇政府");
        TextAnalysis found = new TextAnalysis(List.of(new EntityMention("马坝镇政府", EntityType.ORG, "马坝镇政府", at, at + 5)), List.of(),
            List.of());
        TextAnalysis local = linker.withLocalNames(found, text, "江苏省淮安市");
        assertThat(local.entities().stream().map(m -> m.text() + "@" + m.start() + ":" + m.type()))
            .as("中心村 is a kind of village here; 马坝镇 lies inside a name already found")
            .containsExactly("红窑镇@0:PLACE", "龙兴村@3:PLACE", "马坝镇政府@" + at + ":ORG");
        assertThat(linker.withLocalNames(found, text, "全国")).isSameAs(found);
        assertThat(link("江苏省淮安市", local.entities().toArray(EntityMention[]::new))).containsEntry("龙兴村", "320826114200")
            .containsEntry("红窑镇", "320826114");
    }

    @Test
    void anOrganisationIsLinkedToThePlaceItsNameStartsWith() {
        Map<String, String> linked = link("全国", org("淮安市公安局"), org("江苏省人民政府"), org("涟水县人民医院"), org("新华社"),
            org("江苏省淮安市公安局"), org("河北省石家庄市新华区人民法院"), org("上海路小学"), org("苏州街派出所"),
            new EntityMention("张三", EntityType.PERSON, "张三", 0, 2));
        assertThat(linked).containsEntry("淮安市公安局", "3208").containsEntry("江苏省人民政府", "32").containsEntry("涟水县人民医院", "320826")
            .containsEntry("江苏省淮安市公安局", "3208").containsEntry("河北省石家庄市新华区人民法院", "130105")
            .doesNotContainKeys("新华社", "张三", "上海路小学", "苏州街派出所");
    }

    @Test
    void aSourceRegionNamesItsDeepestDivision() {
        assertThat(GAZETTEER.region("江苏省淮安市").map(Division::code)).contains("3208");
        assertThat(GAZETTEER.region("淮安").map(Division::code)).contains("3208");
        assertThat(GAZETTEER.region("全国")).isEmpty();
        assertThat(GAZETTEER.lineage(GAZETTEER.division("150124100").orElseThrow()).stream().map(Division::code))
            .containsExactly("150124100", "150124", "1501", "15");
    }

    private static List<String> codes(String name) {
        return GAZETTEER.candidates(name).stream().map(Division::code).toList();
    }

    private Map<String, String> link(String region, EntityMention... mentions) {
        TextAnalysis linked = linker.link(new TextAnalysis(List.of(mentions), List.of(), List.of()), region);
        return linked.entities().stream().filter(m -> m.placeCode() != null)
            .collect(Collectors.toMap(EntityMention::canonical, EntityMention::placeCode));
    }

    private static int at;

    private static EntityMention place(String name) {
        return mention(name, EntityType.PLACE);
    }

    private static EntityMention org(String name) {
        return mention(name, EntityType.ORG);
    }

    private static EntityMention mention(String name, EntityType type) {
        int start = at;
        at += name.length() + 1;
        return new EntityMention(name, type, name, start, start + name.length());
    }

}
