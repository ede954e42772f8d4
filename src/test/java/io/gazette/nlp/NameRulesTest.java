package io.gazette.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The pure rules, without any model: sentences written for each. */
class NameRulesTest {

    private final NameRules rules = new NameRules(Lexicon.bundled());

    @Test
    void postIsCutFromAnOrganisation() {
        assertThat(rules.withoutTrailingPost(new NameMention("商务部部长", EntityType.ORG, 0, 5)).text()).isEqualTo("商务部");
        assertThat(rules.withoutTrailingPost(new NameMention("教育部长", EntityType.ORG, 0, 4)).text()).isEqualTo("教育部");
        assertThat(rules.withoutTrailingPost(new NameMention("南京大学", EntityType.ORG, 0, 4)).text()).isEqualTo("南京大学");
    }

    @Test
    void aPlaceReadAcrossStationedInIsTwoPlaces() {
        // 法国驻日大使 speaks: France's ambassador to Japan.
        assertThat(NameRules.stationedApart(new NameMention("法国驻日", EntityType.PLACE, 3, 7))).containsExactly(
            new NameMention("法国", EntityType.PLACE, 3, 5), new NameMention("日", EntityType.PLACE, 6, 7));
        NameMention embassy = new NameMention("法国驻日大使馆", EntityType.ORG, 0, 7);
        assertThat(NameRules.stationedApart(embassy)).containsExactly(embassy);
        NameMention unit = new NameMention("驻港部队", EntityType.PLACE, 0, 4);
        assertThat(NameRules.stationedApart(unit)).containsExactly(unit);
    }

    @Test
    void theGenericWordForARegionIsNoPartOfItsName() {
        assertThat(NameRules.withoutRegionWord(new NameMention("西南地区", EntityType.PLACE, 4, 8)))
            .isEqualTo(new NameMention("西南", EntityType.PLACE, 4, 6));
        assertThat(NameRules.withoutRegionWord(new NameMention("地区", EntityType.PLACE, 0, 2)).text()).isEqualTo("地区");
        assertThat(NameRules.withoutRegionWord(new NameMention("地区办事处", EntityType.ORG, 0, 5)).text()).isEqualTo("地区办事处");
    }

    @Test
    void ordinalJoinsTheBodyItNumbers() {
        String text = "出席第十二次全国代表大会";
        NameMention congress = new NameMention("全国代表大会", EntityType.ORG, 6, 12);
        assertThat(NameRules.withOrdinal(text, congress).text()).isEqualTo("第十二次全国代表大会");
        assertThat(NameRules.withOrdinal("出席全国代表大会", new NameMention("全国代表大会", EntityType.ORG, 2, 8)).text())
            .isEqualTo("全国代表大会");
    }

    @Test
    void partyCongressesByNumberButNotTopTenLists() {
        assertThat(NameRules.partyCongresses("贯彻党的十九大精神,中共十六大以来,评选十大杰出青年"))
            .extracting(NameMention::text).containsExactly("十九大", "中共十六大");
        assertThat(NameRules.partyCongresses("筹备第十七次全国代表大会,第三次代表大会闭幕"))
            .extracting(NameMention::text).containsExactly("第十七次全国代表大会", "第三次代表大会");
    }

    @Test
    void aPlaceOrBodyRunningOnIntoATeamNamesTheTeam() {
        String text = "北京女队和上海男子篮球队都是国家队,江苏队员";
        assertThat(NameRules.teamEnd(text, 2)).isEqualTo(4);
        assertThat(NameRules.teamEnd(text, 7)).isEqualTo(12);
        assertThat(NameRules.teamEnd(text, 20)).isEqualTo(20);
        assertThat(NameRules.teamEnd("北京市民", 2)).isEqualTo(2);
    }

    @Test
    void familiarPrefixIsNoPartOfAName() {
        assertThat(NameRules.withoutFamiliarPrefix(new NameMention("小张明", EntityType.PERSON, 3, 6)))
            .isEqualTo(new NameMention("张明", EntityType.PERSON, 4, 6));
        assertThat(NameRules.withoutFamiliarPrefix(new NameMention("老舍", EntityType.PERSON, 0, 2)).text()).isEqualTo("老舍");
        assertThat(NameRules.withoutFamiliarPrefix(new NameMention("小河村", EntityType.PLACE, 0, 3)).text()).isEqualTo("小河村");
    }

    @Test
    void aCountrysSideOrCapitalIsNoPlace() {
        assertThat(rules.isSideOrCapital("中方")).isTrue();
        assertThat(rules.isSideOrCapital("中资")).isTrue();
        assertThat(rules.isSideOrCapital("中国")).isFalse();
        assertThat(rules.isSideOrCapital("东方")).isFalse();
    }

    @Test
    void placeBeforeAStreetWordNamesTheStreet() {
        assertThat(NameRules.namesAStreet("住在南京路小区", 4)).isTrue();
        assertThat(NameRules.namesAStreet("南京街道办事处", 2)).isFalse();
        assertThat(NameRules.namesAStreet("南京的道路", 2)).isFalse();
    }
}
